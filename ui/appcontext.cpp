// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "common/logging.h"
#include "session/projectstore.h"
#include "store/secrets.h"
#include "store/settings.h"

namespace musiaia::gui {
namespace {

// Secrets takes ownership of its backend; tests keep a handle on theirs to inject failures.
class SharedKeychain final : public store::KeychainBackend
{
public:
    explicit SharedKeychain(std::shared_ptr<store::KeychainBackend> backend)
        : m_backend(std::move(backend))
    {
    }
    void read(const QString &key, Callback done) override { m_backend->read(key, std::move(done)); }
    void write(const QString &key, const QString &value, Callback done) override
    {
        m_backend->write(key, value, std::move(done));
    }
    void remove(const QString &key, Callback done) override { m_backend->remove(key, std::move(done)); }

private:
    std::shared_ptr<store::KeychainBackend> m_backend;
};

} // namespace

AppContext::AppContext(QObject *parent)
    : AppContext(Options{}, parent)
{
}

AppContext::AppContext(Options options, QObject *parent)
    : QObject(parent)
    , m_settings(options.settingsFile.isEmpty() ? std::make_unique<store::Settings>()
                                                : std::make_unique<store::Settings>(options.settingsFile))
    , m_environment(options.environment)
    , m_database(options.databasePath)
{
    std::unique_ptr<store::KeychainBackend> keychain
        = options.keychain ? std::make_unique<SharedKeychain>(options.keychain)
                           : store::makeSystemKeychain(QStringLiteral("MusiaIA"), options.environment);
    const QString plainFile = options.plainKeyFile.isEmpty() ? store::Secrets::defaultPlainFilePath()
                                                             : options.plainKeyFile;
    m_secrets = new store::Secrets(std::move(keychain), plainFile, options.environment, this);
}

AppContext::~AppContext() = default;

Result<void> AppContext::open()
{
    if (const Result<void> opened = m_database.open(); !opened)
        return opened;
    m_projectsRoot = m_settings->projectsFolderPath();
    m_projects = std::make_unique<session::ProjectStore>(m_database, m_projectsRoot);
    const session::RecoveryReport recovered = m_projects->recover();
    for (const QString &problem : recovered.problems)
        qCWarning(lcUi).noquote() << problem;
    // A new projects folder takes effect for the next song; older ones stay where they were made.
    connect(this, &AppContext::settingsChanged, this, [this] {
        const QString root = m_settings->projectsFolderPath();
        if (root != m_projectsRoot) {
            m_projectsRoot = root;
            m_projects = std::make_unique<session::ProjectStore>(m_database, root);
            Q_EMIT projectsChanged();
        }
    });
    return {};
}

bool AppContext::commitSettings(QString *errorMessage)
{
    QString why;
    const bool written = m_settings->sync(&why);
    if (!written)
        qCWarning(lcUi).noquote() << "cannot write the settings file:" << why;
    if (errorMessage)
        *errorMessage = why;
    Q_EMIT settingsChanged();
    return written;
}

} // namespace musiaia::gui
