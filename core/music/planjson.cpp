// SPDX-License-Identifier: GPL-3.0-or-later
// Plan <-> JSON, and the checks that hold a plan to resources/schemas/plan.schema.json.
#include "music/plan.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("musiaia::music", text);
}

Error planError(const QString &path, const QString &message)
{
    return makeError(ErrorCode::InvalidArgument,
                     path.isEmpty() ? tr("invalid plan: %1").arg(message)
                                    : tr("invalid plan: %1: %2").arg(path, message));
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: return u'"' + value.toString().left(40) + u'"';
    case QJsonValue::Array: return tr("an array");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

Result<void> checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            const QString where = path.isEmpty() ? it.key() : path + u'.' + it.key();
            return planError(where, tr("unknown field (allowed: %1)").arg(allowed.join(u", ")));
        }
    }
    return {};
}

Result<QString> readString(const QJsonValue &value, const QString &path, int maxLength)
{
    if (!value.isString())
        return planError(path, tr("expected a string, got %1").arg(describe(value)));
    const QString text = value.toString();
    if (text.size() > maxLength)
        return planError(path, tr("longer than %1 characters").arg(maxLength));
    return text;
}

Result<double> readNumber(const QJsonValue &value, const QString &path, double low, double high)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < low || value.toDouble() > high)
        return planError(path, tr("expected a number from %1 to %2, got %3").arg(low).arg(high).arg(describe(value)));
    return value.toDouble();
}

Result<qint64> readInteger(const QJsonValue &value, const QString &path, qint64 low, qint64 high)
{
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || number < double(low) || number > double(high)) {
        return planError(path,
                         tr("expected an integer from %1 to %2, got %3").arg(low).arg(high).arg(describe(value)));
    }
    return qint64(number);
}

Result<QStringList> readStringList(const QJsonValue &value, const QString &path, int maxItems)
{
    if (!value.isArray())
        return planError(path, tr("expected an array of strings, got %1").arg(describe(value)));
    const QJsonArray array = value.toArray();
    if (array.size() > maxItems)
        return planError(path, tr("more than %1 items").arg(maxItems));
    QStringList result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return planError(path + u'[' + QString::number(i) + u']', tr("expected a string"));
        result << array.at(i).toString();
    }
    return result;
}

