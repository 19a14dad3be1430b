// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/genre.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music {

namespace {

struct VoiceInfo
{
    DrumVoice voice;
    const char *name;
    int pitch;
    PartRole role;
};

const std::array<VoiceInfo, kDrumVoiceCount> &voiceTable()
{
    static const std::array<VoiceInfo, kDrumVoiceCount> table = {{
        {DrumVoice::Kick, "kick", 36, PartRole::Kick},
        {DrumVoice::Snare, "snare", 38, PartRole::Snare},
        {DrumVoice::Clap, "clap", 39, PartRole::Snare},
        {DrumVoice::Rim, "rim", 37, PartRole::Snare},
        {DrumVoice::ClosedHat, "chat", 42, PartRole::Hats},
        {DrumVoice::PedalHat, "phat", 44, PartRole::Hats},
        {DrumVoice::OpenHat, "ohat", 46, PartRole::Hats},
        {DrumVoice::Ride, "ride", 51, PartRole::Hats},
        {DrumVoice::Crash, "crash", 49, PartRole::Hats},
        {DrumVoice::Shaker, "shaker", 70, PartRole::Percussion},
        {DrumVoice::Tambourine, "tambourine", 54, PartRole::Percussion},
        {DrumVoice::TomLow, "tom_low", 41, PartRole::Percussion},
        {DrumVoice::TomMid, "tom_mid", 45, PartRole::Percussion},
        {DrumVoice::TomHigh, "tom_high", 48, PartRole::Percussion},
        {DrumVoice::CongaHigh, "conga_high", 63, PartRole::Percussion},
        {DrumVoice::CongaLow, "conga_low", 64, PartRole::Percussion},
        {DrumVoice::BongoHigh, "bongo_high", 60, PartRole::Percussion},
        {DrumVoice::BongoLow, "bongo_low", 61, PartRole::Percussion},
        {DrumVoice::Cowbell, "cowbell", 56, PartRole::Percussion},
        {DrumVoice::Clave, "clave", 75, PartRole::Percussion},
    }};
    return table;
}

const VoiceInfo &voiceInfo(DrumVoice voice)
{
    return voiceTable()[std::size_t(voice)];
}

const QStringList &fillKinds()
{
    static const QStringList kinds = {u"snare_fill"_s, u"snare_roll"_s, u"tom_fill"_s,   u"hat_roll"_s,
                                      u"open_hat"_s,   u"kick_pickup"_s, u"perc_fill"_s};
    return kinds;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("musiaia::music", text);
}

Error profileError(const QString &id, const QString &path, const QString &message)
{
    return makeError(ErrorCode::Corrupt,
                     tr("genre profile %1: %2: %3").arg(id.isEmpty() ? u"?"_s : id, path, message));
}

// A small checked reader over one JSON object: every read records a failure message, and
// unknown keys are failures too, so that a typo in a profile never goes unnoticed.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, QString *failure)
        : m_object(object)
        , m_path(std::move(path))
        , m_failure(failure)
    {
    }

