// SPDX-License-Identifier: GPL-3.0-or-later
// The real OS keychain through QtKeychain. CTest runs this inside a private D-Bus session with a
// gnome-keyring daemon (see CMakeLists.txt) when both are installed; elsewhere it skips.
#include "store/secrets.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace musiaia::store;

namespace {
template<typename T>
T waitFor(QFuture<T> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 20000))
        qFatal("the keychain did not answer in 20 s");
    return future.result();
}
} // namespace

class TestSystemKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariable("MUSIAIA_KEYCHAIN_SANDBOX") != u"1"_s)
            QSKIP("needs a private keychain: run through CTest (dbus-run-session + gnome-keyring-daemon)");
    }

    void storeReadRemoveInTheRealKeychain()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(u"plain.json"_s);
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString service = u"MusiaIA-test-%1"_s.arg(QCoreApplication::applicationPid());
        {
            Secrets secrets(makeSystemKeychain(service, environment), plain, {});
            QCOMPARE(waitFor(secrets.probeKeychain()), KeychainState::Available);
            const auto stored = waitFor(secrets.store(SecretId::MiniMaxApiKey, u"sk-api-real-keychain"_s));
            QVERIFY_RESULT(stored);
            QCOMPARE(stored->keptIn, SecretSource::Keychain);
        }
        Secrets later(makeSystemKeychain(service, environment), plain, {});
        const auto read = waitFor(later.read(SecretId::MiniMaxApiKey));
        QVERIFY_RESULT(read);
        QCOMPARE(read->value, u"sk-api-real-keychain"_s);
        QCOMPARE(read->source, SecretSource::Keychain);
        QVERIFY_RESULT(waitFor(later.remove(SecretId::MiniMaxApiKey)));
        const auto gone = waitFor(later.read(SecretId::MiniMaxApiKey));
        QVERIFY_RESULT(gone);
        QVERIFY(!gone->isSet());
        QVERIFY(!QFile::exists(plain));
    }
};

QTEST_GUILESS_MAIN(TestSystemKeychain)
#include "tst_systemkeychain.moc"