QStringList schemaEnum(const QStringList &path)
{
    QJsonObject node = planSchema();
    for (const QString &step : path)
        node = node.value(step).toObject();
    QStringList values;
    const QJsonArray array = node.value(u"enum"_s).toArray();
    for (const QJsonValue &value : array)
        values << value.toString();
    return values;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

Result<void> readKey(const QJsonValue &value, Plan *plan)
{
    if (!value.isObject())
        return planError(u"key"_s, tr("expected an object {\"root\": \"A\", \"mode\": \"minor\"}"));
    const QJsonObject object = value.toObject();
    if (Result<void> keys = checkKeys(object, u"key"_s, {u"root"_s, u"mode"_s}); !keys)
        return keys;
    const Result<QString> root = readString(object.value(u"root"_s), u"key.root"_s, 12);
    if (!root)
        return root.error();
    const int pc = parseNoteName(*root);
    if (pc < 0)
        return planError(u"key.root"_s, tr("\"%1\" is not a note name (A, F#, Bb ...)").arg(*root));
    const Result<QString> mode = readString(object.value(u"mode"_s), u"key.mode"_s, 40);
    if (!mode)
        return mode.error();
    Mode parsed = Mode::Minor;
    if (!parseModeName(*mode, &parsed)) {
        QStringList names;
        for (Mode m : kAllModes)
            names << modeName(m);
        return planError(u"key.mode"_s, tr("\"%1\" is not a mode (%2)").arg(*mode, names.join(u", ")));
    }
    plan->key = Key{pc, parsed};
    return {};
}

Result<Section> readSection(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return planError(path, tr("expected an object"));
    const QJsonObject object = value.toObject();
    if (Result<void> keys = checkKeys(object, path,
                                      {u"name"_s, u"kind"_s, u"bars"_s, u"energy"_s, u"parts"_s, u"progression"_s});
        !keys) {
        return keys.error();
    }
    Section section;
    const Result<QString> kind = readString(object.value(u"kind"_s), path + u".kind"_s, 40);
    if (!kind)
        return kind.error();
    if (!parseSectionKindName(*kind, &section.kind)) {
        return planError(path + u".kind"_s, tr("\"%1\" is not a section kind (%2)")
                                                 .arg(*kind, schemaEnum({u"properties"_s, u"sections"_s, u"items"_s,
                                                                         u"properties"_s, u"kind"_s})
                                                                 .join(u", ")));
    }
    const Result<qint64> bars = readInteger(object.value(u"bars"_s), path + u".bars"_s, 1, Plan::kMaxBars);
    if (!bars)
        return bars.error();
    section.bars = int(*bars);
    if (object.contains(u"name"_s)) {
        const Result<QString> name = readString(object.value(u"name"_s), path + u".name"_s, 60);
        if (!name)
            return name.error();
        section.name = name->trimmed();
    }
    if (object.contains(u"energy"_s)) {
        const Result<double> energy = readNumber(object.value(u"energy"_s), path + u".energy"_s, 0.0, 1.0);
        if (!energy)
            return energy.error();
        section.energy = *energy;
    }
    if (object.contains(u"parts"_s)) {
        const Result<QStringList> parts = readStringList(object.value(u"parts"_s), path + u".parts"_s, 32);
        if (!parts)
            return parts.error();
        section.parts = *parts;
    }
    if (object.contains(u"progression"_s)) {
        const Result<QStringList> chords =
            readStringList(object.value(u"progression"_s), path + u".progression"_s, 16);
        if (!chords)
            return chords.error();
        section.progression = *chords;
    }
    return section;
}

Result<Part> readPart(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return planError(path, tr("expected an object"));
    const QJsonObject object = value.toObject();
    if (Result<void> keys = checkKeys(
            object, path, {u"id"_s, u"role"_s, u"name"_s, u"instrument"_s, u"style"_s, u"seed"_s, u"color"_s});
        !keys) {
        return keys.error();
    }
    Part part;
    const Result<QString> id = readString(object.value(u"id"_s), path + u".id"_s, 32);
    if (!id)
        return id.error();
    part.id = *id;
    const Result<QString> role = readString(object.value(u"role"_s), path + u".role"_s, 40);
    if (!role)
        return role.error();
    if (!parseRoleName(*role, &part.role)) {
        QStringList names;
        for (PartRole r : kAllRoles)
            names << roleName(r);
        return planError(path + u".role"_s, tr("\"%1\" is not a role (%2)").arg(*role, names.join(u", ")));
    }
    const struct
    {
        QString field;
        QString *target;
        int maxLength;
    } texts[] = {{u"name"_s, &part.name, 60}, {u"instrument"_s, &part.instrument, 120}, {u"style"_s, &part.style, 40}};
    for (const auto &text : texts) {
        if (!object.contains(text.field))
            continue;
        const Result<QString> read = readString(object.value(text.field), path + u'.' + text.field, text.maxLength);
        if (!read)
            return read.error();
        *text.target = read->trimmed();
    }
    if (object.contains(u"seed"_s)) {
        const Result<qint64> seed = readInteger(object.value(u"seed"_s), path + u".seed"_s, 0, 4294967295LL);
        if (!seed)
            return seed.error();
        part.seed = std::uint32_t(*seed);
    }
    if (object.contains(u"color"_s)) {
        const Result<qint64> color = readInteger(object.value(u"color"_s), path + u".color"_s, 0, 69);
        if (!color)
            return color.error();
        part.color = int(*color);
    }
    return part;
}

template<typename T>
Result<QList<T>> readList(const QJsonValue &value, const QString &path, int maxItems,
                          Result<T> (*readItem)(const QJsonValue &, const QString &))
{
    if (!value.isArray())
        return planError(path, tr("expected an array, got %1").arg(describe(value)));
    const QJsonArray array = value.toArray();
    if (array.isEmpty() || array.size() > maxItems)
        return planError(path, tr("expected 1 to %1 items, got %2").arg(maxItems).arg(array.size()));
    QList<T> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<T> item = readItem(array.at(i), path + u'[' + QString::number(i) + u']');
        if (!item)
            return item.error();
        items << std::move(item).value();
    }
    return items;
}

Result<void> readLength(const QJsonValue &value, Plan *plan)
{
    if (!value.isObject())
        return planError(u"length"_s, tr("expected an object {\"bars\": 64} or {\"seconds\": 180}"));
    const QJsonObject object = value.toObject();
    if (Result<void> keys = checkKeys(object, u"length"_s, {u"bars"_s, u"seconds"_s}); !keys)
        return keys;
    if (object.contains(u"bars"_s) == object.contains(u"seconds"_s))
        return planError(u"length"_s, tr("give either \"bars\" or \"seconds\""));
    if (object.contains(u"bars"_s)) {
        const Result<qint64> bars = readInteger(object.value(u"bars"_s), u"length.bars"_s, 1, Plan::kMaxBars);
        if (!bars)
            return bars.error();
        plan->length.bars = int(*bars);
    } else {
        const Result<double> seconds = readNumber(object.value(u"seconds"_s), u"length.seconds"_s, 0.001, 1800.0);
        if (!seconds)
            return seconds.error();
        plan->length.seconds = *seconds;
    }
    return {};
}

