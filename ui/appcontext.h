// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/database.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace musiaia::store {
class KeychainBackend;
class Secrets;
class Settings;
} // namespace musiaia::store

namespace musiaia::session {
class ProjectStore;
} // namespace musiaia::session

namespace musiaia::gui {

// The core services one window works with: settings, secrets, and (as they land) the library and
// the chat session. The application makes one with the user's files; tests make one over a
// temporary folder and a stand-in keychain.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    struct Options
    {
        QString settingsFile;        // INI file; empty = the application's settings
        std::shared_ptr<store::KeychainBackend> keychain;   // null = the system keychain
        QString plainKeyFile;        // the opt-in unencrypted key file; empty = the default path
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString databasePath;        // empty = store::Database::defaultPath()
    };

    explicit AppContext(QObject *parent = nullptr);
    explicit AppContext(Options options, QObject *parent = nullptr);
    ~AppContext() override;

    store::Settings &settings() { return *m_settings; }
    store::Secrets &secrets() { return *m_secrets; }
    const store::Database &database() const { return m_database; }

    // Opens (and migrates) the database and settles what an interrupted run left in the projects
    // folder. Until it succeeds, projects() is null and the views that need it say so.
    Result<void> open();
    bool isOpen() const { return m_projects != nullptr; }
    session::ProjectStore *projects() const { return m_projects.get(); }
    const QProcessEnvironment &environment() const { return m_environment; }

    // Writes the settings file and tells every view that settings changed. False (with the
    // reason) when the file cannot be written; the views are told either way.
    bool commitSettings(QString *errorMessage = nullptr);
    // A key was stored or removed.
    void notifySecretsChanged() { Q_EMIT secretsChanged(); }
    // A project or version was added or deleted.
    void notifyProjectsChanged() { Q_EMIT projectsChanged(); }

Q_SIGNALS:
    void settingsChanged();
    // Views that show the active provider re-read the secrets.
    void secretsChanged();
    void projectsChanged();

private:
    std::unique_ptr<store::Settings> m_settings;
    store::Secrets *m_secrets = nullptr;
    QProcessEnvironment m_environment;
    store::Database m_database;
    std::unique_ptr<session::ProjectStore> m_projects;
    QString m_projectsRoot;
};

} // namespace musiaia::gui
