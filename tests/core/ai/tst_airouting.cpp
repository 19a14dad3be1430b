// SPDX-License-Identifier: GPL-3.0-or-later
// The router's choices, and turns that fall back from one provider to the other and to the
// offline composer (against the mock server), with what each request recorded.
#include "ai/chatturn.h"
#include "ai/provider.h"
#include "ai/requestlog.h"
#include "ai/router.h"
#include "store/database.h"

#include "mockaiserver.h"

#include <QNetworkAccessManager>
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
using store::AiRouting;

namespace {
class InstantScheduler final : public Scheduler
{
public:
    void after(int, QObject *context, std::function<void()> callback) override
    {
        QTimer::singleShot(0, context, std::move(callback));
    }
};
} // namespace

class TestAiRouting : public QObject
{
    Q_OBJECT

    std::unique_ptr<MockAiServer> m_server;
    QNetworkAccessManager m_network;
    InstantScheduler m_scheduler;

    std::unique_ptr<HttpChatProvider> client(AiProvider provider, const QString &key = {})
    {
        ProviderConfig c;
        c.provider = provider;
        const bool glm = provider == AiProvider::Glm;
        c.baseUrl = m_server->baseUrl(glm ? Dialect::Glm : Dialect::MiniMax);
        c.model = glm ? u"glm-4.6"_s : u"MiniMax-M2"_s;
        c.apiKey = key.isNull() ? (glm ? u"test-glm-key"_s : u"test-minimax-key"_s) : key;
        return std::make_unique<HttpChatProvider>(c, &m_network, &m_scheduler);
    }

    static ChatRequest ask(const QString &text)
    {
        ChatRequest request;
        request.messages = {ChatMessage::system(u"Eres MusiaIA."_s), ChatMessage::user(text)};
        return request;
    }

    TurnOutcome runTurn(ChatTurn &turn)
    {
        turn.start();
        if (!QTest::qWaitFor([&turn] { return turn.isDone(); }, 15000))
            qWarning("turn did not finish");
        return turn.outcome();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_server = std::make_unique<MockAiServer>();
        QVERIFY(m_server->listen());
    }

