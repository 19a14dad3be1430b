// SPDX-License-Identifier: GPL-3.0-or-later
// Chat and generation through the local API, end to end over real sockets with the offline
// composer, a temporary SQLite file and projects folder: REST answers (waiting and not), WebSocket
// frames (started, progress, message, done), cancel, clients that leave in the middle of a
// generation, two clients at once, and bad input. After each generation the history and the
// projects folder are compared: every version row has its whole folder and set, and nothing else is
// on disk (no half-written project, no staging left over).
//
// Where timing matters (cancel, a client leaving, a busy conversation) the sessions' sample step is
// a gate that holds the generation at "choosing samples" until the test opens it or the generation
// is cancelled, so that the test does not depend on how fast the machine composes.
#include "apitestclient.h"

#include "api/chatbridge.h"
#include "api/localapiserver.h"
#include "api/websockethub.h"

#include "session/chatsession.h"
#include "session/conversationstore.h"
#include "session/projectstore.h"
#include "store/database.h"

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWebSocket>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using namespace musiaia::test;

namespace {

const QString Token = u"chat-test-token-0123456789abcdef"_s;
constexpr int GenerationTimeoutMs = 240'000; // a debug build on a loaded two-core machine

// Holds generations at "choosing samples" until opened (or until the generation is cancelled).
struct Gate
{
    std::atomic_bool open = false;
    std::atomic_int waiting = 0;

    session::SampleStep step()
    {
        session::SampleStep step;
        step.choose = [this](const music::Plan &,
                             const session::SampleRequest &request) -> Result<session::SampleChoice> {
            ++waiting;
            while (!open.load() && !(request.cancel && request.cancel->load()))
                QThread::msleep(2);
            --waiting;
            return session::SampleChoice {};
        };
        return step;
    }
};

QStringList framesOfType(const QList<QJsonObject> &frames, const QString &type, const QString &field)
{
    QStringList values;
    for (const QJsonObject &frame : frames) {
        if (frame.value(u"type"_s).toString() == type)
            values << frame.value(field).toVariant().toString();
    }
    return values;
}

} // namespace

