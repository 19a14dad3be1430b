// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence.h"

#include <QHash>
#include <QStringList>

#include <cmath>

namespace musiaia::library {
namespace {

struct FieldEntry
{
    Field field;
    QLatin1String name;
};

constexpr FieldEntry FieldNames[] = {
    {Field::Type, QLatin1String("type")}, {Field::Kind, QLatin1String("kind")}, {Field::Bpm, QLatin1String("bpm")},
    {Field::Key, QLatin1String("key")},   {Field::Root, QLatin1String("root")}, {Field::Genre, QLatin1String("genre")},
    {Field::Comment, QLatin1String("comment")},
};

struct SourceEntry
{
    Source source;
    QLatin1String name;
};

constexpr SourceEntry SourceNames[] = {
    {Source::User, QLatin1String("user")},
    {Source::Tag, QLatin1String("tag")},
    {Source::Name, QLatin1String("name")},
    {Source::Analysis, QLatin1String("analysis")},
};

// Whether two values of a field say the same thing (tempos within 2 %, say).
bool agree(Field field, const QString &a, const QString &b)
{
    if (field == Field::Bpm) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x > 0 && y > 0 && std::abs(x - y) <= 0.02 * std::max(x, y);
    }
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QString fieldName(Field field)
{
    for (const FieldEntry &entry : FieldNames) {
        if (entry.field == field)
            return entry.name;
    }
    return {};
}

std::optional<Field> fieldFromName(const QString &name)
{
    for (const FieldEntry &entry : FieldNames) {
        if (name == entry.name)
            return entry.field;
    }
    return std::nullopt;
}

QString sourceName(Source source)
{
    for (const SourceEntry &entry : SourceNames) {
        if (entry.source == source)
            return entry.name;
    }
    return {};
}

std::optional<Source> sourceFromName(const QString &name)
{
    for (const SourceEntry &entry : SourceNames) {
        if (name == entry.name)
            return entry.source;
    }
    return std::nullopt;
}

std::optional<ResolvedValue> resolveField(Field field, const QList<Evidence> &evidence)
{
    const Evidence *best = nullptr;
    for (const Evidence &candidate : evidence) {
        if (candidate.field != field || candidate.value.isEmpty())
            continue;
        if (candidate.source == Source::User)
            return ResolvedValue{candidate.value, 1.0, Source::User};
        if (!best || candidate.confidence > best->confidence + 1e-9
            || (std::abs(candidate.confidence - best->confidence) <= 1e-9 && candidate.source < best->source))
            best = &candidate;
    }
    if (!best)
        return std::nullopt;

    // Independent sources that agree make the answer more certain.
    double doubt = 1.0 - best->confidence;
    for (const Evidence &other : evidence) {
        if (&other != best && other.field == field && other.source != best->source
            && agree(field, other.value, best->value))
            doubt *= 1.0 - other.confidence;
    }
    return ResolvedValue{best->value, std::clamp(1.0 - doubt, 0.0, 1.0), best->source};
}

const QStringList &sampleTypes()
{
    static const QStringList types = {
        QStringLiteral("kick"),  QStringLiteral("snare"),     QStringLiteral("clap"),      QStringLiteral("closed-hat"),
        QStringLiteral("open-hat"), QStringLiteral("cymbal"), QStringLiteral("tom"),       QStringLiteral("perc"),
        QStringLiteral("bass"),  QStringLiteral("lead"),      QStringLiteral("pad"),       QStringLiteral("chord"),
        QStringLiteral("vocal"), QStringLiteral("fx"),        QStringLiteral("texture"),   QStringLiteral("drum-loop"),
        QStringLiteral("music-loop"),
    };
    return types;
}

QString sampleTypeName(const QString &type, Language language)
{
    struct Names
    {
        const char *english;
        const char *spanish;
    };
    // The sample table's names (ui/library), lower case for use inside a sentence.
    static const QHash<QString, Names> names = {
        { QStringLiteral("kick"), { "kick", "bombo" } },
        { QStringLiteral("snare"), { "snare", "caja" } },
        { QStringLiteral("clap"), { "clap", "palmas" } },
        { QStringLiteral("closed-hat"), { "closed hat", "hi-hat cerrado" } },
        { QStringLiteral("open-hat"), { "open hat", "hi-hat abierto" } },
        { QStringLiteral("cymbal"), { "cymbal", "platillo" } },
        { QStringLiteral("tom"), { "tom", "tom" } },
        { QStringLiteral("perc"), { "percussion", "percusión" } },
        { QStringLiteral("bass"), { "bass", "bajo" } },
        { QStringLiteral("lead"), { "lead", "lead" } },
        { QStringLiteral("pad"), { "pad", "pad" } },
        { QStringLiteral("chord"), { "chord", "acorde" } },
        { QStringLiteral("vocal"), { "vocal", "voz" } },
        { QStringLiteral("fx"), { "FX", "FX" } },
        { QStringLiteral("texture"), { "texture", "textura" } },
        { QStringLiteral("drum-loop"), { "drum loop", "loop de batería" } },
        { QStringLiteral("music-loop"), { "music loop", "loop musical" } },
    };
    const auto it = names.constFind(type);
    if (it == names.cend())
        return type;
    return say(language, QString::fromUtf8(it->english), QString::fromUtf8(it->spanish));
}

bool isDrumType(const QString &type)
{
    const qsizetype index = sampleTypes().indexOf(type);
    return index >= 0 && index <= 7;
}

bool isTonalType(const QString &type)
{
    static const QStringList tonal = {QStringLiteral("bass"), QStringLiteral("lead"), QStringLiteral("pad"),
                                      QStringLiteral("chord"), QStringLiteral("vocal"), QStringLiteral("music-loop")};
    return tonal.contains(type);
}

bool isLoopType(const QString &type)
{
    return type == QLatin1String("drum-loop") || type == QLatin1String("music-loop");
}

QString oneShotKind()
{
    return QStringLiteral("one-shot");
}

QString loopKind()
{
    return QStringLiteral("loop");
}

} // namespace musiaia::library
