// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::store {
namespace {

constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

template<typename T>
QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    QFuture<T> future = promise.future();
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return future;
}

// A promise that callbacks (which must be copyable) can share.
template<typename T>
struct SharedPromise
{
    std::shared_ptr<QPromise<T>> promise = std::make_shared<QPromise<T>>();
    SharedPromise() { promise->start(); }
    QFuture<T> future() const { return promise->future(); }
    void finish(T value) const
    {
        promise->addResult(std::move(value));
        promise->finish();
    }
};

Result<QString> validatedSecret(SecretId id, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"The %1 is empty."_s.arg(secretDisplayName(id)));
    if (trimmed.size() > 4096)
        return makeError(ErrorCode::InvalidArgument, u"The %1 is too long to be a key."_s.arg(secretDisplayName(id)));
    for (const QChar c : trimmed) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return makeError(ErrorCode::InvalidArgument,
                             u"The %1 contains spaces or control characters: was it pasted whole?"_s.arg(
                                 secretDisplayName(id)));
    }
    return trimmed;
}

QString keychainFailure(SecretId id, const QString &action, const KeychainBackend::Reply &reply)
{
    const QString what = reply.status == KeychainBackend::Status::AccessDenied
        ? u"access was denied"_s
        : reply.detail.isEmpty() ? u"it failed"_s : reply.detail;
    return u"The keychain could not %1 the %2 (%3)."_s.arg(action, secretDisplayName(id), what);
}

} // namespace

QString secretKeyName(SecretId id)
{
    switch (id) {
    case SecretId::GlmApiKey: return u"glm-api-key"_s;
    case SecretId::MiniMaxApiKey: return u"minimax-api-key"_s;
    case SecretId::LocalApiToken: return u"local-api-token"_s;
    }
    return {};
}

QString secretEnvironmentVariable(SecretId id)
{
    switch (id) {
    case SecretId::GlmApiKey: return u"GLM_API_KEY"_s;
    case SecretId::MiniMaxApiKey: return u"MINIMAX_API_KEY"_s;
    case SecretId::LocalApiToken: return {};
    }
    return {};
}

QString secretDisplayName(SecretId id)
{
    switch (id) {
    case SecretId::GlmApiKey: return u"GLM API key"_s;
    case SecretId::MiniMaxApiKey: return u"MiniMax API key"_s;
    case SecretId::LocalApiToken: return u"local API token"_s;
    }
    return {};
}

QString secretSourceName(SecretSource source)
{
    switch (source) {
    case SecretSource::None: return u"none"_s;
    case SecretSource::Environment: return u"environment"_s;
    case SecretSource::Session: return u"session"_s;
    case SecretSource::PlainFile: return u"plain-file"_s;
    case SecretSource::Keychain: return u"keychain"_s;
    }
    return {};
}

bool sessionBusReachable(const QProcessEnvironment &environment)
{
    const QString address = environment.value(u"DBUS_SESSION_BUS_ADDRESS"_s);
    if (!address.isEmpty()) {
        // unix:path=/run/user/1000/bus[,guid=...]: a socket path that must exist. Abstract sockets
        // and TCP addresses cannot be checked cheaply: trust them.
        const qsizetype at = address.indexOf(u"unix:path="_s);
        if (at < 0)
            return true;
        QString path = address.mid(at + 10);
        path = path.left(path.indexOf(QLatin1Char(',')) < 0 ? path.size() : path.indexOf(QLatin1Char(',')));
        return QFileInfo::exists(path);
    }
    const QString runtime = environment.value(u"XDG_RUNTIME_DIR"_s);
    return !runtime.isEmpty() && QFileInfo::exists(runtime + u"/bus"_s);
}

QString Secrets::noServiceNotice()
{
    return u"No keychain service is running (no Secret Service, KWallet or D-Bus session was found). "
           "The key is kept until MusiaIA quits. To keep it, start a keychain, set the environment "
           "variable, or choose the unencrypted key file explicitly."_s;
}

QString Secrets::defaultPlainFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(u"INSECURE-plaintext-api-keys.json"_s);
}

Secrets::Secrets(QObject *parent)
    : Secrets(makeSystemKeychain(u"MusiaIA"_s), defaultPlainFilePath(),
              QProcessEnvironment::systemEnvironment(), parent)
{
}

