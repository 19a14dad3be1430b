// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontypes.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {
namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(timestampText(time)) : QJsonValue();
}

QJsonValue idValue(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

} // namespace

QString intentName(Intent intent)
{
    switch (intent) {
    case Intent::Generate: return u"generate"_s;
    case Intent::Modify: return u"modify"_s;
    case Intent::Analyze: return u"analyze"_s;
    case Intent::Talk: return u"talk"_s;
    }
    return u"talk"_s;
}

bool parseIntentName(QStringView name, Intent *out)
{
    for (Intent intent : {Intent::Generate, Intent::Modify, Intent::Analyze, Intent::Talk}) {
        if (name.compare(intentName(intent), Qt::CaseInsensitive) == 0) {
            *out = intent;
            return true;
        }
    }
    return false;
}

QJsonObject ChosenSample::toJson() const
{
    return {{u"partId"_s, partId},       {u"role"_s, role},
            {u"sampleId"_s, idValue(sampleId)}, {u"sourcePath"_s, sourcePath},
            {u"projectPath"_s, projectPath}, {u"reason"_s, reason}};
}

QJsonObject VersionChange::toJson() const
{
    QJsonObject object{{u"kind"_s, kind}, {u"text"_s, text}};
    if (!subject.isEmpty())
        object.insert(u"subject"_s, subject);
    if (!from.isEmpty())
        object.insert(u"from"_s, from);
    if (!to.isEmpty())
        object.insert(u"to"_s, to);
    return object;
}

VersionChange VersionChange::fromJson(const QJsonObject &object)
{
    return {object.value(u"kind"_s).toString(), object.value(u"subject"_s).toString(),
            object.value(u"from"_s).toString(), object.value(u"to"_s).toString(), object.value(u"text"_s).toString()};
}

QJsonObject VersionInfo::toJson() const
{
    QJsonArray changeArray;
    for (const VersionChange &change : changes)
        changeArray.append(change.toJson());
    QJsonArray sampleArray;
    for (const ChosenSample &sample : samples)
        sampleArray.append(sample.toJson());
    return {{u"id"_s, id},
            {u"projectId"_s, projectId},
            {u"number"_s, number},
            {u"parentId"_s, idValue(parentId)},
            {u"createdAt"_s, timeValue(createdAt)},
            {u"prompt"_s, prompt},
            {u"language"_s, language},
            {u"plan"_s, plan},
            {u"seed"_s, qint64(seed)},
            {u"provider"_s, provider},
            {u"model"_s, model},
            {u"diff"_s, diff},
            {u"changes"_s, changeArray},
            {u"folder"_s, folder},
            {u"setPath"_s, setPath},
            {u"genre"_s, genre},
            {u"tempo"_s, tempo},
            {u"key"_s, keyName},
            {u"bars"_s, bars},
            {u"seconds"_s, seconds},
            {u"samples"_s, sampleArray}};
}

QJsonObject ProjectInfo::toJson() const
{
    QJsonObject object{{u"id"_s, id},
                       {u"name"_s, name},
                       {u"folder"_s, folder},
                       {u"conversationId"_s, idValue(conversationId)},
                       {u"createdAt"_s, timeValue(createdAt)},
                       {u"updatedAt"_s, timeValue(updatedAt)},
                       {u"versionCount"_s, versionCount}};
    if (latest.id > 0)
        object.insert(u"latest"_s, latest.toJson());
    return object;
}

QString roleName(MessageRecord::Role role)
{
    return role == MessageRecord::Role::User ? u"user"_s : u"assistant"_s;
}

QString statusName(MessageRecord::Status status)
{
    switch (status) {
    case MessageRecord::Status::Ok: return u"ok"_s;
    case MessageRecord::Status::Failed: return u"failed"_s;
    case MessageRecord::Status::Cancelled: return u"cancelled"_s;
    }
    return u"ok"_s;
}

QJsonObject MessageRecord::toJson() const
{
    QJsonObject object{{u"id"_s, id},
                       {u"conversationId"_s, conversationId},
                       {u"role"_s, roleName(role)},
                       {u"content"_s, content},
                       {u"status"_s, statusName(status)},
                       {u"createdAt"_s, timeValue(createdAt)}};
    if (!reasoning.isEmpty())
        object.insert(u"reasoning"_s, reasoning);
    if (!intent.isEmpty())
        object.insert(u"intent"_s, intent);
    if (!language.isEmpty())
        object.insert(u"language"_s, language);
    if (!provider.isEmpty())
        object.insert(u"provider"_s, provider);
    if (!model.isEmpty())
        object.insert(u"model"_s, model);
    if (promptTokens >= 0)
        object.insert(u"promptTokens"_s, promptTokens);
    if (completionTokens >= 0)
        object.insert(u"completionTokens"_s, completionTokens);
    if (durationMs >= 0)
        object.insert(u"durationMs"_s, durationMs);
    if (versionId > 0)
        object.insert(u"versionId"_s, versionId);
    return object;
}

QJsonObject ConversationInfo::toJson() const
{
    QJsonObject object{{u"id"_s, id},
                       {u"title"_s, title},
                       {u"language"_s, language},
                       {u"createdAt"_s, timeValue(createdAt)},
                       {u"updatedAt"_s, timeValue(updatedAt)},
                       {u"currentProjectId"_s, idValue(currentProjectId)},
                       {u"currentVersionId"_s, idValue(currentVersionId)},
                       {u"messageCount"_s, messageCount}};
    if (!reference.isEmpty())
        object.insert(u"reference"_s, reference);
    return object;
}

QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace musiaia::session
