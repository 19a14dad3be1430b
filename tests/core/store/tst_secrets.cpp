// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/logging.h"
#include "store/secrets.h"
#include "store/settings.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

#include "testsupport.h"
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using namespace musiaia::store;

namespace {

// An in-memory keychain whose next answers can be forced, replying asynchronously as QtKeychain does.
class FakeKeychain final : public KeychainBackend
{
public:
    struct State
    {
        QHash<QString, QString> entries;
        Status forced = Status::Ok;   // Ok = behave normally
        QString forcedDetail;
        int calls = 0;
    };
    explicit FakeKeychain(std::shared_ptr<State> state) : m_state(std::move(state)) {}

    void read(const QString &key, Callback done) override
    {
        answer(done, [this, key] {
            const auto it = m_state->entries.constFind(key);
            return it == m_state->entries.cend() ? Reply{Status::NotFound, {}, u"not found"_s}
                                                 : Reply{Status::Ok, *it, {}};
        });
    }
    void write(const QString &key, const QString &value, Callback done) override
    {
        answer(done, [this, key, value] {
            m_state->entries.insert(key, value);
            return Reply{};
        });
    }
    void remove(const QString &key, Callback done) override
    {
        answer(done, [this, key] {
            return m_state->entries.remove(key) ? Reply{} : Reply{Status::NotFound, {}, {}};
        });
    }

private:
    void answer(const Callback &done, std::function<Reply()> normal)
    {
        ++m_state->calls;
        const Reply reply = m_state->forced == Status::Ok ? normal()
                                                          : Reply{m_state->forced, {}, m_state->forcedDetail};
        QTimer::singleShot(0, &m_context, [done, reply] { done(reply); });
    }
    std::shared_ptr<State> m_state;
    QObject m_context;
};

template<typename T>
T waitFor(QFuture<T> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 5000))
        qFatal("future did not finish");
    return future.result();
}

