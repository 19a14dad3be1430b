// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia keys` and `musiaia ai-usage` as a user runs them: no keychain service (the usual
// headless case), the explicit unencrypted file, the environment override, and (inside the
// keychain sandbox, see tests/core/store/run-in-keychain-sandbox.sh) the real keychain.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

using namespace Qt::Literals::StringLiterals;

class TestKeysCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    bool m_sandbox = false;

    using Ran = musiaia::test::AppRun;

    Ran musiaia(const QStringList &arguments, const QByteArray &input = {}, const QHash<QString, QString> &variables = {})
    {
        musiaia::test::AppRunOptions options;
        options.home = m_home->path();
        options.keepSessionBus = m_sandbox;
        options.environment = variables;
        options.input = input;
        options.timeoutMs = 30000;
        return musiaia::test::runApp(arguments, options);
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
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains(u"no keychain service is running"_s));
        const Ran set = musiaia({u"keys"_s, u"set"_s, u"glm"_s}, "sk-glm-secret-0001\n");
        QCOMPARE(set.exitCode, 1);
        QVERIFY(set.err.contains(u"GLM_API_KEY"_s));
        QVERIFY(set.err.contains(u"--plain-file"_s));
        QVERIFY(!QFile::exists(plainFile()));
    }

    void plainFileIsAnExplicitChoice()
    {
        const Ran set = musiaia({u"keys"_s, u"set"_s, u"minimax"_s, u"--plain-file"_s}, "sk-mm-secret-0002\n");
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
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
        QCOMPARE(musiaia({u"keys"_s, u"clear"_s, u"minimax"_s}).exitCode, 0);
        QVERIFY(!QFile::exists(plainFile()));
    }

    void realKeychain()
    {
        if (!m_sandbox)
            QSKIP("needs the keychain sandbox (CTest runs tst_keyscli_keychain in one)");
        const Ran set = musiaia({u"keys"_s, u"set"_s, u"glm"_s}, "sk-glm-keychain-4321\n");
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY(set.out.contains(u"keychain"_s));
        QVERIFY(!QFile::exists(plainFile()));
        QVERIFY(musiaia({u"keys"_s, u"status"_s}).out.contains(u"sk-\u20264321 from keychain"_s));
        QCOMPARE(musiaia({u"keys"_s, u"clear"_s, u"glm"_s}).exitCode, 0);
        QVERIFY(musiaia({u"keys"_s, u"status"_s}).out.contains(u"glm      not set"_s));
    }

    void badArguments()
    {
        QCOMPARE(musiaia({u"keys"_s}).exitCode, 2);
        QCOMPARE(musiaia({u"keys"_s, u"set"_s, u"openai"_s}).exitCode, 2);
        QCOMPARE(musiaia({u"keys"_s, u"rotate"_s, u"glm"_s}).exitCode, 2);
        const Ran empty = musiaia({u"keys"_s, u"set"_s, u"glm"_s, u"--plain-file"_s}, "\n");
        QCOMPARE(empty.exitCode, 1);
        QVERIFY(empty.err.contains(u"empty"_s));
    }

    void usageViewStartsEmpty()
    {
        const Ran usage = musiaia({u"ai-usage"_s, u"--json"_s});
        QCOMPARE(usage.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(usage.out.toUtf8()).object();
        QCOMPARE(object.value(u"days"_s).toInt(), 30);
        QVERIFY(object.value(u"providers"_s).toArray().isEmpty());
        QCOMPARE(musiaia({u"ai-usage"_s, u"--days"_s, u"soon"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestKeysCli)
#include "tst_keyscli.moc"
