// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia session --script` as a user runs it: a scripted conversation, its replies, progress
// steps and versions as text and as JSON lines; a run killed in the middle of a song leaves
// nothing half-written once the next run has recovered; the provider path against the mock.
#include "session/conversationstore.h"
#include "session/projectstore.h"
#include "store/database.h"

#include "mockaiserver.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using musiaia::mock::Dialect;
using musiaia::mock::MockAiServer;

class TestSessionCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;

    struct Ran
    {
        int status = -1;
        QString out;
        QString err;
        QList<QJsonObject> events;
    };

    QString dbPath() const { return m_home->filePath(u"history.db"_s); }
    QString projectsPath() const { return m_home->filePath(u"Projects"_s); }

    QProcessEnvironment environment(const QHash<QString, QString> &variables = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"GLM_API_KEY"_s);
        environment.remove(u"MINIMAX_API_KEY"_s);
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
        environment.insert(u"HOME"_s, m_home->path());
        environment.insert(u"MUSIAIA_DATA_DIR"_s, m_home->filePath(u"data"_s));
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            environment.insert(it.key(), it.value());
        return environment;
    }

    QString writeScript(const QString &name, const QStringList &lines) const
    {
        const QString path = m_home->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write((lines.join(u'\n') + u'\n').toUtf8());
        return path;
    }

    Ran session(const QStringList &arguments, const QHash<QString, QString> &variables = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment(variables));
        process.start(test::appPath(), QStringList { u"--db"_s, dbPath(), u"session"_s } + arguments);
        // A mock server may live in this process: keep its event loop turning.
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 120000))
            process.kill();
        process.waitForFinished();
        Ran ran { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  QString::fromUtf8(process.readAllStandardOutput()),
                  QString::fromUtf8(process.readAllStandardError()),
                  {} };
        for (const QString &line : ran.out.split(u'\n', Qt::SkipEmptyParts))
            ran.events << QJsonDocument::fromJson(line.toUtf8()).object();
        return ran;
    }

    static QList<QJsonObject> ofType(const QList<QJsonObject> &events, const QString &type)
    {
        QList<QJsonObject> found;
        for (const QJsonObject &event : events) {
            if (event.value(u"type"_s).toString() == type)
                found << event;
        }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void scriptedConversationAsJson()
    {
        MUSIAIA_REQUIRE_ALS_LINT();
        const QString script = writeScript(
            u"song.txt"_s,
            { u"# a song and three changes"_s, u"Genera un track de house a 124 BPM en La menor"_s,
              u"más rápido"_s, u"sin hi-hats"_s, u"otro bajo"_s, u"¿qué puedes hacer?"_s });
        const Ran ran = session(
            { u"--script"_s, script, u"--json"_s, u"-o"_s, projectsPath(), u"--provider"_s, u"local"_s });
        QVERIFY2(ran.status == 0, qPrintable(ran.err + ran.out));
        QCOMPARE(ofType(ran.events, u"user"_s).size(), 5);
        const QList<QJsonObject> replies = ofType(ran.events, u"reply"_s);
        QCOMPARE(replies.size(), 5);
        for (const QJsonObject &reply : replies)
            QCOMPARE(reply.value(u"status"_s).toString(), u"ok"_s);
        const QList<QJsonObject> versions = ofType(ran.events, u"version"_s);
        QCOMPARE(versions.size(), 4);
        for (int i = 0; i < versions.size(); ++i) {
            QCOMPARE(versions.at(i).value(u"number"_s).toInt(), i + 1);
            const QString setPath = versions.at(i).value(u"setPath"_s).toString();
            QVERIFY2(setPath.startsWith(projectsPath()), qPrintable(setPath));
            QVERIFY(QFileInfo::exists(setPath));
        }
        // als-lint is slow; tst_chatsession lints every version of the same chain of changes.
        for (const QJsonObject &version : {versions.first(), versions.last()}) {
            const test::LintReport lint = test::runAlsLint(version.value(u"setPath"_s).toString());
            QVERIFY2(lint.exitCode == 0 && lint.output.contains(u" 0 problems"_s), qPrintable(lint.output));
        }
        QVERIFY(versions.at(1).value(u"diff"_s).toString().startsWith(u"tempo 124 → "_s));
        QVERIFY2(versions.at(3).value(u"diff"_s).toString().contains(u"bajo"_s),
                 qPrintable(versions.at(3).value(u"diff"_s).toString()));
        // Progress: every step of every song, composing part by part.
        const QList<QJsonObject> progress = ofType(ran.events, u"progress"_s);
        QStringList steps;
        for (const QJsonObject &event : progress) {
            if (steps.isEmpty() || steps.last() != event.value(u"step"_s).toString())
                steps << event.value(u"step"_s).toString();
        }
        QCOMPARE(steps.mid(0, 5),
                 (QStringList { u"understanding"_s, u"choosing_samples"_s, u"composing"_s, u"writing"_s,
                                u"done"_s }));
        QCOMPARE(steps.count(u"done"_s), 4);
        QCOMPARE(ran.events.last().value(u"type"_s).toString(), u"end"_s);

        // The history survives: the next run continues the same conversation and song.
        const qint64 conversation = ran.events.last().value(u"conversation"_s).toInteger();
        const QString more = writeScript(u"more.txt"_s, { u"pásalo a Re menor"_s });
        const Ran again
            = session({ u"--script"_s, more, u"--json"_s, u"-o"_s, projectsPath(), u"--provider"_s,
                        u"local"_s, u"--conversation"_s, QString::number(conversation) });
        QVERIFY2(again.status == 0, qPrintable(again.err));
        const QList<QJsonObject> next = ofType(again.events, u"version"_s);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().value(u"number"_s).toInt(), 5);
        QCOMPARE(next.first().value(u"key"_s).toString(), u"D minor"_s);
    }

    void scriptedConversationAsText()
    {
        const QString script
            = writeScript(u"en.txt"_s, { u"make a techno track at 130 bpm"_s, u"what can you do?"_s });
        const Ran ran
            = session({ u"--script"_s, script, u"-o"_s, projectsPath(), u"--provider"_s, u"local"_s });
        QVERIFY2(ran.status == 0, qPrintable(ran.err));
        QVERIFY(ran.out.contains(u"> make a techno track at 130 bpm"_s));
        QVERIFY(ran.out.contains(u"Composing: "_s));
        QVERIFY(ran.out.contains(u"Writing the Live set"_s));
        QVERIFY2(ran.out.contains(u"musiaia: Here is"_s), qPrintable(ran.out));
        QVERIFY(ran.out.contains(u"130 BPM"_s));
        QVERIFY(ran.out.contains(u"I can write a whole song"_s));
        QVERIFY(ran.err.contains(u"(generate, en, read by local)"_s));
    }

    void badInputIsSaidClearly()
    {
        const Ran missing
            = session({ u"--script"_s, m_home->filePath(u"nope.txt"_s), u"-o"_s, projectsPath() });
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.err.contains(u"musiaia session: cannot read"_s), qPrintable(missing.err));
        const Ran noScript = session({ u"-o"_s, projectsPath() });
        QCOMPARE(noScript.status, 2);
        QVERIFY(noScript.err.contains(u"--script"_s));
        // A set that cannot be read: the reply says so, the run says a message failed.
        const QString broken = m_home->filePath(u"Broken.als"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage");
        file.close();
        const Ran bad = session({ u"--script"_s, writeScript(u"bad.txt"_s, { u"/analyze "_s + broken }),
                                  u"--json"_s, u"-o"_s, projectsPath(), u"--provider"_s, u"local"_s });
        QCOMPARE(bad.status, 1);
        const QList<QJsonObject> replies = ofType(bad.events, u"reply"_s);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(replies.first().value(u"content"_s).toString().contains(u"Broken.als"_s));
    }

    // A run killed in the middle of writing songs: the next run's recovery leaves every song
    // either whole (on disk and in the history) or gone, with nothing in the staging area.
    void killedRunIsRecovered_data()
    {
        QTest::addColumn<QString>("killAt");
        QTest::newRow("composing") << u"composing"_s;
        QTest::newRow("writing") << u"writing"_s;
    }
    void killedRunIsRecovered()
    {
        QFETCH(QString, killAt);
        const QString script = writeScript(
            u"long.txt"_s, { u"techno de 8 minutos a 130"_s, u"house de 8 minutos"_s, u"más rápido"_s });
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(test::appPath(),
                      { u"--db"_s, dbPath(), u"session"_s, u"--script"_s, script, u"--json"_s, u"-o"_s,
                        projectsPath(), u"--provider"_s, u"local"_s });
        QVERIFY(process.waitForStarted());
        // Kill at the second song's step, once the first one is in the history.
        int seen = 0;
        QByteArray buffer;
        const bool reached = QTest::qWaitFor(
            [&] {
                buffer += process.readAllStandardOutput();
                while (buffer.contains('\n')) {
                    const qsizetype end = buffer.indexOf('\n');
                    const QJsonObject event = QJsonDocument::fromJson(buffer.left(end)).object();
                    buffer.remove(0, end + 1);
                    if (event.value(u"type"_s) == u"progress"_s && event.value(u"step"_s).toString() == killAt
                        && event.value(u"index"_s).toInt() <= 1 && ++seen == 2) {
                        process.kill();
                        return true;
                    }
                }
                return process.state() == QProcess::NotRunning;
            },
            60000);
        QVERIFY(reached);
        process.waitForFinished();
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        // The next run recovers on start.
        const Ran next = session({ u"--script"_s, writeScript(u"talk.txt"_s, { u"hola"_s }), u"-o"_s,
                                   projectsPath(), u"--provider"_s, u"local"_s });
        QVERIFY2(next.status == 0, qPrintable(next.err));

        store::Database database(dbPath());
        QVERIFY_RESULT(database.open());
        session::ProjectStore projects(database, projectsPath());
        const QString staging = projects.staging().path();
        QVERIFY2(QDir(staging).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 qPrintable(QDir(staging)
                                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                                .join(u", "_s)));
        const QList<session::ProjectInfo> list = projects.list().value();
        QSet<QString> recorded;
        int versions = 0;
        for (const session::ProjectInfo &project : list) {
            recorded.insert(QFileInfo(project.folder).fileName());
            const QList<session::VersionInfo> all = projects.versions(project.id).value();
            for (const session::VersionInfo &version : all) {
                ++versions;
                QVERIFY2(QFileInfo::exists(version.setPath), qPrintable(version.setPath));
            }
            QCOMPARE(QDir(project.folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(),
                     int(all.size()));
        }
        // The first song, whole; the second whole or gone, depending on where the kill landed.
        QVERIFY2(versions == 1 || versions == 2, qPrintable(QString::number(versions)));
        const QStringList onDisk = QDir(projectsPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(QSet<QString>(onDisk.cbegin(), onDisk.cend()), recorded);
        // The killed reply was never stored; the user message was, and the conversation is whole.
        session::ConversationStore conversations(database);
        const QList<session::ConversationInfo> chats = conversations.list().value();
        QCOMPARE(chats.size(), 2);
    }

    void providerThroughTheCommandLine()
    {
        MockAiServer server;
        QVERIFY(server.listen());
        QFile plan(QStringLiteral(MUSIAIA_AI_DATA_DIR "/plan-house.json"));
        QVERIFY(plan.open(QIODevice::ReadOnly));
        server.fixtures().toolArguments.insert(u"submit_plan"_s, QString::fromUtf8(plan.readAll()));
        server.fixtures().toolArguments.insert(u"read_message"_s, u"{\"intent\":\"generate\"}"_s);
        const Ran ran = session({ u"--script"_s, writeScript(u"glm.txt"_s, { u"sorpréndeme"_s }), u"--json"_s,
                                  u"-o"_s, projectsPath(), u"--provider"_s, u"glm"_s, u"--base-url"_s,
                                  server.baseUrl(Dialect::Glm) },
                                { { u"GLM_API_KEY"_s, u"test-glm-key"_s } });
        QVERIFY2(ran.status == 0, qPrintable(ran.err + ran.out));
        const QList<QJsonObject> intents = ofType(ran.events, u"intent"_s);
        QCOMPARE(intents.size(), 1);
        QCOMPARE(intents.first().value(u"readBy"_s).toString(), u"glm"_s);
        QCOMPARE(intents.first().value(u"intent"_s).toString(), u"generate"_s);
        const QList<QJsonObject> versions = ofType(ran.events, u"version"_s);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().value(u"provider"_s).toString(), u"glm"_s);
        QVERIFY(!versions.first().value(u"model"_s).toString().isEmpty());
        const QJsonObject reply = ofType(ran.events, u"reply"_s).first();
        QVERIFY(reply.value(u"promptTokens"_s).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionCli)
#include "tst_sessioncli.moc"
