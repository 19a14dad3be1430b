// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace musiaia::api {
class LocalApiServer;
}
namespace musiaia::session {
class ChatSession;
}
namespace musiaia::gui {
class AppContext;
}

namespace musiaia::app {

// The window's local API: started when the settings enable it, restarted when they change (a new
// port, address or token), stopped when they disable it. Failures go to the log; the settings
// page shows what is set.
class AppLocalApi final : public QObject
{
    Q_OBJECT

public:
    // `setupSession` prepares each chat session the API starts (assistant, samples, Live
    // version), so that songs asked for through the API are made as the window's chat makes them.
    using SessionSetup = std::function<void(session::ChatSession &)>;
    AppLocalApi(gui::AppContext &context, SessionSetup setupSession, QObject *parent = nullptr);
    ~AppLocalApi() override;

    api::LocalApiServer *server() const { return m_server.get(); }

private:
    void apply();

    gui::AppContext &m_context;
    SessionSetup m_setupSession;
    std::unique_ptr<api::LocalApiServer> m_server;
    QString m_running;   // the settings it was started with, to restart only when they change
};

} // namespace musiaia::app
