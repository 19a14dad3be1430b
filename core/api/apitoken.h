// SPDX-License-Identifier: GPL-3.0-or-later
// The local API's access token: made once from the system's random source, kept by the secrets
// store (the keychain, or where the secrets store falls back to), compared in constant time.
#pragma once

#include "common/result.h"
#include "store/secrets.h"

#include <QFuture>
#include <QString>

namespace musiaia::api {

// 32 bytes from QRandomGenerator::system(), base64url without padding (43 characters).
QString generateApiToken();

// Compares without an early exit, so that the time taken does not tell how much matched.
bool tokensEqual(QByteArrayView given, QByteArrayView expected);

struct ApiToken
{
    QString value;
    store::SecretSource keptIn = store::SecretSource::None;
    bool created = false;   // made by this call (there was none)
    QString notice;         // the secrets store's word when it could not keep it where asked
};

// The stored token, or a new one stored in the keychain when there is none.
QFuture<Result<ApiToken>> ensureApiToken(store::Secrets &secrets);
// A new token, replacing the old one (programs using the old one get 401 from now on).
QFuture<Result<ApiToken>> regenerateApiToken(store::Secrets &secrets);

// Where the token can be found, for the person starting the server ("the system keychain, entry
// 'local-api-token'").
QString describeTokenLocation(const ApiToken &token, const store::Secrets &secrets);

} // namespace musiaia::api
