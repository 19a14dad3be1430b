// SPDX-License-Identifier: GPL-3.0-or-later
// Starting the local API the way the app and `musiaia serve` do: address, port and allowed
// origins from the settings (or the caller's explicit choice), the token from the secrets store
// (made on first start).
#pragma once

#include "apitoken.h"
#include "localapiserver.h"

#include "common/result.h"
#include "store/secrets.h"
#include "store/settings.h"

#include <QFuture>
#include <QHostAddress>

#include <optional>

namespace musiaia::api {

struct LaunchChoice
{
    std::optional<quint16> port;             // else the setting
    std::optional<QHostAddress> address;     // else the setting (127.0.0.1 by default)
    QStringList extraOrigins;
    bool regenerateToken = false;
};

struct Launched
{
    quint16 port = 0;
    QUrl baseUrl;
    QUrl webSocketUrl;
    ApiToken token;
    QString tokenLocation;    // describeTokenLocation()
    bool loopbackOnly = true; // false: reachable from the network (warn the user)
};

// The options the settings give (without the token).
Result<LocalApiOptions> optionsFromSettings(const store::Settings &settings, const LaunchChoice &choice = {});

// Fetches (or makes) the token, then starts `server`. `server`, `secrets` must outlive the future.
QFuture<Result<Launched>> launchLocalApi(LocalApiServer &server, const store::Settings &settings, store::Secrets &secrets,
                                         const LaunchChoice &choice = {});

} // namespace musiaia::api