class TestLocalApiChat : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<api::LocalApiServer> m_server;
    std::unique_ptr<Gate> m_gate;
    QNetworkAccessManager m_manager;

    QString root() const { return m_dir->filePath(u"Projects"_s); }
    QUrl url(const QString &path) const { return QUrl(m_server->baseUrl().toString() + path); }
    HttpAnswer get(const QString &path) { return request(m_manager, "GET", url(path), Token); }
    HttpAnswer post(const QString &path, const QByteArray &body)
    {
        return request(m_manager, "POST", url(path), Token, body, {}, GenerationTimeoutMs);
    }
    HttpAnswer post(const QString &path, const QJsonObject &body)
    {
        return post(path, QJsonDocument(body).toJson());
    }

    void useGate()
    {
        m_gate = std::make_unique<Gate>();
        Gate *gate = m_gate.get();
        m_server->chat()->setSessionSetup(
            [gate](session::ChatSession &chat) { chat.setSampleStep(gate->step()); });
    }

    std::unique_ptr<QWebSocket> connectWebSocket()
    {
        auto socket = std::make_unique<QWebSocket>();
        QNetworkRequest req(m_server->webSocketUrl());
        req.setRawHeader("Authorization", "Bearer " + Token.toUtf8());
        QSignalSpy opened(socket.get(), &QWebSocket::connected);
        socket->open(req);
        if (!opened.wait(20'000))
            return nullptr;
        return socket;
    }

    QList<session::ProjectInfo> projects()
    {
        const auto list = session::ProjectStore(*m_database, root()).list();
        return list ? *list : QList<session::ProjectInfo>();
    }
    int conversationCount()
    {
        const auto list = session::ConversationStore(*m_database).list();
        return list ? int(list->size()) : -1;
    }

    // The history and the projects folder say the same: each version row has its folder and its
    // set (which als-lint accepts), no other folder is there, and nothing is left in staging.
    void checkHistoryMatchesDisk(int expectedProjects)
    {
        const QList<session::ProjectInfo> list = projects();
        QCOMPARE(list.size(), expectedProjects);
        QStringList expectedFolders;
        session::ProjectStore store(*m_database, root());
        for (const session::ProjectInfo &project : list) {
            const auto versions = store.versions(project.id);
            QVERIFY_RESULT(versions);
            QVERIFY(!versions->isEmpty());
            for (const session::VersionInfo &version : *versions) {
                QVERIFY2(QFile::exists(version.setPath), qPrintable(version.setPath));
                expectedFolders << QDir(version.folder).canonicalPath();
                const LintReport lint = runAlsLint(version.setPath);
                if (lint.ran)
                    QVERIFY2(lint.exitCode == 0, qPrintable(lint.output));
            }
        }
        QStringList foundFolders;
        const QDir projectsDir(root());
        for (const QString &song : projectsDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir songDir(projectsDir.filePath(song));
            for (const QString &version : songDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                foundFolders << QDir(songDir.filePath(version)).canonicalPath();
        }
        expectedFolders.sort();
        foundFolders.sort();
        QCOMPARE(foundFolders, expectedFolders);
        const QDir staging(projectsDir.filePath(u".musiaia-staging"_s));
        const QStringList leftovers
            = staging.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<store::Database>(m_dir->filePath(u"musiaia.sqlite"_s));
        QVERIFY_RESULT(m_database->open());
        QDir().mkpath(root());
        m_server = std::make_unique<api::LocalApiServer>(*m_database, root());
        api::LocalApiOptions options;
        options.token = Token;
        options.ratePerSecond = 0;
        QVERIFY_RESULT(m_server->start(options));
        m_manager.clearConnectionCache();
    }

    void cleanup()
    {
        m_server.reset(); // cancels what still runs and waits for it
        m_gate.reset();
        QTest::qWait(20);
        m_database->closeThreadConnection();
        m_database.reset();
        m_dir.reset();
    }

    void chatMessageOverRest()
    {
        const HttpAnswer answer
            = post(u"/api/v1/chat/message"_s,
                   QJsonObject { { u"message"_s, u"Hola, \u00bfqu\u00e9 puedes hacer?"_s } });
        QCOMPARE(answer.status, 200);
        const QJsonObject body = answer.json();
        QVERIFY(!body.value(u"response"_s).toString().isEmpty());
        QCOMPARE(body.value(u"status"_s).toString(), u"ok"_s);
        const qint64 conversation = body.value(u"conversation"_s).toInteger();
        QVERIFY(conversation > 0);
        QVERIFY(!body.contains(u"version"_s));
        QCOMPARE(body.value(u"message"_s).toObject().value(u"role"_s).toString(), u"assistant"_s);

        // Stored as the window stores it: the user's message and the reply.
        HttpAnswer history = get(u"/api/v1/chat/history?conversation=%1"_s.arg(conversation));
        QCOMPARE(history.status, 200);
        QJsonArray messages = history.json().value(u"history"_s).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(u"role"_s).toString(), u"user"_s);
        QCOMPARE(messages.at(1).toObject().value(u"content"_s).toString(),
                 body.value(u"response"_s).toString());

        // Going on with the same conversation.
        const HttpAnswer again
            = post(u"/api/v1/chat/message"_s,
                   QJsonObject { { u"message"_s, u"gracias"_s }, { u"conversation"_s, conversation } });
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"conversation"_s).toInteger(), conversation);
        history = get(u"/api/v1/chat/history?conversation=%1"_s.arg(conversation));
        QCOMPARE(history.json().value(u"history"_s).toArray().size(), 4);
        QCOMPARE(conversationCount(), 1);
        checkHistoryMatchesDisk(0);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString message = u"/api/v1/chat/message"_s;
        const QString generate = u"/api/v1/projects/generate"_s;
        const QString cancel = u"/api/v1/chat/cancel"_s;
        QTest::newRow("message: not JSON")
            << message << QByteArray("{\"message\": ") << 400 << u"bad_request"_s;
        QTest::newRow("message: an array") << message << QByteArray("[\"hola\"]") << 400 << u"bad_request"_s;
        QTest::newRow("message: no body") << message << QByteArray() << 400 << u"bad_request"_s;
        QTest::newRow("message: no message")
            << message << QByteArray("{\"text\": \"hola\"}") << 400 << u"bad_request"_s;
        QTest::newRow("message: blank")
            << message << QByteArray("{\"message\": \"   \"}") << 400 << u"bad_request"_s;
        QTest::newRow("message: a number")
            << message << QByteArray("{\"message\": 12}") << 400 << u"bad_request"_s;
        QTest::newRow("message: conversation text")
            << message << QByteArray("{\"message\": \"hola\", \"conversation\": \"x\"}") << 400
            << u"bad_request"_s;
        QTest::newRow("message: conversation 0")
            << message << QByteArray("{\"message\": \"hola\", \"conversation\": 0}") << 400
            << u"bad_request"_s;
        QTest::newRow("message: conversation 1.5")
            << message << QByteArray("{\"message\": \"hola\", \"conversation\": 1.5}") << 400
            << u"bad_request"_s;
        QTest::newRow("message: unknown conversation")
            << message << QByteArray("{\"message\": \"hola\", \"conversation\": 9999}") << 404
            << u"not_found"_s;
        QTest::newRow("message: wait text")
            << message << QByteArray("{\"message\": \"hola\", \"wait\": \"no\"}") << 400 << u"bad_request"_s;
        QTest::newRow("message: too long")
            << message << QByteArray("{\"message\": \"" + QByteArray(20'001, 'a') + "\"}") << 413
            << u"payload_too_large"_s;
        QTest::newRow("generate: empty") << generate << QByteArray("{}") << 400 << u"bad_request"_s;
        QTest::newRow("generate: requirements text")
            << generate << QByteArray("{\"requirements\": \"house\"}") << 400 << u"bad_request"_s;
        QTest::newRow("generate: requirements empty")
            << generate << QByteArray("{\"requirements\": {}}") << 400 << u"bad_request"_s;
        QTest::newRow("generate: bpm text")
            << generate << QByteArray("{\"requirements\": {\"bpm\": \"fast\"}}") << 400 << u"bad_request"_s;
        QTest::newRow("generate: bpm 900")
            << generate << QByteArray("{\"requirements\": {\"bpm\": 900}}") << 400 << u"bad_request"_s;
        QTest::newRow("generate: style number")
            << generate << QByteArray("{\"requirements\": {\"style\": 5}}") << 400 << u"bad_request"_s;
        QTest::newRow("generate: prompt blank")
            << generate << QByteArray("{\"prompt\": \"\"}") << 400 << u"bad_request"_s;
        QTest::newRow("generate: prompt object")
            << generate << QByteArray("{\"prompt\": {}}") << 400 << u"bad_request"_s;
        QTest::newRow("cancel: no conversation") << cancel << QByteArray("{}") << 400 << u"bad_request"_s;
        QTest::newRow("cancel: nothing running")
            << cancel << QByteArray("{\"conversation\": 3}") << 404 << u"not_found"_s;
    }

    void badInput()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpAnswer answer = post(path, body);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.errorCode(), code);
        QVERIFY(!answer.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        // Nothing was stored.
        QCOMPARE(conversationCount(), 0);
        QCOMPARE(m_server->chat()->runningCount(), 0);
        checkHistoryMatchesDisk(0);
    }

    void generateOverRestWithProgressOnTheWebSocket()
    {
        auto socket = connectWebSocket();
        QVERIFY(socket);
        FrameLog log(socket.get());
        const HttpAnswer answer = post(
            u"/api/v1/projects/generate"_s,
            QJsonObject {
                { u"requirements"_s,
                  QJsonObject { { u"style"_s, u"house"_s }, { u"bpm"_s, 124 }, { u"key"_s, u"Am"_s } } } });
        QVERIFY2(answer.status == 200, answer.body.constData());
        const QJsonObject body = answer.json();
        QCOMPARE(body.value(u"status"_s).toString(), u"ok"_s);
        const qint64 conversation = body.value(u"conversation"_s).toInteger();
        const QJsonObject version = body.value(u"version"_s).toObject();
        QCOMPARE(version.value(u"tempo"_s).toDouble(), 124.0);
        QCOMPARE(version.value(u"genre"_s).toString(), u"house"_s);
        QVERIFY(QFile::exists(body.value(u"projectPath"_s).toString()));

        // The progress reached the WebSocket client (every client hears REST generations),
        // tagged with the conversation, in order, ending with the done frame.
        const int done = log.waitFor(u"done"_s, GenerationTimeoutMs);
        QVERIFY(done >= 0);
        QCOMPARE(log.frames[done].value(u"conversation"_s).toInteger(), conversation);
        QCOMPARE(log.frames[done].value(u"versionId"_s).toInteger(), version.value(u"id"_s).toInteger());
        QStringList steps;
        double last = 0;
        for (const QJsonObject &frame : std::as_const(log.frames)) {
            if (frame.value(u"type"_s) != u"progress"_s)
                continue;
            QCOMPARE(frame.value(u"conversation"_s).toInteger(), conversation);
            QVERIFY(frame.value(u"data"_s).isObject());
            const double fraction = frame.value(u"progress"_s).toDouble();
            QVERIFY2(fraction >= last, qPrintable(QString::number(fraction)));
            last = fraction;
            if (steps.isEmpty() || steps.last() != frame.value(u"step"_s).toString())
                steps << frame.value(u"step"_s).toString();
        }
        QCOMPARE(steps.first(), u"understanding"_s);
        QVERIFY2(steps.contains(u"choosing_samples"_s) && steps.contains(u"composing"_s)
                     && steps.contains(u"writing"_s),
                 qPrintable(steps.join(u',')));
        QVERIFY(steps.indexOf(u"composing"_s) < steps.indexOf(u"writing"_s));
        QVERIFY(framesOfType(log.frames, u"delta"_s, u"content"_s).isEmpty()); // replies go to their caller

        // The set downloads by the URL given and passes the linter.
        const HttpAnswer set = get(body.value(u"downloadUrl"_s).toString());
        QCOMPARE(set.status, 200);
        QVERIFY(set.body.startsWith("\x1f\x8b"));
        const HttpAnswer zip = get(body.value(u"zipUrl"_s).toString());
        QCOMPARE(zip.status, 200);
        QVERIFY(zip.body.startsWith("PK"));
        const QString copy = m_dir->filePath(u"downloaded.als"_s);
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(set.body);
        out.close();
        MUSIAIA_REQUIRE_ALS_LINT();
        const LintReport lint = runAlsLint(copy);
        QVERIFY2(lint.ran && lint.exitCode == 0, qPrintable(lint.output));
        checkHistoryMatchesDisk(1);
    }

    void generateFromAPrompt_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<double>("tempo");
        QTest::addColumn<QString>("genre");
        QTest::newRow("spanish prompt")
            << QJsonObject { { u"prompt"_s, u"Genera un track de techno a 130 BPM en Re menor"_s } } << 130.0
            << u"techno"_s;
        QTest::newRow("english prompt")
            << QJsonObject { { u"prompt"_s, u"deep house at 120 BPM in F minor"_s } } << 120.0
            << u"deep_house"_s;
        QTest::newRow("requirements in spanish") << QJsonObject {
            { u"requirements"_s,
              QJsonObject { { u"style"_s, u"techno"_s }, { u"bpm"_s, 128 }, { u"language"_s, u"es"_s } } }
        } << 128.0 << u"techno"_s;
    }

    void generateFromAPrompt()
    {
        QFETCH(QJsonObject, body);
        QFETCH(double, tempo);
        QFETCH(QString, genre);
        const HttpAnswer answer = post(u"/api/v1/projects/generate"_s, body);
        QVERIFY2(answer.status == 200, answer.body.constData());
        const QJsonObject version = answer.json().value(u"version"_s).toObject();
        QCOMPARE(version.value(u"tempo"_s).toDouble(), tempo);
        QCOMPARE(version.value(u"genre"_s).toString(), genre);
        checkHistoryMatchesDisk(1);
    }

    void generateAnswersWhenTheRequestIsNoSong()
    {
        const HttpAnswer answer = post(u"/api/v1/projects/generate"_s,
                                       QJsonObject { { u"prompt"_s, u"hola, \u00bfqu\u00e9 tal?"_s } });
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.errorCode(), u"no_song"_s);
        checkHistoryMatchesDisk(0);
    }

    void generateWithoutWaiting()
    {
        auto socket = connectWebSocket();
        QVERIFY(socket);
        FrameLog log(socket.get());
        const HttpAnswer accepted
            = post(u"/api/v1/projects/generate"_s,
                   QJsonObject { { u"prompt"_s, u"house a 122 BPM"_s }, { u"wait"_s, false } });
        QCOMPARE(accepted.status, 202);
        const qint64 conversation = accepted.json().value(u"conversation"_s).toInteger();
        QVERIFY(conversation > 0);
        const int done = log.waitFor(u"done"_s, GenerationTimeoutMs);
        QVERIFY(done >= 0);
        QCOMPARE(log.frames[done].value(u"conversation"_s).toInteger(), conversation);
        QCOMPARE(log.frames[done].value(u"status"_s).toString(), u"ok"_s);
        const qint64 versionId = log.frames[done].value(u"versionId"_s).toInteger();
        QVERIFY(versionId > 0);
        const QJsonArray history
            = get(accepted.json().value(u"historyUrl"_s).toString()).json().value(u"history"_s).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).toObject().value(u"versionId"_s).toInteger(), versionId);
        checkHistoryMatchesDisk(1);
    }

    void chatOverTheWebSocket()
    {
        auto socket = connectWebSocket();
        QVERIFY(socket);
        FrameLog log(socket.get());
        socket->sendTextMessage(
            u"{\"type\": \"message\", \"content\": \"Genera un track de techno a 130 BPM en Re menor\"}"_s);
        const int started = log.waitFor(u"started"_s);
        QVERIFY(started >= 0);
        const qint64 conversation = log.frames[started].value(u"conversation"_s).toInteger();
        QVERIFY(conversation > 0);
        const int message = log.waitFor(u"message"_s, GenerationTimeoutMs);
        QVERIFY2(message >= 0, "no message frame");
        const int done = log.waitFor(u"done"_s, 20'000, message);
        QVERIFY(done > message);
        const int progress = log.waitFor(u"progress"_s, 0);
        QVERIFY(progress > started && progress < message);
        const int delta = log.waitFor(u"delta"_s, 0);
        QVERIFY(delta > progress && delta < message);
        const QJsonObject reply = log.frames[message];
        QVERIFY(!reply.value(u"content"_s).toString().isEmpty());
        QVERIFY(!reply.value(u"timestamp"_s).toString().isEmpty());
        QCOMPARE(reply.value(u"conversation"_s).toInteger(), conversation);
        QCOMPARE(reply.value(u"version"_s).toObject().value(u"tempo"_s).toDouble(), 130.0);
        MUSIAIA_REQUIRE_ALS_LINT();
        const LintReport lint = runAlsLint(reply.value(u"projectPath"_s).toString());
        QVERIFY2(lint.ran && lint.exitCode == 0, qPrintable(lint.output));

        // The next message goes on with the same conversation: a change is version 2 of the song.
        socket->sendTextMessage(u"{\"type\": \"message\", \"content\": \"m\u00e1s r\u00e1pido\"}"_s);
        const int second = log.waitFor(u"message"_s, GenerationTimeoutMs, done + 1);
        QVERIFY(second > done);
        QCOMPARE(log.frames[second].value(u"conversation"_s).toInteger(), conversation);
        const QJsonObject changed = log.frames[second].value(u"version"_s).toObject();
        QCOMPARE(changed.value(u"number"_s).toInt(), 2);
        QVERIFY(changed.value(u"tempo"_s).toDouble() > 130.0);
        QVERIFY(log.waitFor(u"done"_s, 20'000, second) > second);
        checkHistoryMatchesDisk(1);
        QCOMPARE(session::ProjectStore(*m_database, root()).versions(projects().first().id)->size(), 2);
    }

    void badFrames_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown type") << u"{\"type\": \"dance\"}"_s << u"bad_request"_s;
        QTest::newRow("message without content") << u"{\"type\": \"message\"}"_s << u"bad_request"_s;
        QTest::newRow("content a number") << u"{\"type\": \"message\", \"content\": 3}"_s << u"bad_request"_s;
        QTest::newRow("blank content")
            << u"{\"type\": \"message\", \"content\": \" \"}"_s << u"bad_request"_s;
        QTest::newRow("conversation text")
            << u"{\"type\": \"message\", \"content\": \"hola\", \"conversation\": \"a\"}"_s
            << u"bad_request"_s;
        QTest::newRow("unknown conversation")
            << u"{\"type\": \"message\", \"content\": \"hola\", \"conversation\": 77}"_s << u"not_found"_s;
        QTest::newRow("cancel with nothing running") << u"{\"type\": \"cancel\"}"_s << u"not_found"_s;
    }

    void badFrames()
    {
        QFETCH(QString, frame);
        QFETCH(QString, code);
        auto socket = connectWebSocket();
        QVERIFY(socket);
        FrameLog log(socket.get());
        socket->sendTextMessage(frame);
        const int error = log.waitFor(u"error"_s);
        QVERIFY(error >= 0);
        QCOMPARE(log.frames[error].value(u"error"_s).toObject().value(u"code"_s).toString(), code);
        QCOMPARE(conversationCount(), 0);
        // The connection stays usable.
        socket->sendTextMessage(u"{\"type\": \"ping\", \"id\": 1}"_s);
        QVERIFY(log.waitFor(u"pong"_s) >= 0);
    }

    void cancelStopsTheGeneration()
    {
        useGate();
        auto socket = connectWebSocket();
        QVERIFY(socket);
        FrameLog log(socket.get());
        socket->sendTextMessage(
            u"{\"type\": \"message\", \"content\": \"Genera un track de house a 124 BPM\"}"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_gate->waiting.load(), 1, GenerationTimeoutMs);
        // A second message while this one runs is refused, not queued.
        socket->sendTextMessage(u"{\"type\": \"message\", \"content\": \"hola\"}"_s);
        const int busy = log.waitFor(u"error"_s);
        QVERIFY(busy >= 0);
        QCOMPARE(log.frames[busy].value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"conversation_busy"_s);

        socket->sendTextMessage(u"{\"type\": \"cancel\"}"_s);
        const int done = log.waitFor(u"done"_s, GenerationTimeoutMs);
        QVERIFY(done >= 0);
        QCOMPARE(log.frames[done].value(u"status"_s).toString(), u"cancelled"_s);
        const int message = log.waitFor(u"message"_s, 0);
        QVERIFY(message >= 0 && message < done);
        QVERIFY(!log.frames[message].contains(u"version"_s));
        QCOMPARE(m_server->chat()->runningCount(), 0);
        checkHistoryMatchesDisk(0);
        // The conversation keeps the message and says it was stopped.
        const qint64 conversation = log.frames[done].value(u"conversation"_s).toInteger();
        const QJsonArray history = get(u"/api/v1/chat/history?conversation=%1"_s.arg(conversation))
                                       .json()
                                       .value(u"history"_s)
                                       .toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).toObject().value(u"status"_s).toString(), u"cancelled"_s);
    }

    void cancelOverRest()
    {
        useGate();
        const HttpAnswer accepted
            = post(u"/api/v1/projects/generate"_s,
                   QJsonObject { { u"prompt"_s, u"techno a 128 BPM"_s }, { u"wait"_s, false } });
        QCOMPARE(accepted.status, 202);
        const qint64 conversation = accepted.json().value(u"conversation"_s).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(m_gate->waiting.load(), 1, GenerationTimeoutMs);
        // The conversation is busy: a second message to it gets 409, one elsewhere is fine.
        const HttpAnswer busy
            = post(u"/api/v1/chat/message"_s,
                   QJsonObject { { u"message"_s, u"hola"_s }, { u"conversation"_s, conversation } });
        QCOMPARE(busy.status, 409);
        QCOMPARE(busy.errorCode(), u"conversation_busy"_s);
        QCOMPARE(post(u"/api/v1/chat/message"_s, QJsonObject { { u"message"_s, u"hola"_s } }).status, 200);

        const HttpAnswer cancelled
            = post(u"/api/v1/chat/cancel"_s, QJsonObject { { u"conversation"_s, conversation } });
        QCOMPARE(cancelled.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->chat()->runningCount(), 0, GenerationTimeoutMs);
        checkHistoryMatchesDisk(0);
    }

    void tooManyAtOnceGet503()
    {
        useGate();
        m_server->chat()->setMaxRunning(1);
        QCOMPARE(post(u"/api/v1/projects/generate"_s,
                      QJsonObject { { u"prompt"_s, u"house"_s }, { u"wait"_s, false } })
                     .status,
                 202);
        const HttpAnswer refused
            = post(u"/api/v1/chat/message"_s, QJsonObject { { u"message"_s, u"hola"_s } });
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.errorCode(), u"busy"_s);
        m_gate->open = true;
        QTRY_COMPARE_WITH_TIMEOUT(m_server->chat()->runningCount(), 0, GenerationTimeoutMs);
        checkHistoryMatchesDisk(1);
        QCOMPARE(conversationCount(), 1);
    }

    void webSocketClientLeavesMidGeneration()
    {
        useGate();
        auto socket = connectWebSocket();
        QVERIFY(socket);
        socket->sendTextMessage(
            u"{\"type\": \"message\", \"content\": \"Genera un track de house a 124 BPM en La menor\"}"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_gate->waiting.load(), 1, GenerationTimeoutMs);
        socket->abort();
        socket.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->hub()->clientCount(), 0, 20'000);
        // The app keeps answering while the song is being made, and the song is made whole.
        QCOMPARE(get(u"/api/v1/projects"_s).status, 200);
        QCOMPARE(m_server->chat()->runningCount(), 1);
        m_gate->open = true;
        QTRY_COMPARE_WITH_TIMEOUT(m_server->chat()->runningCount(), 0, GenerationTimeoutMs);
        checkHistoryMatchesDisk(1);
        // Another client is served as usual afterwards.
        auto other = connectWebSocket();
        QVERIFY(other);
        FrameLog otherLog(other.get());
        other->sendTextMessage(u"{\"type\": \"message\", \"content\": \"hola\"}"_s);
        QVERIFY(otherLog.waitFor(u"done"_s, GenerationTimeoutMs) >= 0);
    }

    void restClientLeavesMidGeneration()
    {
        useGate();
        QNetworkRequest req(url(u"/api/v1/projects/generate"_s));
        req.setRawHeader("Authorization", "Bearer " + Token.toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply
            = m_manager.post(req, QByteArray("{\"prompt\": \"Genera un track de deep house a 120 BPM\"}"));
        QTRY_COMPARE_WITH_TIMEOUT(m_gate->waiting.load(), 1, GenerationTimeoutMs);
        reply->abort();
        reply->deleteLater();
        QCOMPARE(get(u"/api/v1/chat/history"_s).status, 200);
        m_gate->open = true;
        QTRY_COMPARE_WITH_TIMEOUT(m_server->chat()->runningCount(), 0, GenerationTimeoutMs);
        checkHistoryMatchesDisk(1);
    }

    void serverStopsMidGeneration()
    {
        useGate();
        QCOMPARE(post(u"/api/v1/projects/generate"_s,
                      QJsonObject { { u"prompt"_s, u"house"_s }, { u"wait"_s, false } })
                     .status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_gate->waiting.load(), 1, GenerationTimeoutMs);
        // The app quitting (or the settings turning the API off): the generation is cancelled
        // and waited for; nothing half-written stays.
        m_server.reset();
        QCOMPARE(m_gate->waiting.load(), 0);
        checkHistoryMatchesDisk(0);
    }

    void twoClientsAtOnce()
    {
        auto first = connectWebSocket();
        auto second = connectWebSocket();
        QVERIFY(first && second);
        FrameLog firstLog(first.get());
        FrameLog secondLog(second.get());
        first->sendTextMessage(
            u"{\"type\": \"message\", \"content\": \"Genera un track de house a 124 BPM\"}"_s);
        second->sendTextMessage(
            u"{\"type\": \"message\", \"content\": \"Generate a techno track at 132 BPM\"}"_s);
        const int firstDone = firstLog.waitFor(u"done"_s, GenerationTimeoutMs);
        const int secondDone = secondLog.waitFor(u"done"_s, GenerationTimeoutMs);
        QVERIFY(firstDone >= 0 && secondDone >= 0);
        const qint64 firstConversation = firstLog.frames[firstDone].value(u"conversation"_s).toInteger();
        const qint64 secondConversation = secondLog.frames[secondDone].value(u"conversation"_s).toInteger();
        QVERIFY(firstConversation > 0 && secondConversation > 0 && firstConversation != secondConversation);
        // Each heard its own message only.
        for (const QJsonObject &frame : std::as_const(firstLog.frames))
            QCOMPARE(frame.value(u"conversation"_s).toInteger(), firstConversation);
        for (const QJsonObject &frame : std::as_const(secondLog.frames))
            QCOMPARE(frame.value(u"conversation"_s).toInteger(), secondConversation);
        QVERIFY(!framesOfType(firstLog.frames, u"progress"_s, u"step"_s).isEmpty());
        QVERIFY(!framesOfType(secondLog.frames, u"progress"_s, u"step"_s).isEmpty());
        const int firstMessage = firstLog.waitFor(u"message"_s, 0);
        const int secondMessage = secondLog.waitFor(u"message"_s, 0);
        QCOMPARE(firstLog.frames[firstMessage].value(u"version"_s).toObject().value(u"tempo"_s).toDouble(),
                 124.0);
        QCOMPARE(secondLog.frames[secondMessage].value(u"version"_s).toObject().value(u"tempo"_s).toDouble(),
                 132.0);
        checkHistoryMatchesDisk(2);
    }
};

QTEST_MAIN(TestLocalApiChat)
#include "tst_localapichat.moc"
