// SPDX-License-Identifier: GPL-3.0-or-later
#include "apilauncher.h"

#include "common/logging.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {

Result<LocalApiOptions> optionsFromSettings(const store::Settings &settings, const LaunchChoice &choice)
{
    LocalApiOptions options;
    if (choice.address) {
        options.address = *choice.address;
    } else {
        const QString text = settings.value(store::settings::localApiAddress).trimmed();
        options.address = QHostAddress(text.isEmpty() ? u"127.0.0.1"_s : text);
        if (options.address.isNull())
            return makeError(ErrorCode::InvalidArgument, u"the local API address \u201c%1\u201d in the settings is not an IP address"_s.arg(text));
    }
    const int port = choice.port ? int(*choice.port) : settings.value(store::settings::localApiPort);
    if (port < (choice.port ? 0 : 1) || port > 65535)
        return makeError(ErrorCode::InvalidArgument, u"the local API port %1 is not a port number"_s.arg(port));
    options.port = quint16(port);
    options.allowedOrigins = choice.extraOrigins;
    return options;
}

QFuture<Result<Launched>> launchLocalApi(LocalApiServer &server, const store::Settings &settings, store::Secrets &secrets,
                                         const LaunchChoice &choice)
{
    const Result<LocalApiOptions> options = optionsFromSettings(settings, choice);
    if (!options) {
        QPromise<Result<Launched>> promise;
        promise.start();
        promise.addResult(options.error());
        promise.finish();
        return promise.future();
    }
    QFuture<Result<ApiToken>> token = choice.regenerateToken ? regenerateApiToken(secrets) : ensureApiToken(secrets);
    LocalApiServer *kept = &server;
    store::Secrets *keptSecrets = &secrets;
    const LocalApiOptions base = *options;
    return token.then(&server, [kept, keptSecrets, base](const Result<ApiToken> &fetched) -> Result<Launched> {
        if (!fetched)
            return fetched.error();
        LocalApiOptions withToken = base;
        withToken.token = fetched->value;
        const Result<quint16> port = kept->start(withToken);
        if (!port)
            return port.error();
        Launched launched;
        launched.port = *port;
        launched.baseUrl = kept->baseUrl();
        launched.webSocketUrl = kept->webSocketUrl();
        launched.token = *fetched;
        launched.tokenLocation = describeTokenLocation(*fetched, *keptSecrets);
        launched.loopbackOnly = base.address.isLoopback();
        return launched;
    });
}

} // namespace musiaia::api
