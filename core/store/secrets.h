// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>

namespace musiaia::store {

// The secrets MusiaIA keeps. They never go to the database, the settings file or a log.
enum class SecretId { GlmApiKey, MiniMaxApiKey, LocalApiToken };

QString secretKeyName(SecretId id);          // the keychain entry name, "glm-api-key"
QString secretEnvironmentVariable(SecretId id); // "GLM_API_KEY"; empty when there is none
QString secretDisplayName(SecretId id);      // "GLM API key", for messages

enum class SecretSource {
    None,
    Environment,  // GLM_API_KEY / MINIMAX_API_KEY: overrides everything else
    Session,      // kept in memory until the application quits
    PlainFile,    // the user's explicit opt-in: an unencrypted file readable by them only
    Keychain,     // the OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credentials)
};
QString secretSourceName(SecretSource source);

struct SecretValue
{
    QString value;
    SecretSource source = SecretSource::None;
    bool isSet() const { return !value.isEmpty(); }
};

// Where the user asks a key to be kept when it is stored.
enum class SecretStorage {
    Keychain,     // the keychain; for this session only when no keychain service runs
    SessionOnly,  // never written anywhere
    PlainFile,    // explicit opt-in: the unencrypted file (mode 0600)
};

struct StoreOutcome
{
    SecretSource keptIn = SecretSource::None;
    QString notice;   // user-readable, non-empty when the key was not kept where asked
};

enum class KeychainState { Unknown, Available, NoService, Failing };

// The OS keychain behind an interface, so that tests can stand in for it and failures can be
// injected. Callbacks run on the thread that called, from its event loop.
class KeychainBackend
{
public:
    enum class Status { Ok, NotFound, NoService, AccessDenied, Failed };
    struct Reply
    {
        Status status = Status::Ok;
        QString value;
        QString detail;   // the backend's own words, for the log and the error message
    };
    using Callback = std::function<void(const Reply &)>;

    virtual ~KeychainBackend() = default;
    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
};

// QtKeychain under the service name `service`. On Linux it answers NoService at once when there
// is no D-Bus session bus to reach a keychain through (the usual case on a headless machine).
std::unique_ptr<KeychainBackend> makeSystemKeychain(const QString &service,
                                                    const QProcessEnvironment &environment
                                                    = QProcessEnvironment::systemEnvironment());

// Linux: whether a D-Bus session bus can be reached (DBUS_SESSION_BUS_ADDRESS or
// $XDG_RUNTIME_DIR/bus). Pure apart from checking that the socket file exists.
bool sessionBusReachable(const QProcessEnvironment &environment);

// API keys and tokens: read from the environment, the session, the opt-in plain file or the
// keychain (in that order); stored in the keychain, or where the user explicitly says.
class Secrets : public QObject
{
    Q_OBJECT

public:
    // The system keychain and the default plain-file path.
    explicit Secrets(QObject *parent = nullptr);
    Secrets(std::unique_ptr<KeychainBackend> keychain, const QString &plainFilePath,
            const QProcessEnvironment &environment, QObject *parent = nullptr);
    ~Secrets() override;

    QFuture<Result<SecretValue>> read(SecretId id);
    // An empty or malformed value is refused (InvalidArgument). When the keychain has no service,
    // the key is kept for the session and the outcome's notice says so; other keychain errors are
    // errors (the key is still kept for the session, so that the user can go on working).
    QFuture<Result<StoreOutcome>> store(SecretId id, const QString &value,
                                        SecretStorage storage = SecretStorage::Keychain);
    // Forgets the key everywhere MusiaIA keeps it (not the environment, which the user owns).
    QFuture<Result<void>> remove(SecretId id);
    // Asks the keychain whether it works (by reading an entry that needs not exist).
    QFuture<KeychainState> probeKeychain();

    KeychainState keychainState() const { return m_keychainState; }
    QString plainFilePath() const { return m_plainFilePath; }

    // AppConfigLocation/INSECURE-plaintext-api-keys.json
    static QString defaultPlainFilePath();
    static QString noServiceNotice();

Q_SIGNALS:
    void keychainStateChanged(musiaia::store::KeychainState state);

private:
    void noteKeychainReply(const KeychainBackend::Reply &reply);

    std::unique_ptr<KeychainBackend> m_keychain;
    QString m_plainFilePath;
    QProcessEnvironment m_environment;
    QHash<SecretId, QString> m_session;
    KeychainState m_keychainState = KeychainState::Unknown;
};

// The opt-in plain file: a JSON object {"glm-api-key": "..."}, written atomically with mode 0600.
namespace plainfile {
Result<QHash<QString, QString>> load(const QString &path);   // empty map when the file is absent
Result<void> save(const QString &path, const QHash<QString, QString> &entries); // removes it when empty
} // namespace plainfile

} // namespace musiaia::store
