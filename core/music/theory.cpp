// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/theory.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music {

namespace {

struct ModeInfo
{
    Mode mode;
    QLatin1StringView name;
    QLatin1StringView display;
    std::array<int, 7> intervals;
    int ionianOffset;            // semitones from the relative major's tonic up to this mode's tonic
    als::ScaleMode live;
};

const std::array<ModeInfo, 8> &modeTable()
{
    static const std::array<ModeInfo, 8> table = {{
        {Mode::Major, "major"_L1, "major"_L1, {0, 2, 4, 5, 7, 9, 11}, 0, als::ScaleMode::Major},
        {Mode::Minor, "minor"_L1, "minor"_L1, {0, 2, 3, 5, 7, 8, 10}, 9, als::ScaleMode::Minor},
        {Mode::Dorian, "dorian"_L1, "dorian"_L1, {0, 2, 3, 5, 7, 9, 10}, 2, als::ScaleMode::Dorian},
        {Mode::Phrygian, "phrygian"_L1, "phrygian"_L1, {0, 1, 3, 5, 7, 8, 10}, 4, als::ScaleMode::Phrygian},
        {Mode::Lydian, "lydian"_L1, "lydian"_L1, {0, 2, 4, 6, 7, 9, 11}, 5, als::ScaleMode::Lydian},
        {Mode::Mixolydian, "mixolydian"_L1, "mixolydian"_L1, {0, 2, 4, 5, 7, 9, 10}, 7,
         als::ScaleMode::Mixolydian},
        {Mode::HarmonicMinor, "harmonic_minor"_L1, "harmonic minor"_L1, {0, 2, 3, 5, 7, 8, 11}, 9,
         als::ScaleMode::HarmonicMinor},
        {Mode::PhrygianDominant, "phrygian_dominant"_L1, "phrygian dominant"_L1, {0, 1, 4, 5, 7, 8, 10}, 4,
         als::ScaleMode::PhrygianDominant},
    }};
    return table;
}

const ModeInfo &info(Mode mode)
{
    for (const ModeInfo &entry : modeTable()) {
        if (entry.mode == mode)
            return entry;
    }
    return modeTable().front();
}

QString translate(const char *text)
{
    return QCoreApplication::translate("musiaia::music", text);
}

} // namespace

QString modeName(Mode mode)
{
    return QString(info(mode).name);
}

bool parseModeName(QStringView name, Mode *out)
{
    for (const ModeInfo &entry : modeTable()) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0) {
            *out = entry.mode;
            return true;
        }
    }
    return false;
}

QString modeDisplayName(Mode mode)
{
    return QString(info(mode).display);
}

const std::array<int, 7> &modeIntervals(Mode mode)
{
    return info(mode).intervals;
}

bool isMinorFamily(Mode mode)
{
    return info(mode).intervals[2] == 3;
}

als::ScaleMode toLiveScale(Mode mode)
{
    return info(mode).live;
}

bool Key::contains(int pitch) const
{
    if (!isValid())
        return false;
    const int offset = pitchClass(pitch - root);
    const auto &intervals = modeIntervals(mode);
    return std::find(intervals.begin(), intervals.end(), offset) != intervals.end();
}

int Key::degreePitchClass(int degree) const
{
    const int wrapped = ((degree % 7) + 7) % 7;
    return pitchClass(root + modeIntervals(mode)[wrapped]);
}

int parseNoteName(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return -1;
    static constexpr int letterPitch[7] = {9, 11, 0, 2, 4, 5, 7}; // A..G
    const QChar letter = trimmed.front().toUpper();
    if (letter < u'A' || letter > u'G')
        return -1;
    int pc = letterPitch[letter.unicode() - u'A'];
    QStringView rest = trimmed.mid(1).trimmed();
    if (rest.startsWith(u'-'))
        rest = rest.mid(1);
    if (rest.isEmpty())
        return pc;
    if (rest == u"#" || rest == u"♯" || rest.compare(u"sharp", Qt::CaseInsensitive) == 0)
        return pitchClass(pc + 1);
    if (rest == u"b" || rest == u"♭" || rest.compare(u"flat", Qt::CaseInsensitive) == 0)
        return pitchClass(pc - 1);
    return -1;
}

QString noteName(int pc, bool preferFlats)
{
    static const char *sharps[12] = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};
    static const char *flats[12] = {"C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"};
    return QString::fromLatin1((preferFlats ? flats : sharps)[pitchClass(pc)]);
}

