// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitoken.h"

#include "common/logging.h"

#include <QRandomGenerator>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {

QString generateApiToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof words));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool tokensEqual(QByteArrayView given, QByteArrayView expected)
{
    if (expected.isEmpty())
        return false;
    // Every byte of `given` is looked at, whatever its length.
    unsigned difference = unsigned(given.size() ^ expected.size());
    for (qsizetype i = 0; i < given.size(); ++i)
        difference |= unsigned(quint8(given[i]) ^ quint8(expected[i % expected.size()]));
    return difference == 0;
}

namespace {

QFuture<Result<ApiToken>> storeNewToken(store::Secrets &secrets)
{
    const QString token = generateApiToken();
    return secrets.store(store::SecretId::LocalApiToken, token)
        .then(&secrets, [token](const Result<store::StoreOutcome> &outcome) -> Result<ApiToken> {
            if (!outcome) {
                // The secrets store keeps the token for this session even when the keychain
                // refused it: the server can run; the message says why it will not last.
                return ApiToken{token, store::SecretSource::Session, true, outcome.errorMessage()};
            }
            return ApiToken{token, outcome->keptIn, true, outcome->notice};
        });
}

} // namespace

QFuture<Result<ApiToken>> ensureApiToken(store::Secrets &secrets)
{
    store::Secrets *kept = &secrets;
    return secrets.read(store::SecretId::LocalApiToken)
        .then(&secrets, [kept](const Result<store::SecretValue> &stored) {
            if (stored && stored->isSet()) {
                QPromise<Result<ApiToken>> promise;
                promise.start();
                promise.addResult(ApiToken{stored->value, stored->source, false, {}});
                promise.finish();
                return promise.future();
            }
            if (!stored)
                qCWarning(lcApi) << "the stored local API token could not be read; making a new one";
            return storeNewToken(*kept);
        })
        .unwrap();
}

QFuture<Result<ApiToken>> regenerateApiToken(store::Secrets &secrets)
{
    return storeNewToken(secrets);
}

QString describeTokenLocation(const ApiToken &token, const store::Secrets &secrets)
{
    const QString entry = store::secretKeyName(store::SecretId::LocalApiToken);
    switch (token.keptIn) {
    case store::SecretSource::Keychain:
        return u"the system keychain, entry '%1' (service MusiaIA)"_s.arg(entry);
    case store::SecretSource::PlainFile:
        return u"the unencrypted key file %1, entry '%2'"_s.arg(secrets.plainFilePath(), entry);
    case store::SecretSource::Environment:
        return u"the environment"_s;
    case store::SecretSource::Session:
    case store::SecretSource::None:
        break;
    }
    return u"nowhere: there is no keychain service, so this token lasts until the server stops"_s;
}

} // namespace musiaia::api