    bool expectKeys(const QStringList &allowed) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(it.key(), tr("unknown field"));
        }
        return true;
    }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }
    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    bool fail(const QString &key, const QString &message) const
    {
        if (m_failure->isEmpty())
            *m_failure = at(key) + u": "_s + message;
        return false;
    }

    bool string(const QString &key, QString *out, bool required = true) const
    {
        if (!has(key))
            return !required || fail(key, tr("missing"));
        if (!value(key).isString() || value(key).toString().trimmed().isEmpty())
            return fail(key, tr("expected a non-empty string"));
        *out = value(key).toString().trimmed();
        return true;
    }

    bool number(const QString &key, double low, double high, double *out, bool required = true) const
    {
        if (!has(key))
            return !required || fail(key, tr("missing"));
        const double v = value(key).toDouble(std::nan(""));
        if (!value(key).isDouble() || !(v >= low && v <= high))
            return fail(key, tr("expected a number from %1 to %2").arg(low).arg(high));
        *out = v;
        return true;
    }

    bool integer(const QString &key, int low, int high, int *out, bool required = true) const
    {
        double v = 0.0;
        if (!has(key))
            return !required || fail(key, tr("missing"));
        if (!number(key, low, high, &v))
            return false;
        if (std::floor(v) != v)
            return fail(key, tr("expected an integer"));
        *out = int(v);
        return true;
    }

    bool boolean(const QString &key, bool *out) const
    {
        if (!has(key))
            return true;
        if (!value(key).isBool())
            return fail(key, tr("expected true or false"));
        *out = value(key).toBool();
        return true;
    }

    bool strings(const QString &key, QStringList *out, bool required = true) const
    {
        if (!has(key))
            return !required || fail(key, tr("missing"));
        if (!value(key).isArray())
            return fail(key, tr("expected an array of strings"));
        QStringList result;
        for (const QJsonValue &item : value(key).toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                return fail(key, tr("expected an array of strings"));
            result << item.toString();
        }
        *out = result;
        return true;
    }

    bool object(const QString &key, QJsonObject *out, bool required = true) const
    {
        if (!has(key))
            return !required || fail(key, tr("missing"));
        if (!value(key).isObject())
            return fail(key, tr("expected an object"));
        *out = value(key).toObject();
        return true;
    }

    bool array(const QString &key, QJsonArray *out, bool required = true) const
    {
        if (!has(key))
            return !required || fail(key, tr("missing"));
        if (!value(key).isArray() || value(key).toArray().isEmpty())
            return fail(key, tr("expected a non-empty array"));
        *out = value(key).toArray();
        return true;
    }

    QString *failure() const { return m_failure; }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_failure;
};

Key parseKeyText(const QString &text)
{
    const qsizetype space = text.indexOf(u' ');
    if (space <= 0)
        return {};
    Mode mode = Mode::Minor;
    const int root = parseNoteName(QStringView(text).left(space));
    QString modeText = text.mid(space + 1).trimmed();
    modeText.replace(u' ', u'_');
    if (root < 0 || !parseModeName(modeText, &mode))
        return {};
    return Key{root, mode};
}

bool readRange(const ObjectReader &reader, const QString &key, double low, double high, double *min, double *max,
               double *def)
{
    QJsonObject object;
    if (!reader.object(key, &object))
        return false;
    ObjectReader range(object, reader.at(key), reader.failure());
    if (!range.expectKeys({u"min"_s, u"max"_s, u"default"_s}) || !range.number(u"min"_s, low, high, min)
        || !range.number(u"max"_s, low, high, max) || !range.number(u"default"_s, low, high, def)) {
        return false;
    }
    if (!(*min <= *def && *def <= *max))
        return reader.fail(key, tr("expected min <= default <= max"));
    return true;
}

bool readHarmony(const ObjectReader &reader, GenreProfile *profile)
{
    QJsonObject object;
    if (!reader.object(u"harmony"_s, &object))
        return false;
    ObjectReader harmony(object, u"harmony"_s, reader.failure());
    QJsonArray progressions;
    if (!harmony.expectKeys({u"chordBars"_s, u"progressions"_s})
        || !harmony.integer(u"chordBars"_s, 1, 8, &profile->chordBars)
        || !harmony.array(u"progressions"_s, &progressions)) {
        return false;
    }
    for (qsizetype i = 0; i < progressions.size(); ++i) {
        ObjectReader item(progressions.at(i).toObject(), u"harmony.progressions["_s + QString::number(i) + u']',
                          reader.failure());
        ProgressionChoice choice;
        QStringList moods;
        if (!progressions.at(i).isObject())
            return harmony.fail(u"progressions"_s, tr("expected objects"));
        if (!item.expectKeys({u"chords"_s, u"moods"_s, u"weight"_s}) || !item.strings(u"chords"_s, &choice.chords)
            || !item.strings(u"moods"_s, &moods, false) || !item.number(u"weight"_s, 0.0, 100.0, &choice.weight, false)) {
            return false;
        }
        if (choice.chords.isEmpty() || choice.chords.size() > 16)
            return item.fail(u"chords"_s, tr("expected 1 to 16 chords"));
        for (const QString &numeral : choice.chords) {
            if (!isValidRomanNumeral(numeral))
                return item.fail(u"chords"_s, tr("\"%1\" is not a Roman-numeral chord").arg(numeral));
        }
        for (const QString &name : moods) {
            Mood mood;
            if (!parseMoodName(name, &mood))
                return item.fail(u"moods"_s, tr("\"%1\" is not a mood").arg(name));
            choice.moods << mood;
        }
        profile->progressions << choice;
    }
    return true;
}

