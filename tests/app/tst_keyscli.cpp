// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia keys` and `musiaia ai-usage` as a user runs them: no keychain service (the usual
// headless case), the explicit unencrypted file, the environment override, and (inside the
// keychain sandbox, see tests/core/store/run-in-keychain-sandbox.sh) the real keychain.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

using namespace Qt::Literals::StringLiterals;

class TestKeysCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    bool m_sandbox = false;

    struct Ran
    {
        int status = -1;
        QString out;
        QString err;
    };

    Ran musiaia(const QStringList &arguments, const QByteArray &input = {}, const QHash<QString, QString> &variables = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"GLM_API_KEY"_s);
        environment.remove(u"MINIMAX_API_KEY"_s);
        if (!m_sandbox)
            environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        environment.insert(u"HOME"_s, m_home->path());
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
        environment.insert(u"MUSIAIA_DATA_DIR"_s, m_home->filePath(u"data"_s));
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.start(musiaia::test::appPath(), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            process.kill();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString plainFile() const { return m_home->filePath(u"config/MusiaIA/MusiaIA/INSECURE-plaintext-api-keys.json"_s); }

private Q_SLOTS:
    void initTestCase() { m_sandbox = qEnvironmentVariable("MUSIAIA_KEYCHAIN_SANDBOX") == u"1"_s; }
    void init() { m_home = std::make_unique<QTemporaryDir>(); }

    void withoutAKeychainTheUserIsToldAndNothingIsWritten()
    {
        if (m_sandbox)
            QSKIP("a keychain runs in the sandbox");
        const Ran status = musiaia({u"keys"_s, u"status"_s});
        QCOMPARE(status.status, 0);
        QVERIFY(status.out.contains(u"no keychain service is running"_s));
        const Ran set = musiaia({u"keys"_s, u"set"_s, u"glm"_s}, "sk-glm-secret-0001\n");
        QCOMPARE(set.status, 1);
        QVERIFY(set.err.contains(u"GLM_API_KEY"_s));
        QVERIFY(set.err.contains(u"--plain-file"_s));
        QVERIFY(!QFile::exists(plainFile()));
    }

    void plainFileIsAnExplicitChoice()
    {
        const Ran set = musiaia({u"keys"_s, u"set"_s, u"minimax"_s, u"--plain-file"_s}, "sk-mm-secret-0002\n");
        QVERIFY2(set.status == 0, qPrintable(set.err));
        QVERIFY(set.out.contains(u"UNENCRYPTED"_s));
        QFile file(plainFile());
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                       | QFileDevice::WriteOther), 0);
        const Ran status = musiaia({u"keys"_s, u"status"_s});
        QVERIFY(status.out.contains(u"sk-\u20260002 from plain-file"_s));
        QVERIFY(!status.out.contains(u"secret"_s));   // never the key itself
        const Ran overridden = musiaia({u"keys"_s, u"status"_s}, {}, {{u"MINIMAX_API_KEY"_s, u"sk-env-key-9999"_s}});
        QVERIFY(overridden.out.contains(u"from environment"_s));
        QCOMPARE(musiaia({u"keys"_s, u"clear"_s, u"minimax"_s}).status, 0);
        QVERIFY(!QFile::exists(plainFile()));
    }

    void realKeychain()
    {
        if (!m_sandbox)
            QSKIP("needs the keychain sandbox (CTest runs tst_keyscli_keychain in one)");
        const Ran set = musiaia({u"keys"_s, u"set"_s, u"glm"_s}, "sk-glm-keychain-4321\n");
        QVERIFY2(set.status == 0, qPrintable(set.err));
        QVERIFY(set.out.contains(u"keychain"_s));
        QVERIFY(!QFile::exists(plainFile()));
        QVERIFY(musiaia({u"keys"_s, u"status"_s}).out.contains(u"sk-\u20264321 from keychain"_s));
        QCOMPARE(musiaia({u"keys"_s, u"clear"_s, u"glm"_s}).status, 0);
        QVERIFY(musiaia({u"keys"_s, u"status"_s}).out.contains(u"glm      not set"_s));
    }

    void badArguments()
    {
        QCOMPARE(musiaia({u"keys"_s}).status, 2);
        QCOMPARE(musiaia({u"keys"_s, u"set"_s, u"openai"_s}).status, 2);
        QCOMPARE(musiaia({u"keys"_s, u"rotate"_s, u"glm"_s}).status, 2);
        const Ran empty = musiaia({u"keys"_s, u"set"_s, u"glm"_s, u"--plain-file"_s}, "\n");
        QCOMPARE(empty.status, 1);
        QVERIFY(empty.err.contains(u"empty"_s));
    }

    void usageViewStartsEmpty()
    {
        const Ran usage = musiaia({u"ai-usage"_s, u"--json"_s});
        QCOMPARE(usage.status, 0);
        const QJsonObject object = QJsonDocument::fromJson(usage.out.toUtf8()).object();
        QCOMPARE(object.value(u"days"_s).toInt(), 30);
        QVERIFY(object.value(u"providers"_s).toArray().isEmpty());
        QCOMPARE(musiaia({u"ai-usage"_s, u"--days"_s, u"soon"_s}).status, 2);
    }
};

QTEST_GUILESS_MAIN(TestKeysCli)
#include "tst_keyscli.moc"
