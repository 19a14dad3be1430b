// SPDX-License-Identifier: GPL-3.0-or-later
// The local API over real sockets: a server on a free port over a temporary SQLite file and
// projects folder, driven by QNetworkAccessManager, raw HTTP and QWebSocket clients.
#include "apitestclient.h"

#include "api/localapiserver.h"
#include "api/websockethub.h"

#include "als/liveproject.h"
#include "session/conversationstore.h"
#include "session/projectstore.h"
#include "store/database.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QtEndian>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using namespace musiaia::test;

namespace {

const QString Token = u"test-token-0123456789abcdef-ABCDEF"_s;

// A short decaying sine, as a 16-bit mono WAV: a real file for the sample import.
QByteArray kickWav()
{
    const int rate = 44100;
    const int frames = rate / 2;
    QByteArray pcm;
    for (int i = 0; i < frames; ++i) {
        const double t = double(i) / rate;
        const double value = std::sin(2 * M_PI * (50 + 100 * std::exp(-t * 30)) * t) * std::exp(-t * 8);
        char bytes[2];
        qToLittleEndian(qint16(value * 30000), bytes);
        pcm.append(bytes, 2);
    }
    QByteArray wav = "RIFF";
    auto put32 = [&wav](quint32 v) { char b[4]; qToLittleEndian(v, b); wav.append(b, 4); };
    auto put16 = [&wav](quint16 v) { char b[2]; qToLittleEndian(v, b); wav.append(b, 2); };
    put32(quint32(36 + pcm.size()));
    wav += "WAVEfmt ";
    put32(16);
    put16(1);
    put16(1);
    put32(rate);
    put32(rate * 2);
    put16(2);
    put16(16);
    wav += "data";
    put32(quint32(pcm.size()));
    return wav + pcm;
}

} // namespace

class TestLocalApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<api::LocalApiServer> m_server;
    QNetworkAccessManager m_manager;

    QString root() const { return m_dir->filePath(u"Projects"_s); }
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_server->baseUrl().toString() + pathAndQuery); }
    HttpAnswer get(const QString &path, const QString &token = Token) { return request(m_manager, "GET", url(path), token); }
    HttpAnswer post(const QString &path, const QByteArray &body, const QString &token = Token)
    {
        return request(m_manager, "POST", url(path), token, body);
    }
    QByteArray rawGet(const QByteArray &target, const QByteArray &extra = {}) const
    {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_server->port())
               + "\r\nAuthorization: Bearer " + Token.toUtf8() + "\r\n" + extra + "\r\n";
    }

    void startServer(api::LocalApiOptions options = {})
    {
        m_server.reset();
        m_server = std::make_unique<api::LocalApiServer>(*m_database, root());
        options.token = Token;
        const auto started = m_server->start(options);
        QVERIFY_RESULT(started);
        QVERIFY(*started > 0);
    }

    // A version written as MusiaIA writes one: a Live project (real .als) committed to the history.
    Result<session::VersionInfo> addVersion(qint64 projectId, const QString &name, double tempo)
    {
        session::ProjectStore projects(*m_database, root());
        auto staged = projects.staging().create();
        if (!staged)
            return staged.error();
        als::LiveSet set;
        set.tempo = tempo;
        als::Track track;
        track.name = u"Bass"_s;
        set.tracks << track;
        const auto written = als::writeLiveProject(set, staged->path(), name);
        if (!written)
            return written.error();
        session::NewVersion version;
        version.projectId = projectId;
        version.projectName = name;
        version.prompt = u"house a %1"_s.arg(tempo);
        version.language = u"es"_s;
        version.plan = QJsonObject{{u"genre"_s, u"house"_s}, {u"tempo"_s, tempo}};
        version.provider = u"local"_s;
        version.genre = u"house"_s;
        version.tempo = tempo;
        version.keyName = u"A minor"_s;
        version.bars = 8;
        version.seconds = 8 * 4 * 60.0 / tempo;
        return projects.commitVersion(*staged, *written, version);
    }

    std::unique_ptr<QWebSocket> openWebSocket(const QUrl &wsUrl, const QByteArray &authorization, const QByteArray &origin,
                                              bool *connected)
    {
        auto socket = std::make_unique<QWebSocket>();
        QNetworkRequest req(wsUrl);
        if (!authorization.isEmpty())
            req.setRawHeader("Authorization", authorization);
        if (!origin.isEmpty())
            req.setRawHeader("Origin", origin);
        QSignalSpy opened(socket.get(), &QWebSocket::connected);
        QSignalSpy closed(socket.get(), &QWebSocket::disconnected);
        socket->open(req);
        for (int i = 0; i < 400 && opened.isEmpty() && closed.isEmpty(); ++i)
            QTest::qWait(10);
        *connected = !opened.isEmpty() && socket->state() == QAbstractSocket::ConnectedState;
        return socket;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<store::Database>(m_dir->filePath(u"musiaia.sqlite"_s));
        QVERIFY_RESULT(m_database->open());
        QDir().mkpath(root());
        m_manager.clearConnectionCache();
        startServer();
    }

    void cleanup()
    {
        m_server.reset();
        QTest::qWait(20);   // sockets deleted later
        m_database->closeThreadConnection();
        m_database.reset();
        m_dir.reset();
    }

    void listensOnLoopbackOnly()
    {
        QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
        QTcpSocket other;
        // Not reachable on another local address of this machine: it is bound to 127.0.0.1.
        other.connectToHost(QHostAddress(u"127.0.0.2"_s), m_server->port());
        QVERIFY(!other.waitForConnected(1000) || other.state() != QAbstractSocket::ConnectedState);
    }

    void refusesToStartWithoutToken()
    {
        api::LocalApiServer server(*m_database, root());
        QCOMPARE(server.start({}).errorCode(), ErrorCode::InvalidArgument);
        QVERIFY(!server.isListening());
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("none") << QByteArray() << 401;
        QTest::newRow("empty bearer") << QByteArray("Bearer ") << 401;
        QTest::newRow("wrong") << QByteArray("Bearer not-the-token") << 401;
        QTest::newRow("prefix of the token") << ("Bearer " + Token.left(10).toUtf8()) << 401;
        QTest::newRow("token plus more") << ("Bearer " + Token.toUtf8() + "x") << 401;
        QTest::newRow("basic scheme") << ("Basic " + Token.toUtf8()) << 401;
        QTest::newRow("right") << ("Bearer " + Token.toUtf8()) << 200;
        QTest::newRow("right, lower-case scheme") << ("bearer " + Token.toUtf8()) << 200;
    }

    void authentication()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpAnswer answer = request(m_manager, "GET", url(u"/api/v1/projects"_s), QString(), {}, headers);
        QCOMPARE(answer.status, status);
        if (status == 401) {
            QCOMPARE(answer.errorCode(), u"unauthorized"_s);
            QVERIFY(!answer.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
            QVERIFY(answer.header("WWW-Authenticate").startsWith("Bearer"));
        }
    }

    void everyRouteNeedsTheToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("projects") << QByteArray("GET") << u"/api/v1/projects"_s;
        QTest::newRow("project") << QByteArray("GET") << u"/api/v1/projects/1"_s;
        QTest::newRow("download") << QByteArray("GET") << u"/api/v1/projects/1/download"_s;
        QTest::newRow("samples") << QByteArray("GET") << u"/api/v1/samples"_s;
        QTest::newRow("import") << QByteArray("POST") << u"/api/v1/samples/import"_s;
        QTest::newRow("history") << QByteArray("GET") << u"/api/v1/chat/history"_s;
        QTest::newRow("message") << QByteArray("POST") << u"/api/v1/chat/message"_s;
        QTest::newRow("generate") << QByteArray("POST") << u"/api/v1/projects/generate"_s;
        QTest::newRow("unknown route") << QByteArray("GET") << u"/api/v1/nothing"_s;
    }

    void everyRouteNeedsTheToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const HttpAnswer answer = request(m_manager, method, url(path), QString(), method == "POST" ? "{}" : QByteArray());
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), u"unauthorized"_s);
    }

    void projectsEmpty()
    {
        const HttpAnswer answer = get(u"/api/v1/projects"_s);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.header("Content-Type").startsWith("application/json"));
        QCOMPARE(answer.json().value(u"projects"_s).toArray().size(), 0);
    }

    void projectsAndVersions()
    {
        const auto first = addVersion(0, u"Night Drive"_s, 124);
        QVERIFY_RESULT(first);
        const auto second = addVersion(first->projectId, u"Night Drive"_s, 128);
        QVERIFY_RESULT(second);
        const auto other = addVersion(0, u"Other Song"_s, 90);
        QVERIFY_RESULT(other);

        HttpAnswer answer = get(u"/api/v1/projects"_s);
        QCOMPARE(answer.status, 200);
        const QJsonArray projects = answer.json().value(u"projects"_s).toArray();
        QCOMPARE(projects.size(), 2);

        answer = get(u"/api/v1/projects?q=night"_s);
        QCOMPARE(answer.json().value(u"projects"_s).toArray().size(), 1);
        QCOMPARE(get(u"/api/v1/projects?limit=0"_s).status, 400);
        QCOMPARE(get(u"/api/v1/projects?limit=abc"_s).status, 400);
        QCOMPARE(get(u"/api/v1/projects?limit=1"_s).json().value(u"projects"_s).toArray().size(), 1);

        answer = get(u"/api/v1/projects/%1"_s.arg(first->projectId));
        QCOMPARE(answer.status, 200);
        const QJsonObject project = answer.json().value(u"project"_s).toObject();
        QCOMPARE(project.value(u"name"_s).toString(), u"Night Drive"_s);
        const QJsonArray versions = project.value(u"versions"_s).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).toObject().value(u"number"_s).toInt(), 1);
        QCOMPARE(versions.at(1).toObject().value(u"number"_s).toInt(), 2);
        QCOMPARE(versions.at(1).toObject().value(u"downloadUrl"_s).toString(),
                 u"/api/v1/projects/%1/download?version=2"_s.arg(first->projectId));

        QCOMPARE(get(u"/api/v1/projects/999"_s).status, 404);
        QCOMPARE(get(u"/api/v1/projects/999"_s).errorCode(), u"not_found"_s);
    }

    void downloadSet()
    {
        const auto first = addVersion(0, u"Night Drive"_s, 124);
        QVERIFY_RESULT(first);
        const auto second = addVersion(first->projectId, u"Night Drive"_s, 128);
        QVERIFY_RESULT(second);

        auto readFile = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        HttpAnswer answer = get(u"/api/v1/projects/%1/download"_s.arg(first->projectId));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/octet-stream"));
        QVERIFY(answer.header("Content-Disposition").contains("Night Drive v2.als"));
        QCOMPARE(answer.body, readFile(second->setPath));

        answer = get(u"/api/v1/projects/%1/download?version=1"_s.arg(first->projectId));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, readFile(first->setPath));
        QVERIFY(answer.body != readFile(second->setPath));

        // What came over the wire is a Live Set that passes the linter.
        if (!alsLintPath().isEmpty()) {
            const QString copy = m_dir->filePath(u"downloaded.als"_s);
            QFile out(copy);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(answer.body);
            out.close();
            const LintReport lint = runAlsLint(copy);
            QVERIFY2(lint.ran && lint.exitCode == 0, qPrintable(lint.output));
        }

        QCOMPARE(get(u"/api/v1/projects/%1/download?version=7"_s.arg(first->projectId)).status, 404);
        QCOMPARE(get(u"/api/v1/projects/%1/download?format=rar"_s.arg(first->projectId)).status, 400);
        QCOMPARE(get(u"/api/v1/projects/4242/download"_s).status, 404);
    }

    void downloadZip()
    {
        const auto version = addVersion(0, u"Zip Song"_s, 120);
        QVERIFY_RESULT(version);
        // A link out of the project folder must not be followed into the archive.
        QFile secret(m_dir->filePath(u"secret.txt"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("not for the archive");
        secret.close();
        QVERIFY(QFile::link(secret.fileName(), QDir(version->folder).filePath(u"link.txt"_s)));

        const HttpAnswer answer = get(u"/api/v1/projects/%1/download?format=zip"_s.arg(version->projectId));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/zip"));
        QVERIFY(answer.header("Content-Disposition").contains(".zip"));
        const QString zipPath = m_dir->filePath(u"download.zip"_s);
        QFile out(zipPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(answer.body);
        out.close();

        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is needed to read the archive back");
        QProcess check;
        check.start(python, {u"-c"_s,
                             u"import sys, zipfile\n"
                             "z = zipfile.ZipFile(sys.argv[1])\n"
                             "bad = z.testzip()\n"
                             "assert bad is None, bad\n"
                             "for n in z.namelist(): print(n)\n"
                             "als = [n for n in z.namelist() if n.endswith('.als')][0]\n"
                             "data = z.read(als)\n"
                             "assert data[:2] == b'\\x1f\\x8b', 'not a gzip set'\n"_s,
                             zipPath});
        QVERIFY(check.waitForFinished(30'000));
        const QString listing = QString::fromUtf8(check.readAllStandardOutput());
        QVERIFY2(check.exitCode() == 0, qPrintable(QString::fromUtf8(check.readAllStandardError())));
        const QString folderName = QFileInfo(version->folder).fileName();
        QVERIFY2(listing.contains(folderName + u'/' + QFileInfo(version->setPath).fileName()), qPrintable(listing));
        QVERIFY2(listing.contains(folderName + u"/Ableton Project Info/"_s), qPrintable(listing));
        QVERIFY2(!listing.contains(u"link.txt"_s), qPrintable(listing));
    }

    void traversalIsNotFound_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("dot-dot") << QByteArray("/api/v1/projects/1/../../../../etc/passwd");
        QTest::newRow("dot-dot download") << QByteArray("/api/v1/projects/../../etc/passwd/download");
        QTest::newRow("encoded dot-dot") << QByteArray("/api/v1/projects/%2e%2e/%2e%2e/etc/passwd");
        QTest::newRow("encoded slashes") << QByteArray("/api/v1/projects/..%2F..%2Fetc%2Fpasswd/download");
        QTest::newRow("encoded upper") << QByteArray("/api/v1/projects/%2E%2E%2F%2E%2E/download");
        QTest::newRow("absolute path as id") << QByteArray("/api/v1/projects/%2Fetc%2Fpasswd/download");
        QTest::newRow("absolute path") << QByteArray("/etc/passwd");
        QTest::newRow("double slash") << QByteArray("//etc/passwd");
        QTest::newRow("id then dot-dot") << QByteArray("/api/v1/projects/1%2F..%2F..%2Fsecret.txt/download");
        QTest::newRow("version dot-dot") << QByteArray("/api/v1/projects/1/download?version=../../secret.txt");
        QTest::newRow("version absolute") << QByteArray("/api/v1/projects/1/download?version=%2Fetc%2Fpasswd");
        QTest::newRow("leading zeros") << QByteArray("/api/v1/projects/0001");
        QTest::newRow("negative id") << QByteArray("/api/v1/projects/-1");
        QTest::newRow("backslashes") << QByteArray("/api/v1/projects/..\\..\\secret.txt/download");
    }

    void traversalIsNotFound()
    {
        QFETCH(QByteArray, target);
        QVERIFY_RESULT(addVersion(0, u"Song"_s, 120));
        const HttpAnswer answer = rawRequest(m_server->port(), rawGet(target));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.errorCode(), u"not_found"_s);
        QVERIFY(!answer.body.contains("root:"));
    }

    void errors()
    {
        HttpAnswer answer = get(u"/api/v1/unknown"_s);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.errorCode(), u"not_found"_s);

        answer = request(m_manager, "DELETE", url(u"/api/v1/projects"_s), Token);
        QCOMPARE(answer.status, 405);
        QCOMPARE(answer.errorCode(), u"method_not_allowed"_s);
        QCOMPARE(answer.header("Allow"), QByteArray("GET"));
        QCOMPARE(post(u"/api/v1/chat/history"_s, "{}").status, 405);
        QCOMPARE(get(u"/api/v1/samples/import"_s).status, 405);

        answer = post(u"/api/v1/samples/import"_s, "{\"folder\": ");
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorCode(), u"bad_request"_s);
        QVERIFY(answer.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"JSON"_s));
        QCOMPARE(post(u"/api/v1/samples/import"_s, "[1, 2]").status, 400);
        QCOMPARE(post(u"/api/v1/samples/import"_s, "{}").status, 400);
        QCOMPARE(post(u"/api/v1/samples/import"_s, "{\"folder\": \"relative/path\"}").status, 400);
        QCOMPARE(post(u"/api/v1/samples/import"_s, "{\"folder\": \"/no/such/folder\"}").status, 400);

        // A plain GET of the WebSocket route says what it needs.
        QCOMPARE(get(u"/ws/chat"_s).status, 426);
    }

    void oversizedBodies()
    {
        api::LocalApiOptions options;
        options.maxBodyBytes = 64 * 1024;
        startServer(options);
        // Declared up front: refused before the body is read.
        HttpAnswer answer = rawRequest(m_server->port(),
                                       "POST /api/v1/samples/import HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                                           + Token.toUtf8() + "\r\nContent-Length: 104857600\r\n\r\n{");
        QCOMPARE(answer.status, 413);
        QCOMPARE(answer.errorCode(), u"payload_too_large"_s);

        // Over the cap but within the slack: read, then refused by the dispatcher.
        const QByteArray body = "{\"folder\": \"" + QByteArray(100 * 1024, 'a') + "\"}";
        answer = post(u"/api/v1/samples/import"_s, body);
        QCOMPARE(answer.status, 413);
        QCOMPARE(answer.errorCode(), u"payload_too_large"_s);

        // A second request on a kept-alive connection that streams far past the cap.
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(rawGet("/api/v1/projects"));
        QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 && socket.peek(4096).contains("\r\n\r\n"), 5000);
        QTest::qWait(50);
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
        socket.write("POST /api/v1/samples/import HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + Token.toUtf8()
                     + "\r\nTransfer-Encoding: chunked\r\n\r\n");
        QByteArray received;
        for (int i = 0; i < 64 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write("4000\r\n" + QByteArray(0x4000, 'x') + "\r\n");
            socket.waitForBytesWritten(1000);
            QTest::qWait(10);
            received += socket.readAll();
        }
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() != QAbstractSocket::ConnectedState, 5000);
        received += socket.readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 413"), received.left(200).constData());

        // The server goes on answering.
        QCOMPARE(get(u"/api/v1/projects"_s).status, 200);
    }

    void bodyNearTheCapIsAccepted()
    {
        api::LocalApiOptions options;
        options.maxBodyBytes = 256 * 1024;
        startServer(options);
        // 200 KiB, arriving in many segments, is under the cap: it reaches the route (400: not a folder).
        const QByteArray body = "{\"folder\": \"/" + QByteArray(200 * 1024, 'a') + "\"}";
        const HttpAnswer answer = post(u"/api/v1/samples/import"_s, body);
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"not a folder"_s));
    }

    void tooManyRequests()
    {
        api::LocalApiOptions options;
        options.rateBurst = 5;
        options.ratePerSecond = 0.01;
        startServer(options);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(get(u"/api/v1/projects"_s).status, 200);
        const HttpAnswer answer = get(u"/api/v1/projects"_s);
        QCOMPARE(answer.status, 429);
        QCOMPARE(answer.errorCode(), u"too_many_requests"_s);
        QVERIFY(answer.header("Retry-After").toInt() >= 1);
        // Wrong tokens use up the bucket too: guessing is slow.
        QCOMPARE(get(u"/api/v1/projects"_s, u"wrong"_s).status, 429);
    }

    void browserOrigins()
    {
        const QByteArray own = "http://127.0.0.1:" + QByteArray::number(m_server->port());
        HttpAnswer answer = request(m_manager, "GET", url(u"/api/v1/projects"_s), Token, {}, {{"Origin", own}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Access-Control-Allow-Origin"), own);
        answer = request(m_manager, "GET", url(u"/api/v1/projects"_s), Token, {}, {{"Origin", "https://evil.example"}});
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.errorCode(), u"forbidden"_s);
        // A rebinding page's name as Host.
        answer = rawRequest(m_server->port(), "GET /api/v1/projects HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer "
                                                  + Token.toUtf8() + "\r\n\r\n");
        QCOMPARE(answer.status, 403);
    }

    void webSocketAuthentication_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none") << QByteArray() << QString() << false;
        QTest::newRow("wrong header") << QByteArray("Bearer nope") << QString() << false;
        QTest::newRow("wrong query") << QByteArray() << u"token=nope"_s << false;
        QTest::newRow("right header") << ("Bearer " + Token.toUtf8()) << QString() << true;
        QTest::newRow("right query") << QByteArray() << (u"token="_s + Token) << true;
    }

    void webSocketAuthentication()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, query);
        QFETCH(bool, accepted);
        QUrl wsUrl = m_server->webSocketUrl();
        wsUrl.setQuery(query);
        bool connected = false;
        auto socket = openWebSocket(wsUrl, authorization, {}, &connected);
        QCOMPARE(connected, accepted);
        QTRY_COMPARE(m_server->hub()->clientCount(), accepted ? 1 : 0);

        // The refusal is an HTTP answer with a JSON body, before any upgrade.
        if (!accepted) {
            const HttpAnswer answer = rawRequest(
                m_server->port(), "GET /ws/chat" + (query.isEmpty() ? QByteArray() : "?" + query.toUtf8())
                                      + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                                      + (authorization.isEmpty() ? QByteArray() : "Authorization: " + authorization + "\r\n")
                                      + "\r\n");
            QCOMPARE(answer.status, 401);
            QCOMPARE(answer.errorCode(), u"unauthorized"_s);
        }
    }

    void webSocketOrigins_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("no origin (a program)") << QByteArray() << true;
        QTest::newRow("this server's page") << QByteArray("http://127.0.0.1:%1") << true;
        QTest::newRow("localhost page") << QByteArray("http://localhost:%1") << true;
        QTest::newRow("another site") << QByteArray("https://evil.example") << false;
        QTest::newRow("another local port") << QByteArray("http://127.0.0.1:1") << false;
        QTest::newRow("null origin") << QByteArray("null") << false;
    }

    void webSocketOrigins()
    {
        QFETCH(QByteArray, origin);
        QFETCH(bool, accepted);
        origin.replace("%1", QByteArray::number(m_server->port()));
        bool connected = false;
        auto socket = openWebSocket(m_server->webSocketUrl(), "Bearer " + Token.toUtf8(), origin, &connected);
        QCOMPARE(connected, accepted);
        if (!accepted) {
            const HttpAnswer answer = rawRequest(
                m_server->port(), "GET /ws/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: "
                                      + origin + "\r\nAuthorization: Bearer " + Token.toUtf8() + "\r\n\r\n");
            QCOMPARE(answer.status, 403);
            QCOMPARE(answer.errorCode(), u"forbidden"_s);
        }
        // Every connection is let go of when its client leaves.
        socket.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->hub()->clientCount(), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 5000);
    }

    void webSocketFrames()
    {
        bool connected = false;
        auto socket = openWebSocket(m_server->webSocketUrl(), "Bearer " + Token.toUtf8(), {}, &connected);
        QVERIFY(connected);
        FrameLog log(socket.get());
        socket->sendTextMessage(u"{\"type\": \"ping\", \"id\": 7}"_s);
        const int pong = log.waitFor(u"pong"_s);
        QVERIFY(pong >= 0);
        QCOMPARE(log.frames[pong].value(u"id"_s).toInt(), 7);
        socket->sendTextMessage(u"not json"_s);
        const int error = log.waitFor(u"error"_s);
        QVERIFY(error >= 0);
        QCOMPARE(log.frames[error].value(u"error"_s).toObject().value(u"code"_s).toString(), u"bad_request"_s);
        // Upgrades elsewhere than /ws/chat are not found.
        bool elsewhere = true;
        QUrl other = m_server->webSocketUrl();
        other.setPath(u"/ws/other"_s);
        auto refused = openWebSocket(other, "Bearer " + Token.toUtf8(), {}, &elsewhere);
        QVERIFY(!elsewhere);
    }

    void sampleImportOverTheApi()
    {
        bool connected = false;
        auto socket = openWebSocket(m_server->webSocketUrl(), "Bearer " + Token.toUtf8(), {}, &connected);
        QVERIFY(connected);
        FrameLog log(socket.get());

        const QString folder = m_dir->filePath(u"Samples"_s);
        QVERIFY(QDir().mkpath(folder + u"/Drums"_s));
        for (const QString &name : {u"Kick 01.wav"_s, u"Kick 02.wav"_s}) {
            QFile file(QDir(folder + u"/Drums"_s).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(kickWav());
        }
        const HttpAnswer started = post(u"/api/v1/samples/import"_s,
                                        QJsonDocument(QJsonObject{{u"folder"_s, folder}}).toJson());
        QCOMPARE(started.status, 202);
        const qint64 job = started.json().value(u"job"_s).toObject().value(u"id"_s).toInteger();
        QVERIFY(job > 0);
        const int done = log.waitFor(u"import_done"_s, 60'000);
        if (done < 0) {
            for (const QJsonObject &frame : std::as_const(log.frames))
                qWarning() << frame;
        }
        QVERIFY2(done >= 0, "no import_done frame");
        QCOMPARE(log.frames[done].value(u"job"_s).toInteger(), job);
        QCOMPARE(log.frames[done].value(u"report"_s).toObject().value(u"added"_s).toInt(), 2);

        const HttpAnswer status = get(u"/api/v1/samples/import/%1"_s.arg(job));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json().value(u"job"_s).toObject().value(u"state"_s).toString(), u"finished"_s);
        QCOMPARE(get(u"/api/v1/samples/import/9999"_s).status, 404);

        HttpAnswer samples = get(u"/api/v1/samples"_s);
        QCOMPARE(samples.status, 200);
        QCOMPARE(samples.json().value(u"samples"_s).toArray().size(), 2);
        samples = get(u"/api/v1/samples?q=kick&limit=1"_s);
        QCOMPARE(samples.json().value(u"samples"_s).toArray().size(), 1);
        QVERIFY(samples.json().value(u"samples"_s).toArray().at(0).toObject().value(u"name"_s).toString().startsWith(u"Kick"_s));
        QCOMPARE(get(u"/api/v1/samples?q=nothingmatches"_s).json().value(u"samples"_s).toArray().size(), 0);
        QCOMPARE(get(u"/api/v1/samples?key=H%23x"_s).status, 400);
        QCOMPARE(get(u"/api/v1/samples?bpm=fast"_s).status, 400);
        QCOMPARE(get(u"/api/v1/samples?kind=sometimes"_s).status, 400);
        QCOMPARE(get(u"/api/v1/samples?type=kick&kind=one-shot&bpm=60-200&key=Am&compatible=1"_s).status, 200);
        QCOMPARE(get(u"/api/v1/samples?folder_id=77"_s).status, 404);
    }

    void history()
    {
        HttpAnswer answer = get(u"/api/v1/chat/history"_s);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.json().value(u"conversation"_s).isNull());
        QCOMPARE(answer.json().value(u"history"_s).toArray().size(), 0);

        session::ConversationStore conversations(*m_database);
        const auto conversation = conversations.create(u"House"_s, u"es"_s);
        QVERIFY_RESULT(conversation);
        session::MessageRecord message;
        message.conversationId = conversation->id;
        message.content = u"Genera un track de house a 124 BPM en La menor"_s;
        QVERIFY_RESULT(conversations.addMessage(message));
        message.role = session::MessageRecord::Role::Assistant;
        message.content = u"Hecho."_s;
        QVERIFY_RESULT(conversations.addMessage(message));

        answer = get(u"/api/v1/chat/history"_s);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(u"conversation"_s).toObject().value(u"id"_s).toInteger(), conversation->id);
        const QJsonArray messages = answer.json().value(u"history"_s).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(u"content"_s).toString(), message.content.isEmpty() ? QString() :
                 u"Genera un track de house a 124 BPM en La menor"_s);
        QCOMPARE(get(u"/api/v1/chat/history?limit=1"_s).json().value(u"history"_s).toArray().size(), 1);
        QCOMPARE(get(u"/api/v1/chat/history?conversation=%1"_s.arg(conversation->id)).status, 200);
        QCOMPARE(get(u"/api/v1/chat/history?conversation=999"_s).status, 404);
        QCOMPARE(get(u"/api/v1/chat/conversations"_s).json().value(u"conversations"_s).toArray().size(), 1);
    }

    void concurrentClients()
    {
        QVERIFY_RESULT(addVersion(0, u"Song"_s, 120));
        constexpr int Clients = 8;
        constexpr int Each = 12;
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QList<QNetworkReply *> replies;
        for (int c = 0; c < Clients; ++c) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            for (int i = 0; i < Each; ++i) {
                QNetworkRequest req(url(i % 2 ? u"/api/v1/projects"_s : u"/api/v1/projects/1"_s));
                req.setRawHeader("Authorization", "Bearer " + Token.toUtf8());
                replies.append(managers.back()->get(req));
            }
        }
        // WebSocket clients at the same time, each getting every broadcast.
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        std::vector<std::unique_ptr<FrameLog>> logs;
        for (int c = 0; c < 4; ++c) {
            bool connected = false;
            sockets.push_back(openWebSocket(m_server->webSocketUrl(), "Bearer " + Token.toUtf8(), {}, &connected));
            QVERIFY(connected);
            logs.push_back(std::make_unique<FrameLog>(sockets.back().get()));
        }
        m_server->hub()->broadcast({{u"type"_s, u"progress"_s}, {u"step"_s, u"composing"_s}, {u"progress"_s, 0.5}});
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
                                 30'000);
        for (QNetworkReply *reply : std::as_const(replies))
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        for (auto &log : logs)
            QVERIFY(log->waitFor(u"progress"_s) >= 0);
    }

    void slowWebSocketClientDoesNotHoldOthers()
    {
        api::LocalApiOptions options;
        options.webSocket.softQueueBytes = 64 * 1024;
        options.webSocket.hardQueueBytes = 512 * 1024;
        startServer(options);

        // A client that upgrades and then never reads.
        QTcpSocket stalled;
        stalled.setReadBufferSize(1);
        stalled.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(stalled.waitForConnected(5000));
        stalled.write("GET /ws/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer "
                      + Token.toUtf8() + "\r\n\r\n");
        QTRY_COMPARE(m_server->hub()->clientCount(), 1);

        bool connected = false;
        auto reader = openWebSocket(m_server->webSocketUrl(), "Bearer " + Token.toUtf8(), {}, &connected);
        QVERIFY(connected);
        FrameLog log(reader.get());
        QTRY_COMPARE(m_server->hub()->clientCount(), 2);

        const QString filler(4096, u'x');
        for (int i = 0; i < 4000; ++i) {
            m_server->hub()->broadcast({{u"type"_s, u"delta"_s}, {u"content"_s, filler}}, api::WebSocketHub::Delivery::Droppable);
            if (i % 50 == 0)
                QTest::qWait(1);   // let the reader's socket drain
        }
        m_server->hub()->broadcast({{u"type"_s, u"done"_s}});
        QVERIFY(log.waitFor(u"done"_s, 30'000) >= 0);
        // Frames were dropped for the client that does not read, never for the one that does
        // more than it could absorb; essential frames past the hard bound disconnect it.
        QVERIFY(m_server->hub()->droppedFrames() > 0);
        for (int i = 0; i < 400 && m_server->hub()->clientCount() > 1; ++i)
            m_server->hub()->broadcast({{u"type"_s, u"message"_s}, {u"content"_s, filler}});
        QTRY_COMPARE(m_server->hub()->clientCount(), 1);
        QCOMPARE(get(u"/api/v1/projects"_s).status, 200);
    }

    void stopAndRestart()
    {
        const quint16 port = m_server->port();
        m_server->stop();
        QVERIFY(!m_server->isListening());
        QTest::qWait(20);
        QCOMPARE(rawRequest(port, rawGet("/api/v1/projects"), 1000).status, 0);
        api::LocalApiOptions options;
        options.token = Token;
        QVERIFY_RESULT(m_server->start(options));
        m_manager.clearConnectionCache();
        QCOMPARE(get(u"/api/v1/projects"_s).status, 200);
    }
};

QTEST_MAIN(TestLocalApi)
#include "tst_localapi.moc"