bool readPattern(const QJsonValue &value, const QString &path, QString *failure, DrumPattern *pattern)
{
    ObjectReader reader(value.toObject(), path, failure);
    if (!value.isObject())
        return reader.fail(QString(), tr("expected an object"));
    QJsonObject lanes;
    QJsonArray energy;
    if (!reader.expectKeys({u"name"_s, u"energy"_s, u"weight"_s, u"lanes"_s}) || !reader.string(u"name"_s, &pattern->name)
        || !reader.number(u"weight"_s, 0.0, 100.0, &pattern->weight, false) || !reader.object(u"lanes"_s, &lanes)) {
        return false;
    }
    if (reader.has(u"energy"_s)) {
        energy = reader.value(u"energy"_s).toArray();
        if (energy.size() != 2 || !energy.at(0).isDouble() || !energy.at(1).isDouble()
            || energy.at(0).toDouble() < 0.0 || energy.at(1).toDouble() > 1.0
            || energy.at(0).toDouble() > energy.at(1).toDouble()) {
            return reader.fail(u"energy"_s, tr("expected [min, max] within 0..1"));
        }
        pattern->minEnergy = energy.at(0).toDouble();
        pattern->maxEnergy = energy.at(1).toDouble();
    }
    if (lanes.isEmpty())
        return reader.fail(u"lanes"_s, tr("expected at least one lane"));
    pattern->steps = -1;
    for (auto it = lanes.begin(); it != lanes.end(); ++it) {
        DrumLane lane;
        if (!parseDrumVoiceName(it.key(), &lane.voice))
            return reader.fail(u"lanes."_s + it.key(), tr("unknown drum voice"));
        if (!it.value().isString())
            return reader.fail(u"lanes."_s + it.key(), tr("expected a step string"));
        lane.steps = it.value().toString();
        if (pattern->steps < 0)
            pattern->steps = int(lane.steps.size());
        if (lane.steps.size() != pattern->steps || (pattern->steps != 16 && pattern->steps != 32))
            return reader.fail(u"lanes."_s + it.key(), tr("every lane needs 16 or 32 steps, all the same"));
        for (qsizetype i = 0; i < lane.steps.size(); ++i) {
            const QChar c = lane.steps.at(i);
            if (!QStringView(u"Xxog.rt").contains(c))
                return reader.fail(u"lanes."_s + it.key(), tr("step %1: '%2' is not one of X x o g . r t").arg(i + 1).arg(c));
            if (c == u't' && (i + 1 >= lane.steps.size() || lane.steps.at(i + 1) != u'.'))
                return reader.fail(u"lanes."_s + it.key(), tr("step %1: a triplet run needs a rest after it").arg(i + 1));
        }
        pattern->lanes << lane;
    }
    return true;
}

