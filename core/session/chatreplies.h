// SPDX-License-Identifier: GPL-3.0-or-later
// What the session says without a model, in the musician's language: the reply after a version is
// written, the summary of an analysed set, and an offline answer to talk that is actually useful
// (what MusiaIA can do, the state of the current song, what to try next, a genre's facts).
// Also the "reference" an analysed set leaves in the conversation for "hazme algo en este estilo".
#pragma once

#include "session/sessiontypes.h"
#include "session/wording.h"

#include "als/setreport.h"
#include "music/plan.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace musiaia::session {

// "house · 124 BPM · La menor · 3:06 (96 compases)".
QString songLine(const music::Plan &plan, Language language);
// "kick, bajo, acordes, melodía".
QString partsLine(const music::Plan &plan, Language language);

// After a version is written: what it is, what changed, where it is, and what to try next.
QString versionReply(const VersionInfo &version, const QString &projectName, const music::Plan &plan,
                     const QStringList &notes, Language language);

// What a set's analysis leaves in the conversation: path, tempo, key, length and track layout.
QJsonObject referenceFromReport(const als::SetReport &report, const QString &setPath);
// A partial plan "in the style of" the reference: its tempo, key, length and parts (from the
// track names), and the genre whose tempo range fits best. `notes` say what was taken.
music::Plan planFromReference(const QJsonObject &reference, Language language, QStringList *notes);
// The summary shown after an analysis.
QString analysisReply(const als::SetReport &report, const QJsonObject &reference, Language language);

// The current song, when there is one, for the offline reply and the provider's context.
struct TalkState
{
    std::optional<VersionInfo> version;
    QString projectName;
    QJsonObject reference;
    bool providerConfigured = false;
};

// An offline answer to `text`.
QString offlineReply(const QString &text, const TalkState &state, Language language);
// A short description of the session's state for a model's system prompt.
QString stateForModel(const TalkState &state, Language language);

} // namespace musiaia::session