bool keyPrefersFlats(const Key &key)
{
    if (!key.isValid())
        return false;
    const int relativeMajor = pitchClass(key.root - info(key.mode).ionianOffset);
    if (relativeMajor == 6)   // six of one or six of the other: F# major, but Eb minor
        return isMinorFamily(key.mode);
    return relativeMajor == 5 || relativeMajor == 10 || relativeMajor == 3 || relativeMajor == 8
        || relativeMajor == 1;
}

QString noteName(int pc, const Key &key)
{
    return noteName(pc, keyPrefersFlats(key));
}

QString keyDisplayName(const Key &key)
{
    if (!key.isValid())
        return translate("no key");
    return noteName(key.root, key) + u' ' + modeDisplayName(key.mode);
}

namespace {

QString spanishNote(int pitchClass, bool flats)
{
    static const char16_t *const sharps[] = {u"Do", u"Do#", u"Re", u"Re#", u"Mi", u"Fa", u"Fa#", u"Sol", u"Sol#",
                                             u"La", u"La#", u"Si"};
    static const char16_t *const flatNames[] = {u"Do", u"Reb", u"Re", u"Mib", u"Mi", u"Fa", u"Solb", u"Sol", u"Lab",
                                                u"La", u"Sib", u"Si"};
    const int pc = ((pitchClass % 12) + 12) % 12;
    return QString::fromUtf16(flats ? flatNames[pc] : sharps[pc]);
}

QString spanishMode(Mode mode)
{
    switch (mode) {
    case Mode::Major: return u"mayor"_s;
    case Mode::Minor: return u"menor"_s;
    case Mode::Dorian: return u"dórico"_s;
    case Mode::Phrygian: return u"frigio"_s;
    case Mode::Lydian: return u"lidio"_s;
    case Mode::Mixolydian: return u"mixolidio"_s;
    case Mode::HarmonicMinor: return u"menor armónica"_s;
    case Mode::PhrygianDominant: return u"frigio dominante"_s;
    }
    return modeDisplayName(mode);
}

} // namespace

QString keyDisplayName(const Key &key, Language language)
{
    if (!key.isValid() || language == Language::English)
        return keyDisplayName(key);
    return spanishNote(key.root, keyPrefersFlats(key)) + u' ' + spanishMode(key.mode);
}

QString keyShortName(const Key &key)
{
    if (!key.isValid())
        return QString();
    const QString root = noteName(key.root, key);
    if (key.mode == Mode::Major)
        return root;
    if (key.mode == Mode::Minor)
        return root + u'm';
    return root + u' ' + modeDisplayName(key.mode);
}

Key parseCamelot(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() < 2 || trimmed.size() > 3)
        return {};
    const QChar letter = trimmed.back().toUpper();
    if (letter != u'A' && letter != u'B')
        return {};
    bool ok = false;
    const int number = trimmed.first(trimmed.size() - 1).toInt(&ok);
    if (!ok || number < 1 || number > 12)
        return {};
    // 8B is C major and each step clockwise adds a fifth; the A ring holds the relative minors.
    const int majorRoot = pitchClass((number - 8) * 7);
    if (letter == u'B')
        return Key{majorRoot, Mode::Major};
    return Key{pitchClass(majorRoot + 9), Mode::Minor};
}

QList<int> Chord::pitchClasses() const
{
    QList<int> result;
    for (int interval : intervals) {
        const int pc = pitchClass(root + interval);
        if (!result.contains(pc))
            result << pc;
    }
    return result;
}

bool Chord::containsPitchClass(int pc) const
{
    for (int interval : intervals) {
        if (pitchClass(root + interval) == pitchClass(pc))
            return true;
    }
    return false;
}

int Chord::fifthPitchClass() const
{
    for (int wanted : {7, 6, 8}) {
        if (intervals.contains(wanted))
            return pitchClass(root + wanted);
    }
    return pitchClass(root + 7);
}