bool readDrums(const ObjectReader &reader, GenreProfile *profile)
{
    QJsonObject object;
    if (!reader.object(u"drums"_s, &object))
        return false;
    ObjectReader drums(object, u"drums"_s, reader.failure());
    QJsonArray patterns;
    QStringList swingRoles;
    QJsonObject humanize;
    if (!drums.expectKeys({u"patterns"_s, u"fills"_s, u"swingRoles"_s, u"humanize"_s})
        || !drums.array(u"patterns"_s, &patterns) || !drums.strings(u"fills"_s, &profile->fills)
        || !drums.strings(u"swingRoles"_s, &swingRoles, false) || !drums.object(u"humanize"_s, &humanize, false)) {
        return false;
    }
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        DrumPattern pattern;
        if (!readPattern(patterns.at(i), u"drums.patterns["_s + QString::number(i) + u']', reader.failure(), &pattern))
            return false;
        profile->patterns << pattern;
    }
    for (int step = 0; step <= 20; ++step) {
        const double energy = step / 20.0;
        const bool covered = std::any_of(profile->patterns.begin(), profile->patterns.end(), [&](const DrumPattern &p) {
            return p.minEnergy <= energy && energy <= p.maxEnergy;
        });
        if (!covered)
            return drums.fail(u"patterns"_s, tr("no pattern covers energy %1").arg(energy));
    }
    for (const QString &fill : profile->fills) {
        if (!fillKinds().contains(fill))
            return drums.fail(u"fills"_s, tr("\"%1\" is not a fill (%2)").arg(fill, fillKinds().join(u", ")));
    }
    for (const QString &name : swingRoles) {
        PartRole role;
        if (!parseRoleName(name, &role))
            return drums.fail(u"swingRoles"_s, tr("\"%1\" is not a role").arg(name));
        profile->swingRoles << role;
    }
    ObjectReader human(humanize, u"drums.humanize"_s, reader.failure());
    return human.expectKeys({u"velocity"_s, u"timingMs"_s, u"lateMs"_s})
        && human.number(u"velocity"_s, 0.0, 20.0, &profile->humanize.velocity, false)
        && human.number(u"timingMs"_s, 0.0, 15.0, &profile->humanize.timingMs, false)
        && human.number(u"lateMs"_s, 0.0, 30.0, &profile->humanize.lateMs, false);
}

bool readParts(const ObjectReader &reader, GenreProfile *profile)
{
    QJsonArray parts;
    if (!reader.array(u"parts"_s, &parts))
        return false;
    QSet<QString> ids;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        ObjectReader item(parts.at(i).toObject(), u"parts["_s + QString::number(i) + u']', reader.failure());
        PartTemplate part;
        QString role;
        if (!item.expectKeys({u"id"_s, u"role"_s, u"name"_s, u"instrument"_s, u"styles"_s, u"default"_s})
            || !item.string(u"id"_s, &part.id) || !item.string(u"role"_s, &role)
            || !item.string(u"name"_s, &part.name, false) || !item.string(u"instrument"_s, &part.instrument)
            || !item.strings(u"styles"_s, &part.styles, false) || !item.boolean(u"default"_s, &part.byDefault)) {
            return false;
        }
        if (!parseRoleName(role, &part.role))
            return item.fail(u"role"_s, tr("\"%1\" is not a role").arg(role));
        if (ids.contains(part.id))
            return item.fail(u"id"_s, tr("\"%1\" is used twice").arg(part.id));
        ids.insert(part.id);
        for (const QString &style : part.styles) {
            if (!roleStyles(part.role).contains(style))
                return item.fail(u"styles"_s, tr("\"%1\" is not a style for %2").arg(style, role));
        }
        profile->parts << part;
    }
    return true;
}

bool readArrangement(const ObjectReader &reader, GenreProfile *profile)
{
    QJsonArray sections;
    if (!reader.array(u"arrangement"_s, &sections))
        return false;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        ObjectReader item(sections.at(i).toObject(), u"arrangement["_s + QString::number(i) + u']', reader.failure());
        SectionTemplate section;
        QString kind;
        if (!item.expectKeys({u"name"_s, u"kind"_s, u"bars"_s, u"energy"_s, u"parts"_s, u"optional"_s})
            || !item.string(u"name"_s, &section.name) || !item.string(u"kind"_s, &kind)
            || !item.integer(u"bars"_s, 4, 128, &section.bars) || !item.number(u"energy"_s, 0.0, 1.0, &section.energy)
            || !item.strings(u"parts"_s, &section.parts) || !item.boolean(u"optional"_s, &section.optional)) {
            return false;
        }
        if (!parseSectionKindName(kind, &section.kind))
            return item.fail(u"kind"_s, tr("\"%1\" is not a section kind").arg(kind));
        if (section.bars % 4 != 0)
            return item.fail(u"bars"_s, tr("sections are whole 4-bar phrases"));
        if (section.parts.isEmpty())
            return item.fail(u"parts"_s, tr("a section needs at least one part"));
        for (const QString &id : section.parts) {
            if (!profile->partTemplate(id))
                return item.fail(u"parts"_s, tr("\"%1\" is not a part of this genre").arg(id));
        }
        profile->arrangement << section;
    }
    return true;
}

