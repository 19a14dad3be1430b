// SPDX-License-Identifier: GPL-3.0-or-later
// The chat session end to end, against a real SQLite file and a real projects folder: a song and
// its changes by chat (each a new version with the right musical diff, older folders untouched),
// cancel at several points (nothing written, no rows), an analysed set and "en este estilo",
// offline talk, and the provider path against the mock AI server. Every set written passes als-lint.
#include "session/chatsession.h"
#include "session/conversationstore.h"
#include "session/projectstore.h"

#include "ai/assistant.h"
#include "als/alswriter.h"
#include "music/plan.h"
#include "store/database.h"
#include "store/secrets.h"
#include "store/settings.h"
#include "store/sql.h"

#include "mockaiserver.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using namespace musiaia::session;
using musiaia::mock::Dialect;
using musiaia::mock::MockAiServer;

namespace {

struct TurnRecord
{
    bool started = false;
    MessageRecord reply;
    QString streamed;
    QList<Progress> progress;
    QList<VersionInfo> versions;
    QList<Intent> intents;
    QStringList readBy;
    QStringList analysed;
};

// Sends `text` (or drops `setPath`) and waits for the reply.
TurnRecord runTurn(ChatSession &session, const QString &text, const QString &setPath = {},
                   const std::function<void(const Progress &)> &onProgress = {})
{
    TurnRecord turn;
    QObject guard;
    bool finished = false;
    QObject::connect(&session, &ChatSession::progressed, &guard, [&](const Progress &p) {
        turn.progress << p;
        if (onProgress)
            onProgress(p);
    });
    QObject::connect(&session, &ChatSession::replyDelta, &guard,
                     [&](const QString &d) { turn.streamed += d; });
    QObject::connect(&session, &ChatSession::versionCreated, &guard,
                     [&](const VersionInfo &v, const QString &) { turn.versions << v; });
    QObject::connect(&session, &ChatSession::intentRead, &guard,
                     [&](Intent i, const QString &, const QString &by) {
                         turn.intents << i;
                         turn.readBy << by;
                     });
    QObject::connect(&session, &ChatSession::analysisReady, &guard,
                     [&](const QString &path, const QJsonObject &) { turn.analysed << path; });
    QObject::connect(&session, &ChatSession::turnFinished, &guard, [&](const MessageRecord &r) {
        turn.reply = r;
        finished = true;
    });
    turn.started = setPath.isEmpty() ? session.send(text) : session.analyze(setPath);
    if (turn.started && !QTest::qWaitFor([&finished] { return finished; }, 60000))
        qWarning("the turn did not finish");
    return turn;
}

QStringList stepNames(const QList<Progress> &progress)
{
    QStringList names;
    for (const Progress &p : progress) {
        if (names.isEmpty() || names.last() != stepName(p.step))
            names << stepName(p.step);
    }
    return names;
}

// Every file under `folder` with its checksum, to show a folder was not touched.
QMap<QString, QByteArray> folderFingerprint(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

// Entries in the projects folder, the staging area's included.
QStringList entriesUnder(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries << it.next();
    return entries;
}

int rowCount(const store::Database &database, const QString &table)
{
    auto db = database.connection();
    if (!db)
        return -1;
    auto value = store::queryValue(*db, u"SELECT count(*) FROM "_s + table);
    return value ? value->toInt() : -1;
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(MUSIAIA_AI_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return file.readAll();
}

class InstantScheduler final : public ai::Scheduler
{
public:
    void after(int, QObject *context, std::function<void()> callback) override
    {
        QTimer::singleShot(0, context, std::move(callback));
    }
};

} // namespace

class TestChatSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<ProjectStore> m_projects;
    std::unique_ptr<ChatSession> m_session;

    QString root() const { return m_dir->filePath(u"Projects"_s); }

    void lintAll(const QList<VersionInfo> &versions)
    {
        for (const VersionInfo &version : versions) {
            const test::LintReport lint = test::runAlsLint(version.setPath);
            QVERIFY2(lint.ran, "als-lint did not run");
            QVERIFY2(lint.exitCode == 0 && lint.output.contains(u" 0 problems"_s), qPrintable(lint.output));
        }
    }

    // Nothing on disk or in the database that a version does not account for.
    void verifyNothingHalfWritten()
    {
        const QString staging = m_projects->staging().path();
        QVERIFY2(!QFileInfo::exists(staging)
                     || QDir(staging).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 qPrintable(entriesUnder(staging).join(u'\n')));
        const QList<ProjectInfo> projects = m_projects->list().value();
        QSet<QString> recorded;
        for (const ProjectInfo &project : projects) {
            recorded.insert(project.folder);
            const QList<VersionInfo> versions = m_projects->versions(project.id).value();
            for (const VersionInfo &version : versions) {
                QVERIFY2(QFileInfo::exists(version.setPath), qPrintable(version.setPath));
                recorded.insert(version.folder);
            }
        }
        const QStringList top = QDir(root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : top)
            QVERIFY2(recorded.contains(root() + u'/' + name), qPrintable(name));
        QCOMPARE(rowCount(*m_database, u"versions"_s) == 0, projects.isEmpty());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<store::Database>(m_dir->filePath(u"history.db"_s));
        QVERIFY_RESULT(m_database->open());
        QVERIFY(QDir().mkpath(root()));
        m_projects = std::make_unique<ProjectStore>(*m_database, root());
        m_session = std::make_unique<ChatSession>(ConversationStore(*m_database), *m_projects);
    }
    void cleanup()
    {
        m_session.reset();
        m_projects.reset();
        m_database.reset();
        m_dir.reset();
    }

    void songAndChangesByChat()
    {
        MUSIAIA_REQUIRE_ALS_LINT();
        // 1. A new song, with every progress step.
        TurnRecord first = runTurn(*m_session, u"Genera un track de house a 124 BPM en La menor"_s);
        QVERIFY(first.started);
        QCOMPARE(first.reply.status, MessageRecord::Status::Ok);
        QCOMPARE(first.intents, QList<Intent> { Intent::Generate });
        QCOMPARE(first.versions.size(), 1);
        const VersionInfo v1 = first.versions.first();
        QCOMPARE(v1.number, 1);
        QCOMPARE(v1.genre, u"house"_s);
        QCOMPARE(v1.tempo, 124.0);
        QCOMPARE(v1.keyName, u"A minor"_s);
        QCOMPARE(v1.provider, u"local"_s);
        QCOMPARE(v1.prompt, u"Genera un track de house a 124 BPM en La menor"_s);
        QVERIFY(v1.seed != 0);
        QCOMPARE(stepNames(first.progress),
                 (QStringList { u"understanding"_s, u"choosing_samples"_s, u"composing"_s, u"writing"_s,
                                u"done"_s }));
        const music::Plan plan1 = music::planFromJson(v1.plan).value();
        int composing = 0;
        for (const Progress &p : first.progress) {
            if (p.step != Step::Composing)
                continue;
            ++composing;
            QCOMPARE(p.partIndex, composing);
            QCOMPARE(p.partCount, int(plan1.parts.size()));
            QVERIFY(plan1.part(p.partId));
        }
        QCOMPARE(composing, int(plan1.parts.size()));
        QCOMPARE(first.progress.last().setPath, v1.setPath);
        QVERIFY(QFileInfo::exists(v1.setPath));
        QVERIFY(first.reply.content.contains(v1.setPath));
        QVERIFY(first.reply.content.startsWith(u"Aquí tienes"_s)); // answered in Spanish
        QCOMPARE(first.reply.versionId, v1.id);
        const auto v1Files = folderFingerprint(v1.folder);
        QVERIFY(!v1Files.isEmpty());

        // 2. Tempo.
        TurnRecord tempo = runTurn(*m_session, u"a 128"_s);
        QCOMPARE(tempo.intents, QList<Intent> { Intent::Modify });
        QCOMPARE(tempo.versions.size(), 1);
        const VersionInfo v2 = tempo.versions.first();
        QCOMPARE(v2.number, 2);
        QCOMPARE(v2.projectId, v1.projectId);
        QCOMPARE(v2.parentId, v1.id);
        QCOMPARE(v2.tempo, 128.0);
        QCOMPARE(v2.changes.size(), 1);
        QCOMPARE(v2.changes.first().kind, u"tempo"_s);
        QVERIFY2(v2.diff.contains(u"124 → 128"_s), qPrintable(v2.diff));
        QVERIFY(v2.folder != v1.folder);

        // 3. Transpose.
        TurnRecord key = runTurn(*m_session, u"pásalo a Re menor"_s);
        QCOMPARE(key.versions.size(), 1);
        const VersionInfo v3 = key.versions.first();
        QCOMPARE(v3.keyName, u"D minor"_s);
        QCOMPARE(v3.tempo, 128.0);
        QCOMPARE(v3.changes.first().kind, u"key"_s);

        // 4. Sections.
        const music::Plan plan3 = music::planFromJson(v3.plan).value();
        bool hadIntro = false;
        for (const music::Section &section : plan3.sections)
            hadIntro = hadIntro || section.kind == music::SectionKind::Intro;
        QVERIFY(hadIntro);
        TurnRecord intro = runTurn(*m_session, u"quita la intro"_s);
        QCOMPARE(intro.versions.size(), 1);
        const VersionInfo v4 = intro.versions.first();
        const music::Plan plan4 = music::planFromJson(v4.plan).value();
        for (const music::Section &section : plan4.sections)
            QVERIFY(section.kind != music::SectionKind::Intro);
        QVERIFY(v4.bars < v3.bars);
        bool removed = false;
        for (const VersionChange &change : v4.changes)
            removed = removed || change.kind == u"section_removed";
        QVERIFY2(removed, qPrintable(v4.diff));

        // 5. One part again with a new seed; the others keep theirs.
        TurnRecord bass = runTurn(*m_session, u"otro bajo"_s);
        QCOMPARE(bass.versions.size(), 1);
        const VersionInfo v5 = bass.versions.first();
        const music::Plan plan5 = music::planFromJson(v5.plan).value();
        QCOMPARE(v5.changes.size(), 1);
        QCOMPARE(v5.changes.first().kind, u"part_regenerated"_s);
        for (const music::Part &part : plan5.parts) {
            const music::Part *before = plan4.part(part.id);
            QVERIFY(before);
            QCOMPARE(part.seed != before->seed, part.role == music::PartRole::Bass);
        }

        // Older versions untouched, every version in the history, every set valid.
        QCOMPARE(folderFingerprint(v1.folder), v1Files);
        const QList<VersionInfo> versions = m_projects->versions(v1.projectId).value();
        QCOMPARE(versions.size(), 5);
        for (int i = 0; i < versions.size(); ++i) {
            QCOMPARE(versions.at(i).number, i + 1);
            QVERIFY(QFileInfo::exists(versions.at(i).setPath));
        }
        lintAll(versions);

        // Messages: each with its intent; replies with provider, timing and their version.
        const QList<MessageRecord> messages
            = m_session->conversations().messages(m_session->conversation().id).value();
        QCOMPARE(messages.size(), 10);
        for (int i = 0; i < messages.size(); i += 2) {
            QCOMPARE(messages.at(i).role, MessageRecord::Role::User);
            QCOMPARE(messages.at(i + 1).role, MessageRecord::Role::Assistant);
            QCOMPARE(messages.at(i + 1).provider, u"local"_s);
            QVERIFY(messages.at(i + 1).durationMs >= 0);
            QCOMPARE(messages.at(i + 1).versionId, versions.at(i / 2).id);
        }
        QCOMPARE(messages.at(2).intent, u"modify"_s);

        // A restart: the conversation and its song come back, and the next change follows on.
        const qint64 conversationId = m_session->conversation().id;
        m_session = std::make_unique<ChatSession>(ConversationStore(*m_database), *m_projects);
        QVERIFY_RESULT(m_session->openConversation(conversationId));
        TurnRecord slower = runTurn(*m_session, u"un poco más lento"_s);
        QCOMPARE(slower.versions.size(), 1);
        QCOMPARE(slower.versions.first().number, 6);
        QVERIFY(slower.versions.first().tempo < 128.0);
        verifyNothingHalfWritten();
    }

    void changesThatCannotBeDoneSaySo()
    {
        TurnRecord nothing = runTurn(*m_session, u"más rápido"_s);
        QCOMPARE(nothing.intents, QList<Intent> { Intent::Modify });
        QVERIFY(nothing.versions.isEmpty());
        QVERIFY2(nothing.reply.content.contains(u"no hay ningún tema"_s), qPrintable(nothing.reply.content));

        QCOMPARE(runTurn(*m_session, u"make a techno track at 130 bpm"_s).versions.size(), 1);
        TurnRecord twice = runTurn(*m_session, u"remove the intro"_s);
        QCOMPARE(twice.versions.size(), 1);
        TurnRecord again = runTurn(*m_session, u"remove the intro"_s);
        QVERIFY(again.versions.isEmpty()); // there is no intro left to remove
        QCOMPARE(again.reply.status, MessageRecord::Status::Ok);
        QVERIFY(!again.reply.content.isEmpty());
        QCOMPARE(m_projects->versions(twice.versions.first().projectId).value().size(), 2);
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("choosing samples") << u"choosing"_s;
        QTest::newRow("after composing") << u"placing"_s;
    }
    void cancelLeavesNothing()
    {
        QFETCH(QString, when);
        // The sample step runs on the generation's thread: it holds the generation at a known
        // point until the cancel reaches it.
        const auto waitForCancel = [](const std::atomic_bool *cancel) {
            QElapsedTimer timer;
            timer.start();
            while (cancel && !cancel->load() && timer.elapsed() < 20000)
                QThread::msleep(2);
        };
        auto seenCancel = std::make_shared<std::atomic_bool>(false);
        SampleStep step;
        step.choose = [=](const music::Plan &, const SampleRequest &request) -> Result<SampleChoice> {
            if (when == u"choosing")
                waitForCancel(request.cancel);
            if (when == u"placing")
                return SampleChoice {
                    { ChosenSample { u"bass"_s, u"bass"_s, 0, u"/nowhere/bass.wav"_s, {}, {} } }, {}
                };
            return SampleChoice {};
        };
        step.place = [=](als::LiveSet &, const music::Plan &, const SampleChoice &) -> Result<void> {
            // Composing is over and nothing is written yet: hold here until the cancel.
            QElapsedTimer timer;
            timer.start();
            while (!seenCancel->load() && timer.elapsed() < 20000)
                QThread::msleep(2);
            return {};
        };
        m_session->setSampleStep(step);

        bool sent = false;
        const TurnRecord turn
            = runTurn(*m_session, u"Genera un track de techno a 130"_s, {}, [&](const Progress &p) {
                  if ((when == u"choosing" && p.step == Step::ChoosingSamples)
                      || (when == u"placing" && p.step == Step::Composing && p.partIndex == p.partCount)) {
                      m_session->cancel();
                      seenCancel->store(true);
                  }
              });
        Q_UNUSED(sent);
        if (when == u"send") {
            // A cancel right after sending (before the worker starts).
            QVERIFY(turn.started);
        }
        QCOMPARE(turn.reply.status, MessageRecord::Status::Cancelled);
        QVERIFY(turn.versions.isEmpty());
        QVERIFY(!turn.reply.content.isEmpty());
        QCOMPARE(rowCount(*m_database, u"versions"_s), 0);
        QCOMPARE(rowCount(*m_database, u"projects"_s), 0);
        verifyNothingHalfWritten();
        QVERIFY(m_projects->recover().isEmpty());
        // The conversation keeps the message and the cancelled reply.
        const QList<MessageRecord> messages
            = m_session->conversations().messages(m_session->conversation().id).value();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.last().status, MessageRecord::Status::Cancelled);
        // And the next message works.
        m_session->setSampleStep({});
        QCOMPARE(runTurn(*m_session, u"otra vez, techno a 130"_s).versions.size(), 1);
    }

