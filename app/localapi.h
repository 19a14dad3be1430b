// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace musiaia::api {
class LocalApiServer;
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
    explicit AppLocalApi(gui::AppContext &context, QObject *parent = nullptr);
    ~AppLocalApi() override;

    api::LocalApiServer *server() const { return m_server.get(); }

private:
    void apply();

    gui::AppContext &m_context;
    std::unique_ptr<api::LocalApiServer> m_server;
    QString m_running;   // the settings it was started with, to restart only when they change
};

} // namespace musiaia::app