Result<void> readTimeSignature(const QJsonValue &value, Plan *plan)
{
    if (!value.isObject())
        return planError(u"timeSignature"_s, tr("expected an object {\"numerator\": 4, \"denominator\": 4}"));
    const QJsonObject object = value.toObject();
    if (Result<void> keys = checkKeys(object, u"timeSignature"_s, {u"numerator"_s, u"denominator"_s}); !keys)
        return keys;
    const Result<qint64> numerator = readInteger(object.value(u"numerator"_s), u"timeSignature.numerator"_s, 1, 32);
    if (!numerator)
        return numerator.error();
    const Result<qint64> denominator =
        readInteger(object.value(u"denominator"_s), u"timeSignature.denominator"_s, 1, 32);
    if (!denominator)
        return denominator.error();
    plan->timeSignatureNumerator = int(*numerator);
    plan->timeSignatureDenominator = int(*denominator);
    return {};
}

Result<void> checkProgression(const QStringList &progression, const QString &path)
{
    for (qsizetype i = 0; i < progression.size(); ++i) {
        if (!isValidRomanNumeral(progression.at(i))) {
            return planError(path + u'[' + QString::number(i) + u']',
                             tr("\"%1\" is not a Roman-numeral chord (i, VI, bII, iv7, VImaj7 ...)")
                                 .arg(progression.at(i)));
        }
    }
    return {};
}

} // namespace

QJsonObject toJson(const Plan &plan)
{
    QJsonObject object;
    object.insert(u"version"_s, Plan::kVersion);
    if (!plan.title.isEmpty())
        object.insert(u"title"_s, plan.title);
    object.insert(u"genre"_s, plan.genre);
    if (plan.tempo > 0.0)
        object.insert(u"tempo"_s, plan.tempo);
    if (plan.key.isValid()) {
        object.insert(u"key"_s, QJsonObject{{u"root"_s, noteName(plan.key.root, plan.key)},
                                           {u"mode"_s, modeName(plan.key.mode)}});
    }
    object.insert(u"timeSignature"_s, QJsonObject{{u"numerator"_s, plan.timeSignatureNumerator},
                                                 {u"denominator"_s, plan.timeSignatureDenominator}});
    object.insert(u"mood"_s, moodName(plan.mood));
    if (plan.swing >= 0.0)
        object.insert(u"swing"_s, plan.swing);
    object.insert(u"seed"_s, qint64(plan.seed));
    if (plan.length.bars > 0)
        object.insert(u"length"_s, QJsonObject{{u"bars"_s, plan.length.bars}});
    else if (plan.length.seconds > 0.0)
        object.insert(u"length"_s, QJsonObject{{u"seconds"_s, plan.length.seconds}});
    if (!plan.progression.isEmpty())
        object.insert(u"progression"_s, toArray(plan.progression));
    if (plan.chordBars > 0)
        object.insert(u"chordBars"_s, plan.chordBars);
    if (!plan.sections.isEmpty()) {
        QJsonArray sections;
        for (const Section &section : plan.sections) {
            QJsonObject item{{u"kind"_s, sectionKindName(section.kind)},
                             {u"bars"_s, section.bars},
                             {u"energy"_s, section.energy},
                             {u"parts"_s, toArray(section.parts)}};
            if (!section.name.isEmpty())
                item.insert(u"name"_s, section.name);
            if (!section.progression.isEmpty())
                item.insert(u"progression"_s, toArray(section.progression));
            sections.append(item);
        }
        object.insert(u"sections"_s, sections);
    }
    if (!plan.parts.isEmpty()) {
        QJsonArray parts;
        for (const Part &part : plan.parts) {
            QJsonObject item{{u"id"_s, part.id}, {u"role"_s, roleName(part.role)}, {u"seed"_s, qint64(part.seed)}};
            if (!part.name.isEmpty())
                item.insert(u"name"_s, part.name);
            if (!part.instrument.isEmpty())
                item.insert(u"instrument"_s, part.instrument);
            if (!part.style.isEmpty())
                item.insert(u"style"_s, part.style);
            if (part.color >= 0)
                item.insert(u"color"_s, part.color);
            parts.append(item);
        }
        object.insert(u"parts"_s, parts);
    }
    return object;
}