    void cancelRightAfterSend()
    {
        QObject guard;
        MessageRecord reply;
        connect(m_session.get(), &ChatSession::turnFinished, &guard,
                [&reply](const MessageRecord &r) { reply = r; });
        QVERIFY(m_session->send(u"Genera un track de house"_s));
        m_session->cancel();
        QVERIFY(QTest::qWaitFor([this] { return !m_session->isBusy(); }, 30000));
        QCOMPARE(reply.status, MessageRecord::Status::Cancelled);
        QCOMPARE(rowCount(*m_database, u"versions"_s), 0);
        verifyNothingHalfWritten();
    }

    void analysisThenInThisStyle()
    {
        MUSIAIA_REQUIRE_ALS_LINT();
        // A set of the musician's: 97 BPM in D dorian, with drums, bass and pads.
        als::LiveSet set;
        set.tempo = 97;
        set.scale = als::Scale { 2, als::ScaleMode::Dorian };
        for (const QString &name : { u"Kick"_s, u"Sub Bass"_s, u"Warm Pad"_s, u"Vox"_s }) {
            als::Track track;
            track.name = name;
            als::Clip clip;
            clip.length = 64;
            clip.loop.end = 64;
            clip.notes << als::MidiNote {};
            track.arrangementClips << clip;
            set.tracks << track;
        }
        const QString setPath = m_dir->filePath(u"Mine.als"_s);
        QVERIFY_RESULT(als::writeLiveSet(set, setPath));

        TurnRecord analysis = runTurn(*m_session, {}, setPath);
        QCOMPARE(analysis.reply.status, MessageRecord::Status::Ok);
        QCOMPARE(analysis.analysed, QStringList { setPath });
        QVERIFY2(analysis.reply.content.contains(u"97"_s), qPrintable(analysis.reply.content));
        const ConversationInfo conversation
            = m_session->conversations().conversation(m_session->conversation().id).value();
        QCOMPARE(conversation.reference.value(u"tempo"_s).toDouble(), 97.0);

        TurnRecord style = runTurn(*m_session, u"hazme algo en este estilo"_s);
        QCOMPARE(style.intents, QList<Intent> { Intent::Generate });
        QCOMPARE(style.versions.size(), 1);
        const VersionInfo version = style.versions.first();
        QCOMPARE(version.tempo, 97.0);
        const music::Plan plan = music::planFromJson(version.plan).value();
        QCOMPARE(plan.key.root, 2);
        QCOMPARE(plan.key.mode, music::Mode::Dorian);
        QVERIFY(!plan.partsWithRole(music::PartRole::Kick).isEmpty());
        QVERIFY(!plan.partsWithRole(music::PartRole::Bass).isEmpty());
        QVERIFY(!plan.partsWithRole(music::PartRole::Pad).isEmpty());
        QVERIFY2(style.reply.content.contains(u"Mine"_s), qPrintable(style.reply.content));
        lintAll({ version });

        // A set named in a message: "hazme algo como X.als" analyses it and makes the song.
        TurnRecord named = runTurn(*m_session, u"hazme algo como "_s + setPath);
        QCOMPARE(named.analysed.size(), 1);
        QCOMPARE(named.versions.size(), 1);
        QCOMPARE(named.versions.first().tempo, 97.0);

        // An unreadable set: a clear word, nothing lost.
        const QString broken = m_dir->filePath(u"Broken.als"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a set");
        file.close();
        TurnRecord bad = runTurn(*m_session, {}, broken);
        QCOMPARE(bad.reply.status, MessageRecord::Status::Failed);
        QVERIFY(bad.reply.content.contains(u"Broken.als"_s));
    }

    void talkOffline()
    {
        TurnRecord es = runTurn(*m_session, u"¿qué puedes hacer?"_s);
        QCOMPARE(es.intents, QList<Intent> { Intent::Talk });
        QCOMPARE(es.reply.provider, u"local"_s);
        QVERIFY2(es.reply.content.contains(u"Puedo escribir un tema"_s), qPrintable(es.reply.content));
        QVERIFY(es.reply.content.contains(u"Techno"_s));
        QVERIFY(es.reply.content.contains(u"Prueba"_s));

        QCOMPARE(runTurn(*m_session, u"make a techno track at 132 bpm"_s).versions.size(), 1);
        TurnRecord en = runTurn(*m_session, u"what is the current song like?"_s);
        QCOMPARE(en.intents, QList<Intent> { Intent::Talk });
        QVERIFY2(en.reply.content.contains(u"Your current song is"_s), qPrintable(en.reply.content));
        QVERIFY(en.reply.content.contains(u"132 BPM"_s));
        QVERIFY(en.reply.content.contains(u"Ideas:"_s));

        TurnRecord genre = runTurn(*m_session, u"¿qué es el reggaeton?"_s);
        QVERIFY2(genre.reply.content.contains(u"Reggaeton: "_s), qPrintable(genre.reply.content));
        QVERIFY(genre.reply.content.contains(u"BPM"_s));
    }

    void providerReadsAndAnswers()
    {
        MockAiServer server;
        QVERIFY(server.listen());
        server.fixtures().toolArguments.insert(u"submit_plan"_s,
                                               QString::fromUtf8(fixture(u"plan-house.json"_s)));
        server.fixtures().toolArguments.insert(u"read_message"_s,
                                               u"{\"intent\":\"talk\",\"language\":\"es\"}"_s);
        server.fixtures().answer = u"El swing retrasa las semicorcheas pares."_s;
        QTemporaryDir configDir;
        store::Settings settings(configDir.filePath(u"settings.ini"_s));
        const QProcessEnvironment noBus;
        store::Secrets secrets(store::makeSystemKeychain(u"MusiaIA-test"_s, noBus),
                               configDir.filePath(u"keys.json"_s), noBus);
        ai::Assistant assistant(settings, secrets);
        InstantScheduler scheduler;
        assistant.setScheduler(&scheduler);
        assistant.setApiKey(ai::AiProvider::Glm, u"test-glm-key"_s);
        assistant.setApiKey(ai::AiProvider::MiniMax, u"test-minimax-key"_s);
        assistant.setOverride(ai::AiProvider::Glm, { server.baseUrl(Dialect::Glm), {} });
        assistant.setOverride(ai::AiProvider::MiniMax, { server.baseUrl(Dialect::MiniMax), {} });
        m_session->setAssistant(&assistant);

        // Talk: the provider reads the message, then answers it, streamed.
        TurnRecord talk = runTurn(*m_session, u"cuéntame algo del swing"_s);
        for (const mock::MockRequest &request : server.requests())
            QVERIFY2(request.rejectedBecause.isEmpty(), qPrintable(request.rejectedBecause));
        QCOMPARE(talk.intents, QList<Intent> { Intent::Talk });
        QVERIFY(talk.readBy.first() == u"glm" || talk.readBy.first() == u"minimax");
        QCOMPARE(talk.reply.status, MessageRecord::Status::Ok);
        QVERIFY2(talk.reply.content.contains(u"El swing retrasa"_s), qPrintable(talk.reply.content));
        QCOMPARE(talk.streamed, talk.reply.content);
        QVERIFY(talk.reply.provider != u"local");
        QVERIFY(!talk.reply.model.isEmpty());
        QVERIFY(talk.reply.promptTokens > 0);
        QVERIFY(talk.reply.completionTokens > 0);
        const int requestsAfterTalk = int(server.requests().size());
        QCOMPARE(requestsAfterTalk, 2); // read_message, then the answer
        QVERIFY(server.requests()
                    .first()
                    .json.value(u"tools"_s)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"function"_s)
                    .toObject()
                    .value(u"name"_s)
                    .toString()
                == u"read_message");

        // The provider decides: "sorpréndeme" is talk to the rules, a song to the provider.
        server.fixtures().toolArguments.insert(u"read_message"_s, u"{\"intent\":\"generate\"}"_s);
        TurnRecord song = runTurn(*m_session, u"sorpréndeme"_s);
        QCOMPARE(song.intents, QList<Intent> { Intent::Generate });
        QCOMPARE(song.versions.size(), 1);
        const VersionInfo v1 = song.versions.first();
        QVERIFY(v1.provider == u"glm" || v1.provider == u"minimax");
        QVERIFY(!v1.model.isEmpty());
        QCOMPARE(v1.genre, u"house"_s); // the fixture plan's
        QCOMPARE(v1.prompt, u"sorpréndeme"_s);

        // A change read by the provider, the edits by the rules: a new version with its diff.
        server.fixtures().toolArguments.insert(u"read_message"_s, u"{\"intent\":\"modify\"}"_s);
        TurnRecord faster = runTurn(*m_session, u"ponlo a 130"_s);
        QCOMPARE(faster.versions.size(), 1);
        QCOMPARE(faster.versions.first().tempo, 130.0);
        QVERIFY(faster.versions.first().diff.contains(u"130"_s));
        QCOMPARE(faster.readBy.first(), faster.versions.first().provider);

        // A provider that fails: the rules read the message, the offline composer answers.
        server.setDefaultScenario(u"500"_s);
        TurnRecord offline = runTurn(*m_session, u"¿qué puedes hacer?"_s);
        QCOMPARE(offline.readBy.first(), u"local"_s);
        QCOMPARE(offline.reply.status, MessageRecord::Status::Ok);
        QCOMPARE(offline.reply.provider, u"local"_s);
        QVERIFY(offline.reply.content.contains(u"Puedo escribir"_s));
        m_session->setAssistant(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