bool readChecks(const ObjectReader &reader, GenreChecks *checks)
{
    QJsonObject object;
    if (!reader.object(u"checks"_s, &object))
        return false;
    ObjectReader item(object, u"checks"_s, reader.failure());
    return item.expectKeys({u"fourOnTheFloor"_s, u"backbeat"_s, u"halfTime"_s, u"dembow"_s, u"twoStep"_s,
                            u"openHatOffbeats"_s, u"tuplets"_s, u"loop"_s, u"inKey"_s, u"maxLateMs"_s})
        && item.boolean(u"fourOnTheFloor"_s, &checks->fourOnTheFloor) && item.boolean(u"backbeat"_s, &checks->backbeat)
        && item.boolean(u"halfTime"_s, &checks->halfTime) && item.boolean(u"dembow"_s, &checks->dembow)
        && item.boolean(u"twoStep"_s, &checks->twoStep) && item.boolean(u"openHatOffbeats"_s, &checks->openHatOffbeats)
        && item.boolean(u"tuplets"_s, &checks->tuplets) && item.boolean(u"loop"_s, &checks->loop)
        && item.number(u"inKey"_s, 0.5, 1.0, &checks->inKey, false)
        && item.number(u"maxLateMs"_s, 0.0, 60.0, &checks->maxLateMs, false);
}

bool readProfile(const QJsonObject &root, GenreProfile *profile, QString *failure)
{
    const ObjectReader reader(root, QString(), failure);
    QStringList keys, moodModeKeys;
    QJsonObject moodModes, colors;
    if (!reader.expectKeys({u"id"_s, u"name"_s, u"aliases"_s, u"tempo"_s, u"swing"_s, u"lengthSeconds"_s, u"keys"_s,
                            u"moodModes"_s, u"harmony"_s, u"drums"_s, u"leadDensity"_s, u"parts"_s,
                            u"arrangement"_s, u"colors"_s, u"checks"_s})
        || !reader.string(u"id"_s, &profile->id) || !reader.string(u"name"_s, &profile->name)
        || !reader.strings(u"aliases"_s, &profile->aliases)
        || !readRange(reader, u"tempo"_s, Plan::kMinTempo, Plan::kMaxTempo, &profile->tempoMin, &profile->tempoMax,
                      &profile->tempoDefault)
        || !readRange(reader, u"swing"_s, 50.0, 72.0, &profile->swingMin, &profile->swingMax, &profile->swingDefault)
        || !reader.number(u"lengthSeconds"_s, 30.0, 1800.0, &profile->lengthSeconds, false)
        || !reader.strings(u"keys"_s, &keys) || !reader.object(u"moodModes"_s, &moodModes, false)
        || !readHarmony(reader, profile) || !readDrums(reader, profile)
        || !reader.number(u"leadDensity"_s, 0.0, 1.0, &profile->leadDensity, false) || !readParts(reader, profile)
        || !readArrangement(reader, profile) || !reader.object(u"colors"_s, &colors, false)
        || !readChecks(reader, &profile->checks)) {
        return false;
    }
    if (keys.isEmpty())
        return reader.fail(u"keys"_s, tr("expected at least one key"));
    for (const QString &text : keys) {
        const Key key = parseKeyText(text);
        if (!key.isValid())
            return reader.fail(u"keys"_s, tr("\"%1\" is not a key like \"A minor\"").arg(text));
        profile->keys << key;
    }
    for (auto it = moodModes.begin(); it != moodModes.end(); ++it) {
        Mood mood;
        Mode mode;
        if (!parseMoodName(it.key(), &mood) || !parseModeName(it.value().toString(), &mode))
            return reader.fail(u"moodModes."_s + it.key(), tr("expected a mood mapped to a mode"));
        profile->moodModes.insert(mood, mode);
    }
    for (auto it = colors.begin(); it != colors.end(); ++it) {
        PartRole role;
        const double index = it.value().toDouble(-1.0);
        if (!parseRoleName(it.key(), &role) || index < 0.0 || index > 69.0 || std::floor(index) != index)
            return reader.fail(u"colors."_s + it.key(), tr("expected a role mapped to a palette index 0..69"));
        profile->colors.insert(role, int(index));
    }
    for (const QString &alias : profile->aliases) {
        if (alias != alias.toLower())
            return reader.fail(u"aliases"_s, tr("\"%1\": aliases are lower case").arg(alias));
    }
    return true;
}

} // namespace

