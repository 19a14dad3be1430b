// SPDX-License-Identifier: GPL-3.0-or-later
#include "musicalkey.h"

#include <QRegularExpression>

namespace musiaia::library {
namespace {

const char *const MajorNames[12] = {"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
const char *const MinorNames[12] = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"};
const char *const NoteNames[12] = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};

int letterPitchClass(QChar letter)
{
    switch (letter.toUpper().unicode()) {
    case 'C': return 0;
    case 'D': return 2;
    case 'E': return 4;
    case 'F': return 5;
    case 'G': return 7;
    case 'A': return 9;
    case 'B': return 11;
    default: return -1;
    }
}

int solfegePitchClass(const QString &syllable)
{
    static const QList<std::pair<QLatin1String, int>> names = {
        {QLatin1String("do"), 0}, {QLatin1String("re"), 2}, {QLatin1String("mi"), 4}, {QLatin1String("fa"), 5},
        {QLatin1String("sol"), 7}, {QLatin1String("la"), 9}, {QLatin1String("si"), 11},
    };
    for (const auto &[name, pitchClass] : names) {
        if (syllable.compare(name, Qt::CaseInsensitive) == 0)
            return pitchClass;
    }
    return -1;
}

int accidentalShift(const QString &accidental)
{
    if (accidental == QLatin1String("#") || accidental == QStringLiteral("\u266F"))
        return 1;
    if (accidental == QLatin1String("b") || accidental == QStringLiteral("\u266D"))
        return -1;
    return 0;
}

} // namespace

QString MusicalKey::name() const
{
    const int pc = ((pitchClass % 12) + 12) % 12;
    return minor ? QLatin1String(MinorNames[pc]) + QLatin1Char('m') : QString(QLatin1String(MajorNames[pc]));
}

QString MusicalKey::camelot() const
{
    const int majorPitchClass = minor ? (pitchClass + 3) % 12 : pitchClass;
    const int fifths = (majorPitchClass * 7) % 12;   // steps round the circle of fifths from C
    const int number = (fifths + 7) % 12 + 1;         // C major is 8B
    return QString::number(number) + (minor ? QLatin1Char('A') : QLatin1Char('B'));
}

MusicalKey MusicalKey::relative() const
{
    return minor ? MusicalKey{(pitchClass + 3) % 12, false} : MusicalKey{(pitchClass + 9) % 12, true};
}

QList<MusicalKey> MusicalKey::compatible() const
{
    return {*this, relative(), MusicalKey{(pitchClass + 7) % 12, minor}, MusicalKey{(pitchClass + 5) % 12, minor}};
}

std::optional<MusicalKey> MusicalKey::parse(const QString &input)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return std::nullopt;

    // Camelot: 1A..12A are minor, 1B..12B major.
    static const QRegularExpression camelotPattern(QStringLiteral("^(1[0-2]|[1-9])\\s*([AaBb])$"));
    if (const auto match = camelotPattern.match(text); match.hasMatch()) {
        const int number = match.captured(1).toInt();
        const bool isMinor = match.captured(2).compare(QLatin1String("a"), Qt::CaseInsensitive) == 0;
        const int fifths = (number - 8 + 12) % 12;
        const int majorPitchClass = (fifths * 7) % 12;   // 7 is its own inverse modulo 12
        return isMinor ? MusicalKey{(majorPitchClass + 9) % 12, true} : MusicalKey{majorPitchClass, false};
    }

    // Letter or solfège, accidental, then a mode written in English or Spanish (or nothing: major).
    static const QRegularExpression keyPattern(
        QStringLiteral("^([A-Ga-g]|do|re|mi|fa|sol|la|si)\\s*([#b\u266F\u266D]|sharp|flat|sostenido|bemol)?\\s*"
                       "(m|min|minor|moll|menor|maj|major|mayor|dur|M)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = keyPattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString note = match.captured(1);
    int pitchClass = note.size() == 1 ? letterPitchClass(note.at(0)) : solfegePitchClass(note);
    if (pitchClass < 0)
        return std::nullopt;
    QString accidental = match.captured(2).toLower();
    if (accidental == QLatin1String("sharp") || accidental == QLatin1String("sostenido"))
        accidental = QStringLiteral("#");
    else if (accidental == QLatin1String("flat") || accidental == QLatin1String("bemol"))
        accidental = QStringLiteral("b");
    pitchClass = (pitchClass + accidentalShift(accidental) + 12) % 12;
    const QString mode = match.captured(3);
    // A lone "M" is major (as in "CM7"); a lone "m" is minor.
    const bool isMinor = mode == QLatin1String("m")
        || (mode.size() > 1 && (mode.startsWith(QLatin1String("min"), Qt::CaseInsensitive)
                                || mode.compare(QLatin1String("moll"), Qt::CaseInsensitive) == 0
                                || mode.compare(QLatin1String("menor"), Qt::CaseInsensitive) == 0));
    return MusicalKey{pitchClass, isMinor};
}

double keyAffinity(const MusicalKey &wanted, const MusicalKey &candidate)
{
    if (wanted == candidate)
        return 1.0;
    if (wanted.relative() == candidate)
        return 0.8;
    if (wanted.minor == candidate.minor
        && ((wanted.pitchClass + 7) % 12 == candidate.pitchClass || (wanted.pitchClass + 5) % 12 == candidate.pitchClass))
        return 0.6;
    return 0.0;
}

QString noteName(int midiNote)
{
    const int pitchClass = ((midiNote % 12) + 12) % 12;
    const int octave = (midiNote - pitchClass) / 12 - 2;   // Live: 60 is C3
    return QLatin1String(NoteNames[pitchClass]) + QString::number(octave);
}

std::optional<int> parsePitchClass(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Ga-g]|do|re|mi|fa|sol|la|si)([#b\u266F\u266D]?)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString note = match.captured(1);
    const int pitchClass = note.size() == 1 ? letterPitchClass(note.at(0)) : solfegePitchClass(note);
    if (pitchClass < 0)
        return std::nullopt;
    return (pitchClass + accidentalShift(match.captured(2)) + 12) % 12;
}

std::optional<int> parseNoteName(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(.+?)(-?\\d)$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const std::optional<int> pitchClass = parsePitchClass(match.captured(1));
    if (!pitchClass)
        return std::nullopt;
    const int midi = (match.captured(2).toInt() + 2) * 12 + *pitchClass;
    if (midi < 0 || midi > 127)
        return std::nullopt;
    return midi;
}

} // namespace musiaia::library