namespace {

struct ParsedNumeral
{
    int accidental = 0;
    int degree = -1;       // 0..6
    bool upper = false;
    QStringView suffix;
};

bool splitNumeral(QStringView text, ParsedNumeral *out)
{
    QStringView rest = text.trimmed();
    ParsedNumeral parsed;
    if (rest.startsWith(u'b') || rest.startsWith(u'♭')) {
        parsed.accidental = -1;
        rest = rest.mid(1);
    } else if (rest.startsWith(u'#') || rest.startsWith(u'♯')) {
        parsed.accidental = 1;
        rest = rest.mid(1);
    }
    static const char *numerals[7] = {"VII", "VI", "V", "IV", "III", "II", "I"};
    static constexpr int degrees[7] = {6, 5, 4, 3, 2, 1, 0};
    for (int i = 0; i < 7; ++i) {
        const QLatin1StringView upper(numerals[i]);
        const QString lower = QString(upper).toLower();
        if (rest.startsWith(upper)) {
            parsed.upper = true;
        } else if (rest.startsWith(lower)) {
            parsed.upper = false;
        } else {
            continue;
        }
        parsed.degree = degrees[i];
        parsed.suffix = rest.mid(upper.size());
        break;
    }
    if (parsed.degree < 0)
        return false;
    *out = parsed;
    return true;
}

// Intervals for a suffix; `third` is 3 or 4 from the numeral's case, `diatonic7`/`diatonic9` the
// key's own seventh and ninth above the root.
bool suffixIntervals(QStringView suffix, int third, int diatonic7, int diatonic9, QList<int> *out)
{
    const QList<int> triad = {0, third, 7};
    auto with = [&](std::initializer_list<int> extra) {
        QList<int> result = triad;
        result.append(QList<int>(extra));
        return result;
    };
    if (suffix.isEmpty())
        *out = triad;
    else if (suffix == u"°" || suffix == u"o" || suffix == u"dim")
        *out = {0, 3, 6};
    else if (suffix == u"dim7" || suffix == u"°7" || suffix == u"o7")
        *out = {0, 3, 6, 9};
    else if (suffix == u"ø" || suffix == u"ø7" || suffix == u"m7b5")
        *out = {0, 3, 6, 10};
    else if (suffix == u"+" || suffix == u"aug")
        *out = {0, 4, 8};
    else if (suffix == u"7")
        *out = with({diatonic7});
    else if (suffix == u"maj7" || suffix == u"M7")
        *out = with({11});
    else if (suffix == u"m7")
        *out = {0, 3, 7, 10};
    else if (suffix == u"9")
        *out = with({diatonic7, diatonic9});
    else if (suffix == u"maj9")
        *out = with({11, 14});
    else if (suffix == u"m9")
        *out = {0, 3, 7, 10, 14};
    else if (suffix == u"6")
        *out = with({9});
    else if (suffix == u"m6")
        *out = {0, 3, 7, 9};
    else if (suffix == u"sus2")
        *out = {0, 2, 7};
    else if (suffix == u"sus4")
        *out = {0, 5, 7};
    else if (suffix == u"7sus4")
        *out = {0, 5, 7, 10};
    else if (suffix == u"add9")
        *out = with({14});
    else
        return false;
    return true;
}

} // namespace

bool isValidRomanNumeral(QStringView numeral)
{
    ParsedNumeral parsed;
    if (!splitNumeral(numeral, &parsed))
        return false;
    QList<int> intervals;
    return suffixIntervals(parsed.suffix, 4, 10, 14, &intervals);
}

Result<Chord> parseRomanChord(QStringView numeral, const Key &key)
{
    ParsedNumeral parsed;
    if (!key.isValid() || !splitNumeral(numeral, &parsed)) {
        return makeError(ErrorCode::InvalidArgument,
                         translate("\"%1\" is not a Roman-numeral chord (for example i, VI, bII, iv7, VImaj7)")
                             .arg(numeral.toString()));
    }
    const int root = pitchClass(key.degreePitchClass(parsed.degree) + parsed.accidental);
    int diatonic7 = parsed.upper ? 10 : 10;
    int diatonic9 = 14;
    if (parsed.accidental == 0) {
        // The key's own seventh and ninth above a diatonic root: "VI7" in A minor is Fmaj7.
        diatonic7 = pitchClass(key.degreePitchClass(parsed.degree + 6) - root);
        diatonic9 = pitchClass(key.degreePitchClass(parsed.degree + 1) - root) + 12;
    }
    Chord chord;
    chord.root = root;
    chord.symbol = numeral.trimmed().toString();
    if (!suffixIntervals(parsed.suffix, parsed.upper ? 4 : 3, diatonic7, diatonic9, &chord.intervals)) {
        return makeError(ErrorCode::InvalidArgument,
                         translate("\"%1\" has an unknown chord suffix \"%2\"")
                             .arg(numeral.toString(), parsed.suffix.toString()));
    }
    std::sort(chord.intervals.begin(), chord.intervals.end());
    return chord;
}

} // namespace musiaia::music