QString drumVoiceName(DrumVoice voice)
{
    return QString::fromLatin1(voiceInfo(voice).name);
}

bool parseDrumVoiceName(QStringView name, DrumVoice *out)
{
    for (const VoiceInfo &entry : voiceTable()) {
        if (name == QLatin1StringView(entry.name)) {
            *out = entry.voice;
            return true;
        }
    }
    return false;
}

int drumVoicePitch(DrumVoice voice)
{
    return voiceInfo(voice).pitch;
}

PartRole drumVoiceRole(DrumVoice voice)
{
    return voiceInfo(voice).role;
}

const PartTemplate *GenreProfile::partTemplate(const QString &partId) const
{
    for (const PartTemplate &part : parts) {
        if (part.id == partId)
            return &part;
    }
    return nullptr;
}

const PartTemplate *GenreProfile::firstPartWithRole(PartRole role) const
{
    for (const PartTemplate &part : parts) {
        if (part.role == role)
            return &part;
    }
    return nullptr;
}

int GenreProfile::colorFor(PartRole role) const
{
    if (colors.contains(role))
        return colors.value(role);
    switch (role) {
    case PartRole::Drums:
    case PartRole::Kick: return 14;
    case PartRole::Snare: return 15;
    case PartRole::Hats: return 17;
    case PartRole::Percussion: return 16;
    case PartRole::Bass: return 23;
    case PartRole::Chords: return 19;
    case PartRole::Lead: return 26;
    case PartRole::Pad: return 24;
    case PartRole::Arp: return 20;
    case PartRole::Fx: return 27;
    }
    return 0;
}

SectionKind GenreProfile::mainKind() const
{
    for (const SectionTemplate &section : arrangement) {
        if (section.kind == SectionKind::Drop)
            return SectionKind::Drop;
    }
    return SectionKind::Chorus;
}

Result<GenreProfile> genreFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(ErrorCode::Corrupt, tr("genre profile: not a JSON object (%1 at %2)")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset));
    }
    GenreProfile profile;
    QString failure;
    if (!readProfile(document.object(), &profile, &failure))
        return profileError(profile.id, failure.section(u": "_s, 0, 0), failure.section(u": "_s, 1));
    return profile;
}

QStringList genreResourcePaths()
{
    const QDir dir(u":/data/genres"_s);
    QStringList paths;
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

const QList<GenreProfile> &allGenres()
{
    static const QList<GenreProfile> genres = [] {
        QList<GenreProfile> loaded;
        for (const QString &path : genreResourcePaths()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                qCWarning(lcMusic) << "cannot open the genre profile" << path;
                continue;
            }
            Result<GenreProfile> profile = genreFromJson(file.readAll());
            if (!profile) {
                qCWarning(lcMusic).noquote() << profile.errorMessage();
                continue;
            }
            loaded << std::move(profile).value();
        }
        std::sort(loaded.begin(), loaded.end(),
                  [](const GenreProfile &a, const GenreProfile &b) { return a.id < b.id; });
        return loaded;
    }();
    return genres;
}

const GenreProfile *findGenre(const QString &id)
{
    for (const GenreProfile &genre : allGenres()) {
        if (genre.id == id)
            return &genre;
    }
    return nullptr;
}

} // namespace musiaia::music
