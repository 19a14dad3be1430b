// SPDX-License-Identifier: GPL-3.0-or-later
// Plans from models: submit_plan tool calls validated against the Plan schema, one repair, the
// offline planner after that, fallback between providers; against the mock server.
#include "ai/assistant.h"
#include "ai/planrequest.h"
#include "ai/prompts.h"
#include "ai/requestlog.h"
#include "store/database.h"
#include "store/secrets.h"
#include "store/settings.h"

#include "mockaiserver.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using namespace musiaia::ai;
using musiaia::mock::Dialect;
using musiaia::mock::MockAiServer;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(MUSIAIA_AI_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return file.readAll();
}

class InstantScheduler final : public Scheduler
{
public:
    void after(int, QObject *context, std::function<void()> callback) override
    {
        QTimer::singleShot(0, context, std::move(callback));
    }
};

} // namespace

class TestPlanRequest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MockAiServer> m_server;
    std::unique_ptr<store::Settings> m_settings;
    std::unique_ptr<store::Secrets> m_secrets;
    std::unique_ptr<Assistant> m_assistant;
    InstantScheduler m_scheduler;
    int m_offlineCalls = 0;

    PlanRequest::OfflinePlanner offline()
    {
        // Stands in for the composer's request parser: a minimal plan that names the genre.
        return [this](const QString &) -> Result<music::Plan> {
            ++m_offlineCalls;
            music::Plan plan;
            plan.genre = u"techno"_s;
            return plan;
        };
    }

    PlanOutcome run(const QString &request, std::optional<AiProvider> forced = std::nullopt)
    {
        std::unique_ptr<PlanRequest> task(m_assistant->planFromRequest(request, offline(), forced));
        if (!QTest::qWaitFor([&task] { return task->isDone(); }, 15000))
            qWarning("the plan request did not finish");
        return task->outcome();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_server = std::make_unique<MockAiServer>();
        QVERIFY(m_server->listen());
        m_server->fixtures().toolArguments.insert(u"submit_plan"_s, QString::fromUtf8(fixture(u"plan-house.json"_s)));
        m_server->fixtures().toolArguments.insert(u"bad"_s, QString::fromUtf8(fixture(u"plan-invalid.json"_s)));
        m_settings = std::make_unique<store::Settings>(m_dir.filePath(u"settings.ini"_s));
        const QProcessEnvironment noBus;
        m_secrets = std::make_unique<store::Secrets>(store::makeSystemKeychain(u"MusiaIA-test"_s, noBus),
                                                     m_dir.filePath(u"keys.json"_s), noBus);
        m_assistant = std::make_unique<Assistant>(*m_settings, *m_secrets);
        m_assistant->setScheduler(&m_scheduler);
        m_assistant->setApiKey(AiProvider::Glm, u"test-glm-key"_s);
        m_assistant->setApiKey(AiProvider::MiniMax, u"test-minimax-key"_s);
        m_assistant->setOverride(AiProvider::Glm, {m_server->baseUrl(Dialect::Glm), {}});
        m_assistant->setOverride(AiProvider::MiniMax, {m_server->baseUrl(Dialect::MiniMax), {}});
        m_offlineCalls = 0;
    }

    void theFixturePlanIsValid()
    {
        QVERIFY_RESULT(music::planFromJson(fixture(u"plan-house.json"_s)));
        QVERIFY(!music::planFromJson(fixture(u"plan-invalid.json"_s)));
    }

    void toolCallGivesThePlan_data()
    {
        QTest::addColumn<int>("provider");
        QTest::newRow("glm") << int(AiProvider::Glm);
        QTest::newRow("minimax") << int(AiProvider::MiniMax);
    }
    void toolCallGivesThePlan()
    {
        QFETCH(int, provider);
        const PlanOutcome outcome = run(u"Genera un track de house a 124 BPM en La menor, oscuro"_s, AiProvider(provider));
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->message : QString()));
        QVERIFY(outcome.fromModel);
        QCOMPARE(outcome.provider, AiProvider(provider));
        QCOMPARE(outcome.plan, *music::planFromJson(fixture(u"plan-house.json"_s)));
        QVERIFY(outcome.prose.startsWith(u"Plan: house"_s));   // the model wrote nothing: a summary
        QVERIFY(outcome.prose.contains(u"A minor"_s));
        QVERIFY(!outcome.reasoning.isEmpty());
        QVERIFY(outcome.notes.isEmpty());
        QCOMPARE(m_offlineCalls, 0);
        // The request: the plan tool with the schema as parameters, the Spanish system prompt.
        const auto &sent = m_server->requests().first();
        QVERIFY2(sent.rejectedBecause.isEmpty(), qPrintable(sent.rejectedBecause));
        const QJsonObject tool = sent.json.value(u"tools"_s).toArray().first().toObject().value(u"function"_s).toObject();
        QCOMPARE(tool.value(u"name"_s).toString(), u"submit_plan"_s);
        QVERIFY(tool.value(u"parameters"_s).toObject().value(u"properties"_s).toObject().contains(u"sections"_s));
        QVERIFY(sent.json.value(u"messages"_s).toArray().first().toObject().value(u"content"_s).toString()
                    .contains(u"submit_plan"_s));
    }

    void anInvalidPlanGetsOneRepair_data()
    {
        QTest::addColumn<int>("provider");
        QTest::newRow("glm") << int(AiProvider::Glm);
        QTest::newRow("minimax") << int(AiProvider::MiniMax);
    }
    void anInvalidPlanGetsOneRepair()
    {
        QFETCH(int, provider);
        m_server->enqueue({u"tool_call?args=bad"_s, u"tool_call"_s});
        PlanRequest *task = m_assistant->planFromRequest(u"make a house track"_s, offline(), AiProvider(provider));
        QSignalSpy repairing(task, &PlanRequest::repairing);
        QVERIFY(QTest::qWaitFor([task] { return task->isDone(); }, 15000));
        const PlanOutcome outcome = task->outcome();
        delete task;
        QVERIFY(outcome.fromModel);
        QCOMPARE(repairing.size(), 1);
        QVERIFY(repairing.first().first().toString().contains(u"tempo"_s));
        QCOMPARE(outcome.notes.size(), 1);
        QVERIFY(outcome.notes.first().contains(u"asked to repair"_s));
        QCOMPARE(m_server->requests().size(), 2);
        // The repair goes back as the tool's result, after the model's own turn replayed as sent.
        const auto &repair = m_server->requests().at(1);
        QVERIFY2(repair.rejectedBecause.isEmpty(), qPrintable(repair.rejectedBecause));
        QVERIFY(repair.warnings.isEmpty());
        const QJsonArray messages = repair.json.value(u"messages"_s).toArray();
        QCOMPARE(messages.last().toObject().value(u"role"_s).toString(), u"tool"_s);
        QVERIFY(messages.last().toObject().value(u"content"_s).toString().contains(u"tempo"_s));
        QCOMPARE(messages.at(messages.size() - 2).toObject().value(u"role"_s).toString(), u"assistant"_s);
    }

    void stillInvalidAfterTheRepairUsesTheOfflinePlan()
    {
        m_server->enqueue({u"tool_call?args=bad"_s, u"tool_call?args=bad"_s});
        const PlanOutcome outcome = run(u"Genera un techno"_s, AiProvider::Glm);
        QVERIFY(outcome.succeeded());
        QVERIFY(!outcome.fromModel);
        QCOMPARE(outcome.provider, AiProvider::Local);
        QCOMPARE(outcome.plan.genre, u"techno"_s);
        QCOMPARE(m_offlineCalls, 1);
        QCOMPARE(outcome.notes.size(), 2);
        QVERIFY(outcome.notes.last().contains(u"compositor sin conexión"_s));   // in the request's language
        QVERIFY(outcome.notes.last().contains(u"tempo"_s));
        QCOMPARE(m_server->requests().size(), 2);   // one repair, never two
    }

    void aPlanInTheTextAlsoCounts()
    {
        m_server->fixtures().toolArguments.clear();   // the mock answers in words, no tool call
        m_server->fixtures().answer = u"Un house oscuro con bajo en contratiempo.\n```json\n"_s
            + QString::fromUtf8(fixture(u"plan-house.json"_s)) + u"\n```"_s;
        const PlanOutcome outcome = run(u"Genera un house"_s, AiProvider::MiniMax);
        QVERIFY(outcome.fromModel);
        QCOMPARE(outcome.plan.tempo, 124.0);
        QCOMPARE(outcome.prose, u"Un house oscuro con bajo en contratiempo."_s);
    }

    void aFailingProviderHandsOver()
    {
        m_server->enqueue({u"balance"_s});   // GLM first (generation), 1113
        const PlanOutcome outcome = run(u"Genera un house"_s);
        QVERIFY(outcome.fromModel);
        QCOMPARE(outcome.provider, AiProvider::MiniMax);
        QCOMPARE(outcome.routeReason, u"structured generation goes to GLM-4.6"_s);
        QVERIFY(outcome.notes.first().contains(u"1113"_s));
        QCOMPARE(outcome.records.size(), 2);
    }

    void nobodyAnswersSoTheOfflinePlanIsUsed()
    {
        m_server->enqueue({u"401"_s, u"401"_s});
        const PlanOutcome outcome = run(u"make a house track"_s);
        QVERIFY(outcome.succeeded());
        QVERIFY(!outcome.fromModel);
        QCOMPARE(m_offlineCalls, 1);
        QVERIFY(outcome.notes.last().contains(u"offline composer's plan was used"_s));
    }

    void cancel()
    {
        m_server->enqueue({u"slow_first_byte?headers_delay_ms=5000"_s});
        PlanRequest *task = m_assistant->planFromRequest(u"make a house track"_s, offline(), AiProvider::Glm);
        QTest::qWait(100);
        task->cancel();
        QVERIFY(task->isDone());
        QCOMPARE(task->outcome().error->code, ErrorCode::Cancelled);
        QCOMPARE(m_offlineCalls, 0);
        delete task;
    }

    // The one call a command-line verb makes: keys from the environment, endpoints from the
    // settings, the request recorded in the database.
    void oneCallForTheCommandLine()
    {
        store::Settings settings(m_dir.filePath(u"cli-settings.ini"_s));
        settings.setValue(store::settings::glmBaseUrl, m_server->baseUrl(Dialect::Glm));
        settings.setValue(store::settings::miniMaxBaseUrl, m_server->baseUrl(Dialect::MiniMax));
        QProcessEnvironment environment;
        environment.insert(u"GLM_API_KEY"_s, u"test-glm-key"_s);
        environment.insert(u"MINIMAX_API_KEY"_s, u"test-minimax-key"_s);
        store::Secrets secrets(store::makeSystemKeychain(u"MusiaIA-test"_s, environment),
                               m_dir.filePath(u"cli-keys.json"_s), environment);
        QTemporaryDir dataDir;
        store::Database database(dataDir.filePath(u"musiaia.sqlite"_s));
        QVERIFY_RESULT(database.open());
        QStringList progress;
        const PlanOutcome outcome = planFromRequestNow(u"Genera un house a 124 BPM en La menor"_s, settings, secrets,
                                                       &database, std::nullopt, offline(),
                                                       [&progress](const QString &line) { progress << line; });
        QVERIFY(outcome.fromModel);
        QCOMPARE(outcome.provider, AiProvider::Glm);
        QCOMPARE(outcome.plan.tempo, 124.0);
        QVERIFY(progress.join(u'\n').contains(u"GLM (glm-4.6) is planning"_s));
        QCOMPARE(recentRequests(database)->size(), 1);

        const PlanOutcome local = planFromRequestNow(u"Genera un techno"_s, settings, secrets, &database,
                                                     AiProvider::Local, offline());
        QVERIFY(!local.fromModel);
        QCOMPARE(local.plan.genre, u"techno"_s);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void replyParsing()
    {
        ChatResponse response;
        response.content = u"<think>\n{not this}\n</think>\n\nAqu\u00ed va:\n```json\n{\"genre\": \"trap\"}\n```"_s;
        const auto plan = PlanRequest::planFromReply(response);
        QVERIFY_RESULT(plan);
        QCOMPARE(plan->genre, u"trap"_s);
        QCOMPARE(PlanRequest::proseOf(response), u"Aqu\u00ed va:"_s);
        response.content = u"Sin plan."_s;
        QVERIFY(!PlanRequest::planFromReply(response));
        response.toolCalls = {ToolCall{u"call_1"_s, u"submit_plan"_s, u"{\"genre\": \"polka\"}"_s}};
        const auto invalid = PlanRequest::planFromReply(response);
        QVERIFY(!invalid);
        QVERIFY(invalid.errorMessage().contains(u"genre"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlanRequest)
#include "tst_planrequest.moc"
