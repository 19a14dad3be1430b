// SPDX-License-Identifier: GPL-3.0-or-later
// The chat session's value types: what the UI's models and the local API show, with toJson() for
// the API and the command line. Plain values; the stores (projectstore.h, conversationstore.h)
// fill them in, nobody outside core/session touches SQL.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace musiaia::session {

// What a message asks for.
enum class Intent { Generate, Modify, Analyze, Talk };
QString intentName(Intent intent);                 // "generate", "modify", "analyze", "talk"
bool parseIntentName(QStringView name, Intent *out);

struct ChosenSample
{
    QString partId;            // the plan part it plays in
    QString role;              // the part's role name ("kick")
    qint64 sampleId = 0;       // the library's id; 0 when the sample is gone from the library
    QString sourcePath;        // the library file it was copied from
    QString projectPath;       // the copy, relative to the version folder ("Samples/Imported/x.wav")
    QString reason;            // why it was chosen, for the musician

    QJsonObject toJson() const;
    friend bool operator==(const ChosenSample &, const ChosenSample &) = default;
};

// One line of a version's musical diff, as data: the UI and the API render it in either language
// (describeChange() in plandiff.h); `text` is the rendering in the version's language.
struct VersionChange
{
    QString kind;              // tempo|key|mood|length|section_added|section_removed|section_bars|
                               // part_added|part_removed|part_regenerated|part_style|samples|title
    QString subject;           // the section or part it concerns, when any
    QString from;
    QString to;
    QString text;

    QJsonObject toJson() const;
    static VersionChange fromJson(const QJsonObject &object);
    friend bool operator==(const VersionChange &, const VersionChange &) = default;
};

struct VersionInfo
{
    qint64 id = 0;
    qint64 projectId = 0;
    int number = 0;                 // 1, 2, 3 ... within the project
    qint64 parentId = 0;            // the version it was changed from; 0 for the first
    QDateTime createdAt;
    QString prompt;                 // the message that made it
    QString language;               // es|en
    QJsonObject plan;               // the complete plan (music::planFromJson() reads it)
    std::uint32_t seed = 0;
    QString provider;               // local|glm|minimax: who understood the request
    QString model;                  // empty for the offline composer
    QString diff;                   // "tempo 124 → 128; bass regenerated", empty for the first
    QList<VersionChange> changes;
    QString folder;                 // the version's own Live project folder
    QString setPath;                // the .als inside it
    QString genre;
    double tempo = 0.0;
    QString keyName;                // "A minor"
    int bars = 0;
    double seconds = 0.0;
    QList<ChosenSample> samples;

    QJsonObject toJson() const;
};

struct ProjectInfo
{
    qint64 id = 0;
    QString name;
    QString folder;                 // holds one Live project folder per version
    qint64 conversationId = 0;      // the chat it was made in; 0 when that chat was deleted
    QDateTime createdAt;
    QDateTime updatedAt;
    int versionCount = 0;
    VersionInfo latest;             // the newest version (without its samples)

    QJsonObject toJson() const;
};

struct MessageRecord
{
    enum class Role { User, Assistant };
    enum class Status { Ok, Failed, Cancelled };

    qint64 id = 0;
    qint64 conversationId = 0;
    Role role = Role::User;
    QString content;
    QString reasoning;              // a reasoning model's thinking, shown apart
    QString intent;                 // intentName() of what the user message asked for
    QString language;
    Status status = Status::Ok;
    QString provider;               // who answered: local|glm|minimax
    QString model;
    int promptTokens = -1;          // -1 = not known
    int completionTokens = -1;
    qint64 durationMs = -1;
    qint64 versionId = 0;           // the version this reply made, if any
    QDateTime createdAt;

    QJsonObject toJson() const;
};
QString roleName(MessageRecord::Role role);
QString statusName(MessageRecord::Status status);

struct ConversationInfo
{
    qint64 id = 0;
    QString title;
    QString language;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 currentProjectId = 0;    // what "más rápido" changes; 0 = none yet
    qint64 currentVersionId = 0;
    int messageCount = 0;
    QJsonObject reference;          // an analysed set that "in this style" refers to; empty = none

    QJsonObject toJson() const;
};

// ISO 8601 UTC with milliseconds, as stored.
QString timestampText(const QDateTime &time);
QDateTime parseTimestamp(const QString &text);

} // namespace musiaia::session
