// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampletypes.h"

#include <QJsonArray>

namespace musiaia::library {
namespace {

template<typename T, typename ToJson>
void putKnown(QJsonObject &object, const QString &name, const std::optional<Known<T>> &known, ToJson toJson)
{
    if (!known) {
        object.insert(name, QJsonValue::Null);
        return;
    }
    object.insert(name, QJsonObject{{QStringLiteral("value"), toJson(known->value)},
                                    {QStringLiteral("confidence"), std::round(known->confidence * 100) / 100},
                                    {QStringLiteral("source"), sourceName(known->source)}});
}

QJsonArray countsToJson(const QList<std::pair<QString, int>> &counts)
{
    QJsonArray array;
    for (const auto &[name, count] : counts)
        array.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("count"), count}});
    return array;
}

} // namespace

QJsonObject SampleFolder::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("path"), path},
            {QStringLiteral("scanState"), scanState},
            {QStringLiteral("addedAt"), addedAt.toString(Qt::ISODate)},
            {QStringLiteral("scanFinishedAt"), scanFinishedAt.isValid() ? QJsonValue(scanFinishedAt.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("samples"), samples},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("problems"), problems}};
}

QJsonObject SampleRecord::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("folder"), relativeDir},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("format"), info.format},
                       {QStringLiteral("encoding"), info.encoding},
                       {QStringLiteral("duration"), std::round(info.duration * 1000) / 1000},
                       {QStringLiteral("sampleRate"), info.sampleRate},
                       {QStringLiteral("channels"), info.channels},
                       {QStringLiteral("bitDepth"), info.bitDepth > 0 ? QJsonValue(info.bitDepth) : QJsonValue()},
                       {QStringLiteral("loudness"), loudness ? QJsonValue(std::round(*loudness * 10) / 10) : QJsonValue()},
                       {QStringLiteral("peak"), std::round(peakDb * 10) / 10},
                       {QStringLiteral("missing"), missing},
                       {QStringLiteral("genre"), genre},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
    auto text = [](const QString &value) { return QJsonValue(value); };
    putKnown(object, QStringLiteral("type"), type, text);
    putKnown(object, QStringLiteral("kind"), kind, text);
    putKnown(object, QStringLiteral("bpm"), bpm, [](double value) { return QJsonValue(std::round(value * 100) / 100); });
    putKnown(object, QStringLiteral("key"), key, [](const MusicalKey &value) {
        return QJsonValue(QJsonObject{{QStringLiteral("name"), value.name()}, {QStringLiteral("camelot"), value.camelot()}});
    });
    putKnown(object, QStringLiteral("root"), rootMidi, [](int value) {
        return QJsonValue(QJsonObject{{QStringLiteral("name"), noteName(value)}, {QStringLiteral("midi"), value}});
    });
    return object;
}

QJsonObject LibraryStats::toJson() const
{
    return {{QStringLiteral("folders"), folders},
            {QStringLiteral("samples"), samples},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("loops"), loops},
            {QStringLiteral("oneShots"), oneShots},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("totalSeconds"), std::round(totalSeconds * 10) / 10},
            {QStringLiteral("totalBytes"), totalBytes},
            {QStringLiteral("byType"), countsToJson(byType)},
            {QStringLiteral("byFormat"), countsToJson(byFormat)},
            {QStringLiteral("typeSource"), countsToJson(bySource)}};
}

} // namespace musiaia::library
