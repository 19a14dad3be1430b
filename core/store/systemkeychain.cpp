// SPDX-License-Identifier: GPL-3.0-or-later
// QtKeychain behind KeychainBackend: the OS keychain on every platform.
#include "secrets.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::store {
namespace {

// QtKeychain reports a missing D-Bus service or keychain daemon as OtherError with the D-Bus
// error text; these are the ones that mean "no keychain service", not "the keychain failed".
bool meansNoService(const QString &detail)
{
    static const QStringList markers = {
        u"ServiceUnknown"_s, u"Not connected to D-Bus"_s, u"NoServer"_s, u"NoReply"_s,
        u"Disconnected"_s, u"Could not connect"_s, u"No keychain service"_s, u"not available"_s,
        u"Unknown error"_s,
    };
    for (const QString &marker : markers) {
        if (detail.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

KeychainBackend::Reply replyOf(const QKeychain::Job &job)
{
    KeychainBackend::Reply reply;
    reply.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        reply.status = KeychainBackend::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        reply.status = KeychainBackend::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        reply.status = KeychainBackend::Status::NoService;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        reply.status = KeychainBackend::Status::AccessDenied;
        break;
    case QKeychain::CouldNotDeleteEntry:
        reply.status = KeychainBackend::Status::Failed;
        break;
    case QKeychain::OtherError:
        reply.status = meansNoService(reply.detail) ? KeychainBackend::Status::NoService
                                                     : KeychainBackend::Status::Failed;
        break;
    }
    return reply;
}

class QtKeychainBackend final : public KeychainBackend
{
public:
    QtKeychainBackend(const QString &service, bool busReachable)
        : m_service(service)
        , m_busReachable(busReachable)
    {
    }

    void read(const QString &key, Callback done) override
    {
        if (answerWithoutBus(done))
            return;
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        prepare(job, key, [done](const QKeychain::Job &finished) {
            KeychainBackend::Reply reply = replyOf(finished);
            if (reply.status == Status::Ok)
                reply.value = static_cast<const QKeychain::ReadPasswordJob &>(finished).textData();
            done(reply);
        });
    }

    void write(const QString &key, const QString &value, Callback done) override
    {
        if (answerWithoutBus(done))
            return;
        auto *job = new QKeychain::WritePasswordJob(m_service);
        job->setTextData(value);
        prepare(job, key, [done](const QKeychain::Job &finished) { done(replyOf(finished)); });
    }

    void remove(const QString &key, Callback done) override
    {
        if (answerWithoutBus(done))
            return;
        auto *job = new QKeychain::DeletePasswordJob(m_service);
        prepare(job, key, [done](const QKeychain::Job &finished) { done(replyOf(finished)); });
    }

private:
    // Without a session bus QtKeychain would only fail later with a vaguer message; answer at once
    // (asynchronously, as a job would).
    bool answerWithoutBus(const Callback &done)
    {
        if (m_busReachable)
            return false;
        QTimer::singleShot(0, &m_context, [done] {
            done({Status::NoService, {}, u"no D-Bus session bus"_s});
        });
        return true;
    }

    void prepare(QKeychain::Job *job, const QString &key, std::function<void(const QKeychain::Job &)> handler)
    {
        job->setAutoDelete(true);
        job->setInsecureFallback(false);   // never QtKeychain's own plaintext fallback
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, &m_context,
                         [handler](QKeychain::Job *finished) { handler(*finished); });
        job->start();
    }

    QString m_service;
    bool m_busReachable = true;
    QObject m_context;   // disconnects pending jobs when the backend goes away
};

} // namespace

std::unique_ptr<KeychainBackend> makeSystemKeychain(const QString &service, const QProcessEnvironment &environment)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const bool busReachable = sessionBusReachable(environment);
#else
    Q_UNUSED(environment);
    const bool busReachable = true;
#endif
    return std::make_unique<QtKeychainBackend>(service, busReachable);
}

} // namespace musiaia::store