    void purpose_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("generation");
        QTest::newRow("genera") << u"Genera un track de house a 124 BPM en La menor"_s << true;
        QTest::newRow("crear") << u"quiero crear algo oscuro"_s << true;
        QTest::newRow("hazme") << u"Hazme un reggaetón"_s << true;
        QTest::newRow("make") << u"make a techno track"_s << true;
        QTest::newRow("modify") << u"más rápido"_s << true;
        QTest::newRow("add") << u"añade pads"_s << true;
        QTest::newRow("talk es") << u"¿qué diferencia hay entre house y tech house?"_s << false;
        QTest::newRow("talk en") << u"why does a sidechained pad feel bouncy?"_s << false;
        QTest::newRow("greeting") << u"hola"_s << false;
    }
    void purpose()
    {
        QFETCH(QString, message);
        QFETCH(bool, generation);
        QCOMPARE(classifyPurpose(message) == MessagePurpose::Generation, generation);
    }

    void routes_data()
    {
        QTest::addColumn<int>("purpose");
        QTest::addColumn<int>("routing");
        QTest::addColumn<bool>("fallback");
        QTest::addColumn<QString>("available");   // "gm", "g", "m", ""
        QTest::addColumn<QString>("order");       // providers' setting names joined by ','
        const int gen = int(MessagePurpose::Generation);
        const int talk = int(MessagePurpose::Conversation);
        QTest::newRow("design: generation to GLM") << gen << int(AiRouting::Auto) << true << u"gm"_s << u"glm,minimax,local"_s;
        QTest::newRow("design: conversation to MiniMax") << talk << int(AiRouting::Auto) << true << u"gm"_s << u"minimax,glm,local"_s;
        QTest::newRow("no fallback") << talk << int(AiRouting::Auto) << false << u"gm"_s << u"minimax"_s;
        QTest::newRow("no GLM key") << gen << int(AiRouting::Auto) << true << u"m"_s << u"minimax,local"_s;
        QTest::newRow("no GLM key, no fallback") << gen << int(AiRouting::Auto) << false << u"m"_s << u"minimax"_s;
        QTest::newRow("no keys") << gen << int(AiRouting::Auto) << false << QString() << u"local"_s;
        QTest::newRow("prefer GLM") << talk << int(AiRouting::PreferGlm) << true << u"gm"_s << u"glm,minimax,local"_s;
        QTest::newRow("prefer MiniMax") << gen << int(AiRouting::PreferMiniMax) << true << u"gm"_s << u"minimax,glm,local"_s;
        QTest::newRow("offline") << gen << int(AiRouting::OfflineOnly) << true << u"gm"_s << u"local"_s;
    }
    void routes()
    {
        QFETCH(int, purpose);
        QFETCH(int, routing);
        QFETCH(bool, fallback);
        QFETCH(QString, available);
        QFETCH(QString, order);
        QSet<AiProvider> keys;
        if (available.contains(u'g'))
            keys << AiProvider::Glm;
        if (available.contains(u'm'))
            keys << AiProvider::MiniMax;
        const RouteDecision decision = routeMessage(MessagePurpose(purpose), AiRouting(routing), fallback, keys);
        QStringList names;
        for (AiProvider p : decision.order)
            names << store::settingName(p);
        QCOMPARE(names.join(u','), order);
        QVERIFY(!decision.reason.isEmpty());
    }

    void language()
    {
        QCOMPARE(guessLanguage(u"Genera un track de house a 124 BPM en La menor"_s), u"es"_s);
        QCOMPARE(guessLanguage(u"hola"_s), u"es"_s);
        QCOMPARE(guessLanguage(u"make a house track in A minor"_s), u"en"_s);
    }

    void firstProviderAnswers()
    {
        auto glm = client(AiProvider::Glm);
        auto miniMax = client(AiProvider::MiniMax);
        ChatTurn turn({glm.get(), miniMax.get()},
                      routeMessage(MessagePurpose::Generation, AiRouting::Auto, true, {AiProvider::Glm, AiProvider::MiniMax}),
                      ask(u"Genera un house"_s), {});
        QSignalSpy started(&turn, &ChatTurn::providerStarted);
        const TurnOutcome outcome = runTurn(turn);
        QVERIFY(outcome.succeeded());
        QCOMPARE(outcome.answeredBy, AiProvider::Glm);
        QCOMPARE(outcome.model, u"glm-4.6"_s);
        QVERIFY(outcome.fallbackNotes.isEmpty());
        QCOMPARE(outcome.routeReason, u"structured generation goes to GLM-4.6"_s);
        QCOMPARE(started.size(), 1);
        QCOMPARE(outcome.records.size(), 1);
    }

    void balanceFallsBackToTheOtherProvider()
    {
        auto glm = client(AiProvider::Glm);
        auto miniMax = client(AiProvider::MiniMax);
        m_server->enqueue({u"balance"_s});   // GLM 1113 as HTTP 429: not retried, handed over
        ChatTurn turn({glm.get(), miniMax.get()},
                      routeMessage(MessagePurpose::Generation, AiRouting::Auto, true, {AiProvider::Glm, AiProvider::MiniMax}),
                      ask(u"Genera un house"_s), {});
        QSignalSpy fallingBack(&turn, &ChatTurn::fallingBack);
        const TurnOutcome outcome = runTurn(turn);
        QVERIFY(outcome.succeeded());
        QCOMPARE(outcome.answeredBy, AiProvider::MiniMax);
        QCOMPARE(fallingBack.size(), 1);
        QCOMPARE(outcome.fallbackNotes.size(), 1);
        QVERIFY2(outcome.fallbackNotes.first().contains(u"1113"_s), qPrintable(outcome.fallbackNotes.first()));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(outcome.records.size(), 2);
        QCOMPARE(outcome.records.first().outcome, u"no-balance"_s);
    }

    void bothFailSoTheOfflineComposerAnswers()
    {
        auto glm = client(AiProvider::Glm, u"wrong"_s);
        auto miniMax = client(AiProvider::MiniMax);
        m_server->enqueue({u"context"_s});
        ChatTurn turn({glm.get(), miniMax.get()},
                      routeMessage(MessagePurpose::Conversation, AiRouting::Auto, true, {AiProvider::Glm, AiProvider::MiniMax}),
                      ask(u"¿qué es el sidechain?"_s), {});
        const TurnOutcome outcome = runTurn(turn);
        QVERIFY(outcome.succeeded());
        QCOMPARE(outcome.answeredBy, AiProvider::Local);
        QCOMPARE(outcome.fallbackNotes.size(), 2);
        QVERIFY(outcome.fallbackNotes.at(0).startsWith(u"MiniMax"_s));
        QVERIFY(outcome.fallbackNotes.at(1).startsWith(u"GLM"_s));
        QVERIFY(outcome.response.content.contains(u"sin conexión"_s));   // answered in Spanish
    }

    void missingKeyIsSkippedWithANote()
    {
        auto glm = client(AiProvider::Glm, u""_s);
        auto miniMax = client(AiProvider::MiniMax);
        ChatTurn turn({glm.get(), miniMax.get()}, RouteDecision{{AiProvider::Glm, AiProvider::MiniMax}, u"test"_s},
                      ask(u"hola"_s), {});
        const TurnOutcome outcome = runTurn(turn);
        QCOMPARE(outcome.answeredBy, AiProvider::MiniMax);
        QVERIFY(outcome.fallbackNotes.first().contains(u"GLM_API_KEY"_s));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void noFallbackMeansTheErrorStands()
    {
        auto glm = client(AiProvider::Glm);
        m_server->enqueue({u"400_model"_s});
        ChatTurn turn({glm.get()}, RouteDecision{{AiProvider::Glm}, u"test"_s}, ask(u"hola"_s), {});
        const TurnOutcome outcome = runTurn(turn);
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.error->kind, ErrorKind::InvalidRequest);
    }

    void partAnswerShownIsNotRestartedElsewhere()
    {
        auto glm = client(AiProvider::Glm);
        auto miniMax = client(AiProvider::MiniMax);
        m_server->enqueue({u"disconnect?close_after=10"_s});
        ChatTurn turn({glm.get(), miniMax.get()}, RouteDecision{{AiProvider::Glm, AiProvider::MiniMax, AiProvider::Local}, u"t"_s},
                      ask(u"hola"_s), {});
        const TurnOutcome outcome = runTurn(turn);
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.error->kind, ErrorKind::Interrupted);
        QCOMPARE(outcome.answeredBy, AiProvider::Glm);
        QVERIFY(!outcome.response.reasoning.isEmpty());
        QCOMPARE(m_server->requests().size(), 1);
    }

    void cancelStopsTheTurn()
    {
        auto glm = client(AiProvider::Glm);
        auto miniMax = client(AiProvider::MiniMax);
        m_server->enqueue({u"slow_first_byte?headers_delay_ms=5000"_s});
        ChatTurn turn({glm.get(), miniMax.get()}, RouteDecision{{AiProvider::Glm, AiProvider::MiniMax, AiProvider::Local}, u"t"_s},
                      ask(u"hola"_s), {});
        QSignalSpy finished(&turn, &ChatTurn::finished);
        turn.start();
        QTest::qWait(100);
        turn.cancel();
        QVERIFY(QTest::qWaitFor([&turn] { return turn.isDone(); }, 1000));
        QCOMPARE(turn.outcome().error->kind, ErrorKind::Cancelled);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_server->requests().size(), 1);   // no fallback after a stop
    }

    void requestsAreRecordedWithoutContent()
    {
        QTemporaryDir dir;
        store::Database database(dir.filePath(u"musiaia.sqlite"_s));
        QVERIFY_RESULT(database.open());
        auto glm = client(AiProvider::Glm);
        auto miniMax = client(AiProvider::MiniMax);
        m_server->enqueue({u"balance"_s});
        const QString secretPrompt = u"Genera un house con la palabra clave ZANAHORIA"_s;
        ChatTurn turn({glm.get(), miniMax.get()}, RouteDecision{{AiProvider::Glm, AiProvider::MiniMax}, u"t"_s},
                      ask(secretPrompt), {});
        const TurnOutcome outcome = runTurn(turn);
        for (const RequestRecord &record : outcome.records)
            QVERIFY_RESULT(recordRequest(database, record));
        const auto recent = recentRequests(database);
        QVERIFY_RESULT(recent);
        QCOMPARE(recent->size(), 2);
        QCOMPARE(recent->at(0).provider, AiProvider::MiniMax);
        QCOMPARE(recent->at(0).outcome, u"ok"_s);
        QCOMPARE(recent->at(0).usage.promptTokens, 42);
        QCOMPARE(recent->at(1).outcome, u"no-balance"_s);
        QCOMPARE(recent->at(1).characters, int(u"Eres MusiaIA."_s.size() + secretPrompt.size()));
        const auto totals = usageSince(database, QDateTime::currentDateTimeUtc().addSecs(-3600));
        QVERIFY_RESULT(totals);
        QCOMPARE(totals->size(), 2);
        database.closeThreadConnection();
        // The content itself is nowhere in the file.
        QFile file(database.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("ZANAHORIA"));
    }
};

QTEST_GUILESS_MAIN(TestAiRouting)
#include "tst_airouting.moc"