Secrets::Secrets(std::unique_ptr<KeychainBackend> keychain, const QString &plainFilePath,
                 const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_keychain(std::move(keychain))
    , m_plainFilePath(plainFilePath)
    , m_environment(environment)
{
}

Secrets::~Secrets() = default;

void Secrets::noteKeychainReply(const KeychainBackend::Reply &reply)
{
    KeychainState state = KeychainState::Available;
    switch (reply.status) {
    case KeychainBackend::Status::Ok:
    case KeychainBackend::Status::NotFound:
        state = KeychainState::Available;
        break;
    case KeychainBackend::Status::NoService:
        state = KeychainState::NoService;
        break;
    case KeychainBackend::Status::AccessDenied:
    case KeychainBackend::Status::Failed:
        state = KeychainState::Failing;
        qCWarning(lcStore).noquote() << "keychain:" << reply.detail;
        break;
    }
    if (state != m_keychainState) {
        m_keychainState = state;
        Q_EMIT keychainStateChanged(state);
    }
}

QFuture<Result<SecretValue>> Secrets::read(SecretId id)
{
    const QString variable = secretEnvironmentVariable(id);
    if (!variable.isEmpty()) {
        const QString fromEnvironment = m_environment.value(variable).trimmed();
        if (!fromEnvironment.isEmpty())
            return readyFuture(Result<SecretValue>(SecretValue{fromEnvironment, SecretSource::Environment}));
    }
    if (const auto it = m_session.constFind(id); it != m_session.cend())
        return readyFuture(Result<SecretValue>(SecretValue{*it, SecretSource::Session}));

    const auto plain = plainfile::load(m_plainFilePath);
    if (!plain)
        return readyFuture(Result<SecretValue>(plain.error()));
    if (const QString value = plain->value(secretKeyName(id)); !value.isEmpty())
        return readyFuture(Result<SecretValue>(SecretValue{value, SecretSource::PlainFile}));

    SharedPromise<Result<SecretValue>> shared;
    m_keychain->read(secretKeyName(id), [this, id, shared](const KeychainBackend::Reply &reply) {
        noteKeychainReply(reply);
        switch (reply.status) {
        case KeychainBackend::Status::Ok:
            shared.finish(SecretValue{reply.value, SecretSource::Keychain});
            return;
        case KeychainBackend::Status::NotFound:
        case KeychainBackend::Status::NoService:
            shared.finish(SecretValue{});
            return;
        case KeychainBackend::Status::AccessDenied:
        case KeychainBackend::Status::Failed:
            shared.finish(makeError(ErrorCode::PermissionDenied, keychainFailure(id, u"read"_s, reply)));
            return;
        }
    });
    return shared.future();
}

QFuture<Result<StoreOutcome>> Secrets::store(SecretId id, const QString &value, SecretStorage storage)
{
    const Result<QString> secret = validatedSecret(id, value);
    if (!secret)
        return readyFuture(Result<StoreOutcome>(secret.error()));

    switch (storage) {
    case SecretStorage::SessionOnly:
        m_session.insert(id, *secret);
        return readyFuture(Result<StoreOutcome>(StoreOutcome{SecretSource::Session, {}}));
    case SecretStorage::PlainFile: {
        auto entries = plainfile::load(m_plainFilePath);
        if (!entries)
            return readyFuture(Result<StoreOutcome>(entries.error()));
        entries->insert(secretKeyName(id), *secret);
        if (const Result<void> saved = plainfile::save(m_plainFilePath, *entries); !saved)
            return readyFuture(Result<StoreOutcome>(saved.error()));
        m_session.remove(id);
        qCInfo(lcStore) << "stored the" << secretKeyName(id) << "in the unencrypted key file the user chose";
        return readyFuture(Result<StoreOutcome>(StoreOutcome{SecretSource::PlainFile, {}}));
    }
    case SecretStorage::Keychain:
        break;
    }

    SharedPromise<Result<StoreOutcome>> shared;
    const QString kept = *secret;
    m_keychain->write(secretKeyName(id), kept, [this, id, kept, shared](const KeychainBackend::Reply &reply) {
        noteKeychainReply(reply);
        switch (reply.status) {
        case KeychainBackend::Status::Ok:
        case KeychainBackend::Status::NotFound: {
            m_session.remove(id);
            // One place per key: a copy left in the plain file would shadow the keychain.
            if (auto entries = plainfile::load(m_plainFilePath); entries && entries->remove(secretKeyName(id)))
                (void)plainfile::save(m_plainFilePath, *entries);
            shared.finish(StoreOutcome{SecretSource::Keychain, {}});
            return;
        }
        case KeychainBackend::Status::NoService:
            m_session.insert(id, kept);
            shared.finish(StoreOutcome{SecretSource::Session, noServiceNotice()});
            return;
        case KeychainBackend::Status::AccessDenied:
        case KeychainBackend::Status::Failed:
            m_session.insert(id, kept);
            shared.finish(makeError(ErrorCode::PermissionDenied,
                                    keychainFailure(id, u"store"_s, reply)
                                        + u" The key is kept until MusiaIA quits."_s));
            return;
        }
    });
    return shared.future();
}

QFuture<Result<void>> Secrets::remove(SecretId id)
{
    m_session.remove(id);
    if (auto entries = plainfile::load(m_plainFilePath); !entries) {
        return readyFuture(Result<void>(entries.error()));
    } else if (entries->remove(secretKeyName(id))) {
        if (const Result<void> saved = plainfile::save(m_plainFilePath, *entries); !saved)
            return readyFuture(saved);
    }
    SharedPromise<Result<void>> shared;
    m_keychain->remove(secretKeyName(id), [this, id, shared](const KeychainBackend::Reply &reply) {
        noteKeychainReply(reply);
        switch (reply.status) {
        case KeychainBackend::Status::Ok:
        case KeychainBackend::Status::NotFound:
        case KeychainBackend::Status::NoService:
            shared.finish(Result<void>());
            return;
        case KeychainBackend::Status::AccessDenied:
        case KeychainBackend::Status::Failed:
            shared.finish(Result<void>(makeError(ErrorCode::PermissionDenied,
                                                 keychainFailure(id, u"delete"_s, reply))));
            return;
        }
    });
    return shared.future();
}

QFuture<KeychainState> Secrets::probeKeychain()
{
    SharedPromise<KeychainState> shared;
    m_keychain->read(u"probe"_s, [this, shared](const KeychainBackend::Reply &reply) {
        noteKeychainReply(reply);
        shared.finish(m_keychainState);
    });
    return shared.future();
}

namespace plainfile {

Result<QHash<QString, QString>> load(const QString &path)
{
    QHash<QString, QString> entries;
    QFile file(path);
    if (!file.exists())
        return entries;
    if ((file.permissions() & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0) {
        // Like ssh with a private key: others must not read it. Tighten rather than refuse, so
        // that the user does not lose the key, and say so.
        qCWarning(lcStore).noquote() << "the unencrypted key file" << path
                                     << "was readable by others; it is now readable by its owner only";
        file.setPermissions(ownerOnly);
    }
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, u"Cannot read the key file %1: %2"_s.arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::Corrupt,
                         u"The key file %1 is damaged; delete it and enter the keys again."_s.arg(path));
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString() && !it.value().toString().isEmpty())
            entries.insert(it.key(), it.value().toString());
    }
    return entries;
}

Result<void> save(const QString &path, const QHash<QString, QString> &entries)
{
    if (entries.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return makeError(ErrorCode::Io, u"Cannot delete the key file %1."_s.arg(path));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Io, u"Cannot create the folder for %1."_s.arg(path));
    QJsonObject object;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        object.insert(it.key(), it.value());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, u"Cannot write the key file %1: %2"_s.arg(path, file.errorString()));
    // Before any byte is written, so that the key is never readable by others, not even briefly.
    if (!file.setPermissions(ownerOnly)) {
        file.cancelWriting();
        return makeError(ErrorCode::PermissionDenied, u"Cannot make %1 private to its owner."_s.arg(path));
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(ErrorCode::Io, u"Cannot write the key file %1: %2"_s.arg(path, file.errorString()));
    return {};
}

} // namespace plainfile
} // namespace musiaia::store
