// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {

using music::Mode;
using music::Mood;
using music::PartRole;
using music::SectionKind;

Language languageFromCode(const QString &code)
{
    return code.startsWith(u"es"_s, Qt::CaseInsensitive) ? Language::Spanish : Language::English;
}

QString languageCode(Language language)
{
    return language == Language::Spanish ? u"es"_s : u"en"_s;
}

QString roleWord(PartRole role, Language l)
{
    switch (role) {
    case PartRole::Drums: return say(l, u"drums"_s, u"batería"_s);
    case PartRole::Kick: return say(l, u"kick"_s, u"bombo"_s);
    case PartRole::Snare: return say(l, u"snare"_s, u"caja"_s);
    case PartRole::Hats: return u"hi-hats"_s;
    case PartRole::Percussion: return say(l, u"percussion"_s, u"percusión"_s);
    case PartRole::Bass: return say(l, u"bass"_s, u"bajo"_s);
    case PartRole::Chords: return say(l, u"chords"_s, u"acordes"_s);
    case PartRole::Lead: return say(l, u"lead"_s, u"melodía"_s);
    case PartRole::Pad: return u"pads"_s;
    case PartRole::Arp: return say(l, u"arpeggio"_s, u"arpegio"_s);
    case PartRole::Fx: return u"FX"_s;
    }
    return music::roleName(role);
}

QString keyWord(const music::Key &key, Language language)
{
    if (!key.isValid())
        return say(language, u"no key"_s, u"sin tonalidad"_s);
    return music::keyDisplayName(key, language);
}

QString moodWord(Mood mood, Language l)
{
    switch (mood) {
    case Mood::Neutral: return say(l, u"neutral"_s, u"neutro"_s);
    case Mood::Dark: return say(l, u"dark"_s, u"oscuro"_s);
    case Mood::Happy: return say(l, u"happy"_s, u"alegre"_s);
    case Mood::Melancholic: return say(l, u"melancholic"_s, u"melancólico"_s);
    case Mood::Energetic: return say(l, u"energetic"_s, u"enérgico"_s);
    case Mood::Chill: return u"chill"_s;
    case Mood::Dreamy: return say(l, u"dreamy"_s, u"soñador"_s);
    case Mood::Aggressive: return say(l, u"aggressive"_s, u"agresivo"_s);
    }
    return music::moodName(mood);
}

QString sectionKindWord(SectionKind kind, Language l)
{
    switch (kind) {
    case SectionKind::Intro: return u"intro"_s;
    case SectionKind::Verse: return say(l, u"verse"_s, u"estrofa"_s);
    case SectionKind::Build: return u"build"_s;
    case SectionKind::Drop: return u"drop"_s;
    case SectionKind::Breakdown: return u"break"_s;
    case SectionKind::Chorus: return say(l, u"chorus"_s, u"estribillo"_s);
    case SectionKind::Bridge: return say(l, u"bridge"_s, u"puente"_s);
    case SectionKind::Outro: return u"outro"_s;
    }
    return music::sectionKindName(kind);
}

QString durationText(double seconds)
{
    const int total = int(std::lround(seconds));
    return u"%1:%2"_s.arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString tempoText(double tempo)
{
    const double rounded = std::round(tempo * 10.0) / 10.0;
    return rounded == std::floor(rounded) ? QString::number(qint64(rounded)) : QString::number(rounded, 'f', 1);
}

double planSeconds(const music::Plan &plan)
{
    if (plan.tempo <= 0.0)
        return 0.0;
    const double beatsPerBar = plan.timeSignatureNumerator * 4.0 / qMax(1, plan.timeSignatureDenominator);
    return plan.totalBars() * beatsPerBar * 60.0 / plan.tempo;
}

} // namespace musiaia::session