QByteArray toJsonText(const Plan &plan)
{
    return QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented);
}

Result<Plan> planFromJson(const QByteArray &jsonText)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(jsonText, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::Corrupt, tr("the plan is not valid JSON: %1 at character %2")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset));
    }
    if (!document.isObject())
        return planError(QString(), tr("expected a JSON object"));
    return planFromJson(document.object());
}

Result<Plan> planFromJson(const QJsonObject &object)
{
    const QStringList allowed = {u"version"_s, u"title"_s,  u"genre"_s,       u"tempo"_s,     u"key"_s,
                                 u"timeSignature"_s, u"mood"_s, u"swing"_s,   u"seed"_s,      u"length"_s,
                                 u"progression"_s, u"chordBars"_s, u"sections"_s, u"parts"_s};
    if (Result<void> keys = checkKeys(object, QString(), allowed); !keys)
        return keys.error();
    Plan plan;
    if (object.contains(u"version"_s)) {
        const Result<qint64> version = readInteger(object.value(u"version"_s), u"version"_s, 1, 1);
        if (!version)
            return version.error();
    }
    if (!object.contains(u"genre"_s))
        return planError(u"genre"_s, tr("missing (one of %1)").arg(schemaEnum({u"properties"_s, u"genre"_s}).join(u", ")));
    const Result<QString> genre = readString(object.value(u"genre"_s), u"genre"_s, 40);
    if (!genre)
        return genre.error();
    plan.genre = *genre;
    if (object.contains(u"title"_s)) {
        const Result<QString> title = readString(object.value(u"title"_s), u"title"_s, 120);
        if (!title)
            return title.error();
        plan.title = title->trimmed();
    }
    if (object.contains(u"tempo"_s)) {
        const Result<double> tempo = readNumber(object.value(u"tempo"_s), u"tempo"_s, Plan::kMinTempo, Plan::kMaxTempo);
        if (!tempo)
            return tempo.error();
        plan.tempo = *tempo;
    }
    if (object.contains(u"key"_s)) {
        if (Result<void> key = readKey(object.value(u"key"_s), &plan); !key)
            return key.error();
    }
    if (object.contains(u"timeSignature"_s)) {
        if (Result<void> signature = readTimeSignature(object.value(u"timeSignature"_s), &plan); !signature)
            return signature.error();
    }
    if (object.contains(u"mood"_s)) {
        const Result<QString> mood = readString(object.value(u"mood"_s), u"mood"_s, 40);
        if (!mood)
            return mood.error();
        if (!parseMoodName(*mood, &plan.mood)) {
            return planError(u"mood"_s, tr("\"%1\" is not a mood (%2)")
                                            .arg(*mood, schemaEnum({u"properties"_s, u"mood"_s}).join(u", ")));
        }
    }
    if (object.contains(u"swing"_s)) {
        const Result<double> swing = readNumber(object.value(u"swing"_s), u"swing"_s, 50.0, 75.0);
        if (!swing)
            return swing.error();
        plan.swing = *swing;
    }
    if (object.contains(u"seed"_s)) {
        const Result<qint64> seed = readInteger(object.value(u"seed"_s), u"seed"_s, 0, 4294967295LL);
        if (!seed)
            return seed.error();
        plan.seed = std::uint32_t(*seed);
    }
    if (object.contains(u"length"_s)) {
        if (Result<void> length = readLength(object.value(u"length"_s), &plan); !length)
            return length.error();
    }
    if (object.contains(u"progression"_s)) {
        const Result<QStringList> chords = readStringList(object.value(u"progression"_s), u"progression"_s, 16);
        if (!chords)
            return chords.error();
        if (chords->isEmpty())
            return planError(u"progression"_s, tr("expected at least one chord"));
        plan.progression = *chords;
    }
    if (object.contains(u"chordBars"_s)) {
        const Result<qint64> bars = readInteger(object.value(u"chordBars"_s), u"chordBars"_s, 1, 8);
        if (!bars)
            return bars.error();
        plan.chordBars = int(*bars);
    }
    if (object.contains(u"parts"_s)) {
        Result<QList<Part>> parts = readList<Part>(object.value(u"parts"_s), u"parts"_s, 16, &readPart);
        if (!parts)
            return parts.error();
        plan.parts = std::move(parts).value();
    }
    if (object.contains(u"sections"_s)) {
        Result<QList<Section>> sections =
            readList<Section>(object.value(u"sections"_s), u"sections"_s, 32, &readSection);
        if (!sections)
            return sections.error();
        plan.sections = std::move(sections).value();
    }
    if (Result<void> valid = validatePlan(plan); !valid)
        return valid.error();
    return plan;
}

