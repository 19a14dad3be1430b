// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia serve` as a user runs it: it prints where it listens and where the token is, answers
// with the token (and 401 without), warns when it listens beyond this computer, and stops on SIGTERM.
#include "apitestclient.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestServeCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    void startServe(QProcess &process, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // No keychain service: the token lasts for the run and is printed.
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        environment.insert(u"XDG_RUNTIME_DIR"_s, m_home.filePath(u"run"_s));
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"MUSIAIA_DATA_DIR"_s, m_home.filePath(u"data"_s));
        environment.remove(u"QT_QPA_PLATFORM"_s);
        process.setProcessEnvironment(environment);
        process.start(musiaia::test::appPath(), QStringList{u"serve"_s} + arguments);
        QVERIFY(process.waitForStarted());
    }

    // Reads stdout until the token line; the base URL and the token.
    std::pair<QString, QString> readBanner(QProcess &process)
    {
        QString text;
        for (int i = 0; i < 300 && !text.contains(u"Ctrl+C"_s); ++i) {
            process.waitForReadyRead(100);
            text += QString::fromUtf8(process.readAllStandardOutput());
        }
        const auto url = QRegularExpression(u"local API: (http://[^ \\n]+)/api/v1"_s).match(text);
        const auto token = QRegularExpression(u"Token value: (\\S+)"_s).match(text);
        return {url.captured(1), token.captured(1)};
    }

private Q_SLOTS:
    void servesWithTheToken()
    {
        QProcess process;
        startServe(process, {u"--port"_s, u"0"_s, u"--print-token"_s});
        const auto [base, token] = readBanner(process);
        QVERIFY2(base.startsWith(u"http://127.0.0.1:"_s), qPrintable(base));
        QCOMPARE(token.size(), 43);

        QNetworkAccessManager manager;
        auto answer = musiaia::test::request(manager, "GET", QUrl(base + u"/api/v1/projects"_s), token);
        QCOMPARE(answer.status, 200);
        answer = musiaia::test::request(manager, "GET", QUrl(base + u"/api/v1/projects"_s), QString());
        QCOMPARE(answer.status, 401);

        process.terminate();
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"stopped"_s));
    }

    // A song asked for through `musiaia serve` is made as the window's chat makes it: a whole
    // version in the history and the projects folder, a set that als-lint accepts.
    void makesASong()
    {
        QProcess process;
        startServe(process, {u"--port"_s, u"0"_s, u"--print-token"_s});
        const auto [base, token] = readBanner(process);
        QVERIFY2(!token.isEmpty(), qPrintable(base));

        QNetworkAccessManager manager;
        const auto answer = musiaia::test::request(manager, "POST", QUrl(base + u"/api/v1/projects/generate"_s), token,
                                                   R"({"prompt": "Genera un track de house a 124 BPM en La menor"})",
                                                   {}, 240'000);
        QVERIFY2(answer.status == 200, answer.body.constData());
        const QJsonObject body = answer.json();
        QCOMPARE(body.value(u"version"_s).toObject().value(u"tempo"_s).toDouble(), 124.0);
        const QString setPath = body.value(u"projectPath"_s).toString();
        QVERIFY2(setPath.startsWith(m_home.path()), qPrintable(setPath));
        QVERIFY(QFile::exists(setPath));
        const auto listed = musiaia::test::request(manager, "GET", QUrl(base + u"/api/v1/projects"_s), token);
        QCOMPARE(listed.json().value(u"count"_s).toInt(), 1);

        process.terminate();
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitCode(), 0);
        MUSIAIA_REQUIRE_ALS_LINT();
        const musiaia::test::LintReport lint = musiaia::test::runAlsLint(setPath);
        QVERIFY2(lint.ran && lint.exitCode == 0, qPrintable(lint.output));
    }

    void warnsBeyondThisComputer()
    {
        QProcess process;
        startServe(process, {u"--port"_s, u"0"_s, u"--listen"_s, u"0.0.0.0"_s});
        const auto [base, token] = readBanner(process);
        QVERIFY(!base.isEmpty());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"WARNING"_s) && err.contains(u"other computers"_s), qPrintable(err));
        process.terminate();
        QVERIFY(process.waitForFinished(10'000));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port word") << QStringList{u"--port"_s, u"abc"_s};
        QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s};
        QTest::newRow("address") << QStringList{u"--listen"_s, u"my-computer"_s};
        QTest::newRow("stray argument") << QStringList{u"now"_s};
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        startServe(process, arguments);
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_MAIN(TestServeCli)
#include "tst_servecli.moc"
