// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));   // verbs must not need a display
        process.setProcessEnvironment(environment);
        process.start(musiaia::test::appPath(), arguments);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void version_printsVersion()
    {
        const Run result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("MusiaIA ")), qPrintable(result.out));
    }

    void help_listsUsage()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("Usage: musiaia")));
        QVERIFY(result.out.contains(QStringLiteral("--log-json")));
    }

    void unknownVerb_failsWithUsage()
    {
        const Run result = run({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("unknown verb")));
    }

    void logJson_writesStartEvent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString log = dir.filePath(QStringLiteral("musiaia.jsonl"));
        const Run result = run({QStringLiteral("--log-json"), log, QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        QCOMPARE(line.value(QStringLiteral("category")).toString(), QStringLiteral("musiaia.app"));
        QVERIFY(!line.value(QStringLiteral("version")).toString().isEmpty());
    }

    void logJson_unwritable_fails()
    {
        const Run result = run({QStringLiteral("--log-json"), QStringLiteral("/nonexistent/dir/log"),
                                QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("JSON log")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