Result<void> validatePlan(const Plan &plan)
{
    const QStringList genres = schemaEnum({u"properties"_s, u"genre"_s});
    if (!genres.contains(plan.genre))
        return planError(u"genre"_s, tr("\"%1\" is not a known genre (%2)").arg(plan.genre, genres.join(u", ")));
    if (plan.tempo != 0.0 && (plan.tempo < Plan::kMinTempo || plan.tempo > Plan::kMaxTempo))
        return planError(u"tempo"_s, tr("%1 BPM is outside %2 to %3").arg(plan.tempo).arg(Plan::kMinTempo).arg(Plan::kMaxTempo));
    if (plan.swing >= 0.0 && (plan.swing < 50.0 || plan.swing > 75.0))
        return planError(u"swing"_s, tr("%1 % is outside 50 to 75").arg(plan.swing));
    if (plan.timeSignatureNumerator != 4 || plan.timeSignatureDenominator != 4) {
        return planError(u"timeSignature"_s, tr("%1/%2: the composer writes 4/4 only")
                                                 .arg(plan.timeSignatureNumerator)
                                                 .arg(plan.timeSignatureDenominator));
    }
    if (Result<void> chords = checkProgression(plan.progression, u"progression"_s); !chords)
        return chords;
    if (plan.chordBars < 0 || plan.chordBars > 8)
        return planError(u"chordBars"_s, tr("expected 1 to 8 bars per chord"));

    static const QRegularExpression idPattern(u"^[a-z][a-z0-9_-]{0,31}$"_s);
    QSet<QString> ids;
    for (qsizetype i = 0; i < plan.parts.size(); ++i) {
        const Part &part = plan.parts.at(i);
        const QString path = u"parts["_s + QString::number(i) + u']';
        if (!idPattern.match(part.id).hasMatch())
            return planError(path + u".id"_s, tr("\"%1\" must be lower-case letters, digits, - or _").arg(part.id));
        if (ids.contains(part.id))
            return planError(path + u".id"_s, tr("\"%1\" is used by two parts").arg(part.id));
        ids.insert(part.id);
        if (!part.style.isEmpty() && !roleStyles(part.role).contains(part.style)) {
            return planError(path + u".style"_s, tr("\"%1\" is not a style for %2 (%3)")
                                                     .arg(part.style, roleName(part.role),
                                                          roleStyles(part.role).join(u", ")));
        }
        if (part.color < -1 || part.color > 69)
            return planError(path + u".color"_s, tr("expected a palette index from 0 to 69"));
    }

    int total = 0;
    for (qsizetype i = 0; i < plan.sections.size(); ++i) {
        const Section &section = plan.sections.at(i);
        const QString path = u"sections["_s + QString::number(i) + u']';
        if (section.bars < 1 || section.bars > Plan::kMaxBars)
            return planError(path + u".bars"_s, tr("expected 1 to %1 bars").arg(Plan::kMaxBars));
        if (section.energy < 0.0 || section.energy > 1.0)
            return planError(path + u".energy"_s, tr("expected a number from 0 to 1"));
        total += section.bars;
        QSet<QString> seen;
        for (const QString &id : section.parts) {
            PartRole role;
            const bool known = plan.parts.isEmpty() ? parseRoleName(id, &role) : ids.contains(id);
            if (!known) {
                return planError(path + u".parts"_s,
                                 plan.parts.isEmpty()
                                     ? tr("\"%1\" is not a role, and the plan defines no parts").arg(id)
                                     : tr("\"%1\" is not the id of a part in \"parts\"").arg(id));
            }
            if (seen.contains(id))
                return planError(path + u".parts"_s, tr("\"%1\" is listed twice").arg(id));
            seen.insert(id);
        }
        if (Result<void> chords = checkProgression(section.progression, path + u".progression"_s); !chords)
            return chords;
    }
    if (total > Plan::kMaxBars)
        return planError(u"sections"_s, tr("%1 bars in all: at most %2").arg(total).arg(Plan::kMaxBars));
    if (plan.length.bars < 0 || plan.length.bars > Plan::kMaxBars || plan.length.seconds < 0.0
        || plan.length.seconds > 1800.0) {
        return planError(u"length"_s, tr("out of range"));
    }
    return {};
}

QByteArray planSchemaText()
{
    QFile file(u":/data/schemas/plan.schema.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

QJsonObject planSchema()
{
    static const QJsonObject schema = QJsonDocument::fromJson(planSchemaText()).object();
    return schema;
}

} // namespace musiaia::music
