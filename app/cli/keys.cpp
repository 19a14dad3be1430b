// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia keys`: API keys in the OS keychain (or, by explicit choice, the unencrypted key file);
// `musiaia ai-usage`: the privacy and cost view of the request log.
#include "keys.h"

#include "commandline.h"
#include "futurewait.h"

#include "ai/requestlog.h"
#include "store/database.h"
#include "store/secrets.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::cli {
namespace {


bool secretFor(const QString &name, store::SecretId *id)
{
    if (name == u"glm")
        *id = store::SecretId::GlmApiKey;
    else if (name == u"minimax")
        *id = store::SecretId::MiniMaxApiKey;
    else
        return false;
    return true;
}

// "sk-…9f3a": enough to recognise a key, never enough to use it.
QString masked(const QString &key)
{
    return key.size() <= 8 ? u"(set)"_s : key.left(3) + u"\u2026"_s + key.right(4);
}

QString stateText(store::KeychainState state)
{
    switch (state) {
    case store::KeychainState::Available: return u"available"_s;
    case store::KeychainState::NoService: return u"no keychain service is running"_s;
    case store::KeychainState::Failing: return u"failing"_s;
    case store::KeychainState::Unknown: break;
    }
    return u"unknown"_s;
}

} // namespace

int runKeys(const QStringList &arguments)
{
    const QString verb = u"keys"_s;
    QCommandLineParser parser;
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption plainOption(u"plain-file"_s,
                                         u"Store the key UNENCRYPTED in a file only you can read, instead of the keychain."_s);
    parser.addOptions({helpOption, plainOption});
    parser.addPositionalArgument(u"action"_s, u"status, set or clear."_s);
    parser.addPositionalArgument(u"provider"_s, u"glm or minimax (set, clear)."_s);
    if (!parser.parse(QStringList{u"musiaia keys"_s} + arguments))
        return fail(verb, parser.errorText(), 2);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        out() << "Usage: musiaia keys status\n"
                 "       musiaia keys set glm|minimax [--plain-file]   (the key is read from standard input)\n"
                 "       musiaia keys clear glm|minimax\n\n"
                 "Keys go to the OS keychain. GLM_API_KEY and MINIMAX_API_KEY override them. Without a keychain\n"
                 "service a key cannot be kept between runs unless you choose --plain-file.\n"
              << Qt::flush;
        return positional.isEmpty() && !parser.isSet(helpOption) ? 2 : 0;
    }
    store::Secrets secrets;
    const QString action = positional.first();

    if (action == u"status") {
        waitForFuture(secrets.probeKeychain());
        out() << "keychain: " << stateText(secrets.keychainState()) << '\n';
        for (const auto &[name, id] : {std::pair{u"glm"_s, store::SecretId::GlmApiKey},
                                       std::pair{u"minimax"_s, store::SecretId::MiniMaxApiKey}}) {
            const Result<store::SecretValue> read = waitForFuture(secrets.read(id));
            out() << name.leftJustified(8) << ' ';
            if (!read)
                out() << "error: " << read.errorMessage() << '\n';
            else if (!read->isSet())
                out() << "not set\n";
            else
                out() << masked(read->value) << " from " << store::secretSourceName(read->source) << '\n';
        }
        if (QFile::exists(secrets.plainFilePath()))
            out() << "unencrypted key file: " << secrets.plainFilePath() << '\n';
        out() << Qt::flush;
        return 0;
    }

    store::SecretId id;
    if (positional.size() != 2 || !secretFor(positional.at(1), &id))
        return fail(verb, u"say which provider: glm or minimax"_s, 2);

    if (action == u"clear") {
        const Result<void> removed = waitForFuture(secrets.remove(id));
        if (!removed)
            return fail(verb, removed.errorMessage());
        out() << "The " << store::secretDisplayName(id) << " is forgotten.\n" << Qt::flush;
        if (!qEnvironmentVariable(qPrintable(store::secretEnvironmentVariable(id))).isEmpty())
            err() << "(" << store::secretEnvironmentVariable(id) << " is still set in your environment.)\n";
        return 0;
    }
    if (action != u"set")
        return fail(verb, u"unknown action \u201c%1\u201d (status, set or clear)"_s.arg(action), 2);

    if (isatty(fileno(stdin)) == 1)
        err() << "Paste the " << store::secretDisplayName(id) << " and press Enter: " << Qt::flush;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(verb, u"cannot read standard input"_s);
    const QString key = QString::fromUtf8(input.readLine()).trimmed();
    const bool plain = parser.isSet(plainOption);
    if (!plain) {
        // A command-line run ends at once: "for this session" would mean nothing. Say so instead.
        if (waitForFuture(secrets.probeKeychain()) == store::KeychainState::NoService)
            return fail(verb, u"no keychain service is running, so the key cannot be kept safely. Set %1 in your "
                              "environment, start a keychain (Secret Service, KWallet), or choose --plain-file to keep "
                              "it unencrypted in a file only you can read."_s.arg(store::secretEnvironmentVariable(id)));
    }
    const Result<store::StoreOutcome> stored =
        waitForFuture(secrets.store(id, key, plain ? store::SecretStorage::PlainFile : store::SecretStorage::Keychain));
    if (!stored)
        return fail(verb, stored.errorMessage());
    if (stored->keptIn == store::SecretSource::PlainFile)
        out() << "The " << store::secretDisplayName(id) << " is stored UNENCRYPTED in " << secrets.plainFilePath()
              << " (readable by you only).\n";
    else if (stored->keptIn == store::SecretSource::Keychain)
        out() << "The " << store::secretDisplayName(id) << " is stored in the keychain.\n";
    else
        return fail(verb, stored->notice);
    out() << Qt::flush;
    return 0;
}