const QString glmKey = u"0123456789abcdef.SECRETglmKEY"_s;

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<FakeKeychain::State> m_keychain;
    QString plainPath() const { return m_dir->filePath(u"config/INSECURE-plaintext-api-keys.json"_s); }

    std::unique_ptr<Secrets> make(const QProcessEnvironment &environment = {})
    {
        return std::make_unique<Secrets>(std::make_unique<FakeKeychain>(m_keychain), plainPath(), environment);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_keychain = std::make_shared<FakeKeychain::State>();
    }

    void nothingSetReadsAsUnset()
    {
        auto secrets = make();
        const auto read = waitFor(secrets->read(SecretId::GlmApiKey));
        QVERIFY_RESULT(read);
        QVERIFY(!read->isSet());
        QCOMPARE(read->source, SecretSource::None);
        QCOMPARE(secrets->keychainState(), KeychainState::Available);
    }

    void storedInTheKeychainAndReadBack()
    {
        auto secrets = make();
        const auto stored = waitFor(secrets->store(SecretId::GlmApiKey, u"  "_s + glmKey + u"\n"_s));
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->keptIn, SecretSource::Keychain);
        QVERIFY(stored->notice.isEmpty());
        QCOMPARE(m_keychain->entries.value(u"glm-api-key"_s), glmKey);   // trimmed
        QVERIFY(!QFile::exists(plainPath()));

        auto again = make();   // a new session reads it from the keychain
        const auto read = waitFor(again->read(SecretId::GlmApiKey));
        QVERIFY_RESULT(read);
        QCOMPARE(read->value, glmKey);
        QCOMPARE(read->source, SecretSource::Keychain);
    }

    void environmentOverridesEverything()
    {
        m_keychain->entries.insert(u"glm-api-key"_s, u"fromKeychain"_s);
        m_keychain->entries.insert(u"minimax-api-key"_s, u"fromKeychainToo"_s);
        QProcessEnvironment environment;
        environment.insert(u"GLM_API_KEY"_s, u"fromEnvironment"_s);
        environment.insert(u"MINIMAX_API_KEY"_s, u"fromEnvironment2"_s);
        auto secrets = make(environment);
        QVERIFY_RESULT(waitFor(secrets->store(SecretId::GlmApiKey, u"fromSession"_s, SecretStorage::SessionOnly)));
        const auto glm = waitFor(secrets->read(SecretId::GlmApiKey));
        QCOMPARE(glm->value, u"fromEnvironment"_s);
        QCOMPARE(glm->source, SecretSource::Environment);
        const auto miniMax = waitFor(secrets->read(SecretId::MiniMaxApiKey));
        QCOMPARE(miniMax->value, u"fromEnvironment2"_s);
        QCOMPARE(m_keychain->calls, 0);   // the keychain is not even asked
    }

    void noServiceKeepsTheKeyForTheSessionAndSaysSo()
    {
        m_keychain->forced = KeychainBackend::Status::NoService;
        auto secrets = make();
        QSignalSpy stateChanges(secrets.get(), &Secrets::keychainStateChanged);
        const auto stored = waitFor(secrets->store(SecretId::MiniMaxApiKey, u"sk-api-abcdef"_s));
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->keptIn, SecretSource::Session);
        QVERIFY(stored->notice.contains(u"No keychain service"_s));
        QCOMPARE(secrets->keychainState(), KeychainState::NoService);
        QCOMPARE(stateChanges.size(), 1);

        const auto read = waitFor(secrets->read(SecretId::MiniMaxApiKey));
        QCOMPARE(read->value, u"sk-api-abcdef"_s);
        QCOMPARE(read->source, SecretSource::Session);
        QVERIFY(!QFile::exists(plainPath()));

        // The next run has nothing: the key was never written anywhere.
        auto nextRun = make();
        const auto nothing = waitFor(nextRun->read(SecretId::MiniMaxApiKey));
        QVERIFY_RESULT(nothing);
        QVERIFY(!nothing->isSet());
        QCOMPARE(nextRun->keychainState(), KeychainState::NoService);
    }

    void keychainErrorsAreSurfaced_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("failed") << int(KeychainBackend::Status::Failed);
        QTest::newRow("access denied") << int(KeychainBackend::Status::AccessDenied);
    }
    void keychainErrorsAreSurfaced()
    {
        QFETCH(int, status);
        m_keychain->forced = KeychainBackend::Status(status);
        m_keychain->forcedDetail = u"Wallet is locked"_s;
        auto secrets = make();
        const auto read = waitFor(secrets->read(SecretId::GlmApiKey));
        QVERIFY(!read);
        QCOMPARE(read.errorCode(), ErrorCode::PermissionDenied);
        QVERIFY(read.errorMessage().contains(u"GLM API key"_s));
        QCOMPARE(secrets->keychainState(), KeychainState::Failing);

        const auto stored = waitFor(secrets->store(SecretId::GlmApiKey, glmKey));
        QVERIFY(!stored);
        QVERIFY(stored.errorMessage().contains(u"kept until MusiaIA quits"_s));
        QVERIFY(!stored.errorMessage().contains(glmKey));
        const auto kept = waitFor(secrets->read(SecretId::GlmApiKey));
        QCOMPARE(kept->source, SecretSource::Session);
    }

    void plainFileIsAnExplicitOptInReadableByTheOwnerOnly()
    {
        m_keychain->forced = KeychainBackend::Status::NoService;
        auto secrets = make();
        const auto stored = waitFor(secrets->store(SecretId::GlmApiKey, glmKey, SecretStorage::PlainFile));
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->keptIn, SecretSource::PlainFile);
        QFile file(plainPath());
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        auto nextRun = make();
        const auto read = waitFor(nextRun->read(SecretId::GlmApiKey));
        QCOMPARE(read->value, glmKey);
        QCOMPARE(read->source, SecretSource::PlainFile);

        // Made world-readable behind our back: tightened again on the next read.
        QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup));
        QVERIFY(waitFor(make()->read(SecretId::GlmApiKey)).hasValue());
        QCOMPARE(QFile(plainPath()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);
    }

    void storingInTheKeychainRemovesThePlainCopy()
    {
        auto secrets = make();
        QVERIFY_RESULT(waitFor(secrets->store(SecretId::GlmApiKey, glmKey, SecretStorage::PlainFile)));
        QVERIFY_RESULT(waitFor(secrets->store(SecretId::MiniMaxApiKey, u"sk-mm"_s, SecretStorage::PlainFile)));
        QVERIFY_RESULT(waitFor(secrets->store(SecretId::GlmApiKey, u"newer"_s)));
        const auto entries = plainfile::load(plainPath());
        QVERIFY_RESULT(entries);
        QVERIFY(!entries->contains(u"glm-api-key"_s));
        QCOMPARE(entries->value(u"minimax-api-key"_s), u"sk-mm"_s);
        QCOMPARE(waitFor(secrets->read(SecretId::GlmApiKey))->value, u"newer"_s);

        QVERIFY_RESULT(waitFor(secrets->remove(SecretId::MiniMaxApiKey)));
        QVERIFY(!QFile::exists(plainPath()));   // nothing left: the file goes
    }

    void removeForgetsEverywhere()
    {
        auto secrets = make();
        QVERIFY_RESULT(waitFor(secrets->store(SecretId::GlmApiKey, glmKey)));
        QVERIFY_RESULT(waitFor(secrets->store(SecretId::GlmApiKey, u"session"_s, SecretStorage::SessionOnly)));
        QVERIFY_RESULT(waitFor(secrets->remove(SecretId::GlmApiKey)));
        QVERIFY(!waitFor(secrets->read(SecretId::GlmApiKey))->isSet());
        QVERIFY(m_keychain->entries.isEmpty());
    }

    void damagedPlainFileIsReported()
    {
        QDir().mkpath(QFileInfo(plainPath()).absolutePath());
        QFile file(plainPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"glm-api-key\": \"trunc");
        file.close();
        const auto read = waitFor(make()->read(SecretId::GlmApiKey));
        QVERIFY(!read);
        QCOMPARE(read.errorCode(), ErrorCode::Corrupt);
        QVERIFY(read.errorMessage().contains(plainPath()));
    }

    void malformedKeysAreRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   \t"_s;
        QTest::newRow("inner space") << u"abc def"_s;
        QTest::newRow("two lines") << u"abc\ndef"_s;
        QTest::newRow("control") << u"abc\u0007def"_s;
        QTest::newRow("huge") << QString(5000, u'k');
    }
    void malformedKeysAreRefused()
    {
        QFETCH(QString, value);
        auto secrets = make();
        const auto stored = waitFor(secrets->store(SecretId::GlmApiKey, value));
        QVERIFY(!stored);
        QCOMPARE(stored.errorCode(), ErrorCode::InvalidArgument);
        QCOMPARE(m_keychain->calls, 0);
    }

    // The promise of the issue: a key never reaches a settings file or a log, whatever happens.
    void keysNeverReachLogsOrSettings()
    {
        const QString logPath = m_dir->filePath(u"log.jsonl"_s);
        QVERIFY(logging::startJsonLog(logPath));
        QLoggingCategory::setFilterRules(u"musiaia.*.debug=true"_s);
        {
            Settings settings(m_dir->filePath(u"config/settings.ini"_s));
            settings.setValue(settings::glmModel, u"glm-4.6"_s);
            auto secrets = make();
            QVERIFY_RESULT(waitFor(secrets->store(SecretId::GlmApiKey, glmKey)));
            m_keychain->forced = KeychainBackend::Status::Failed;
            m_keychain->forcedDetail = u"D-Bus said no"_s;
            (void)waitFor(secrets->store(SecretId::GlmApiKey, glmKey));
            (void)waitFor(secrets->read(SecretId::GlmApiKey));
            m_keychain->forced = KeychainBackend::Status::NoService;
            (void)waitFor(secrets->store(SecretId::MiniMaxApiKey, glmKey));
            QVERIFY(settings.sync());
        }
        logging::stopJsonLog();
        QLoggingCategory::setFilterRules(u"musiaia.*.debug=false"_s);

        QFile log(logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        QVERIFY2(logged.contains("keychain"), "the failing keychain should have been logged");
        QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("SECRETglmKEY"), qPrintable(file.fileName()));
        }
    }

    void sessionBusDetection_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("runtimeDir");
        QTest::addColumn<bool>("reachable");
        const QString existing = QDir::tempPath();
        QTest::newRow("nothing") << QString() << QString() << false;
        QTest::newRow("missing socket") << u"unix:path=/nonexistent/bus"_s << QString() << false;
        QTest::newRow("missing socket with guid") << u"unix:path=/nonexistent/bus,guid=12"_s << QString() << false;
        QTest::newRow("existing path") << u"unix:path="_s + existing + u",guid=1"_s << QString() << true;
        QTest::newRow("abstract socket") << u"unix:abstract=/tmp/dbus-XYZ"_s << QString() << true;
        QTest::newRow("runtime dir without bus") << QString() << existing << QFile::exists(existing + u"/bus"_s);
    }
    void sessionBusDetection()
    {
        QFETCH(QString, address);
        QFETCH(QString, runtimeDir);
        QFETCH(bool, reachable);
        QProcessEnvironment environment;
        if (!address.isEmpty())
            environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
        if (!runtimeDir.isEmpty())
            environment.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir);
        QCOMPARE(sessionBusReachable(environment), reachable);
    }

    // The real QtKeychain backend, in an environment without a session bus (a headless machine):
    // it must say "no service", not fail, and the key stays for the session.
    void realKeychainWithoutSessionBus()
    {
        QProcessEnvironment environment;
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/musiaia-test-bus"_s);
        Secrets secrets(makeSystemKeychain(u"MusiaIA-test"_s, environment), plainPath(), environment);
        QCOMPARE(waitFor(secrets.probeKeychain()), KeychainState::NoService);
        const auto stored = waitFor(secrets.store(SecretId::GlmApiKey, glmKey));
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->keptIn, SecretSource::Session);
        QCOMPARE(stored->notice, Secrets::noServiceNotice());
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