int runAiUsage(const QStringList &arguments)
{
    const QString verb = u"ai-usage"_s;
    QCommandLineParser parser;
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption daysOption(u"days"_s, u"How far back (default 30)."_s, u"N"_s, u"30"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"JSON output."_s);
    parser.addOptions({helpOption, daysOption, jsonOption});
    if (!parser.parse(QStringList{u"musiaia ai-usage"_s} + arguments))
        return fail(verb, parser.errorText(), 2);
    if (parser.isSet(helpOption)) {
        out() << "Usage: musiaia ai-usage [--days N] [--json]\n\nWhat MusiaIA sent to AI providers: requests, "
                 "characters and tokens per provider. Only sizes are kept, never what was said.\n" << Qt::flush;
        return 0;
    }
    bool ok = false;
    const int days = parser.value(daysOption).toInt(&ok);
    if (!ok || days < 1)
        return fail(verb, u"--days wants a whole number of days"_s, 2);
    store::Database database;
    if (const Result<void> opened = database.open(); !opened)
        return fail(verb, opened.errorMessage());
    const auto totals = ai::usageSince(database, QDateTime::currentDateTimeUtc().addDays(-days));
    if (!totals)
        return fail(verb, totals.errorMessage());
    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const ai::UsageTotals &row : *totals)
            rows.append(QJsonObject{{u"provider"_s, store::settingName(row.provider)},
                                    {u"requests"_s, row.requests},
                                    {u"characters"_s, row.characters},
                                    {u"estimatedTokens"_s, row.estimatedTokens},
                                    {u"promptTokens"_s, row.promptTokens},
                                    {u"completionTokens"_s, row.completionTokens}});
        out() << QJsonDocument(QJsonObject{{u"days"_s, days}, {u"providers"_s, rows}}).toJson() << Qt::flush;
        return 0;
    }
    out() << "Sent to AI providers in the last " << days << " days (sizes only; the content is never kept):\n";
    if (totals->isEmpty())
        out() << "  nothing\n";
    for (const ai::UsageTotals &row : *totals)
        out() << "  " << ai::providerDisplayName(row.provider).leftJustified(8) << ' ' << row.requests << " requests, "
              << row.characters << " characters (~" << row.estimatedTokens << " tokens); counted by the provider: "
              << row.promptTokens << " in, " << row.completionTokens << " out\n";
    out() << Qt::flush;
    return 0;
}

} // namespace musiaia::cli
