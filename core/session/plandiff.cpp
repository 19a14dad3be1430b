// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandiff.h"

#include "music/genre.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {
namespace {

using music::Part;
using music::Plan;
using music::Section;

const QString Arrow = u" \u2192 "_s;

VersionChange change(const QString &kind, const QString &subject, const QString &from, const QString &to,
                     const QString &text)
{
    return VersionChange{kind, subject, from, to, text};
}

QString genreName(const QString &id)
{
    const music::GenreProfile *genre = music::findGenre(id);
    return genre ? genre->name : id;
}

QString partLabel(const Part &part, Language language)
{
    // A part the genre named itself ("Rhodes", "808") keeps its name; the others say their role.
    if (!part.name.isEmpty() && part.name != music::roleDisplayName(part.role))
        return part.name;
    return roleWord(part.role, language);
}

// "bajo regenerado", "melodía regenerada", "pads regenerados": Spanish adjectives agree with the
// part's word (a part with its own name is taken as masculine singular).
QString spanishAgreement(const Part &part, const QString &stem)
{
    using music::PartRole;
    if (!part.name.isEmpty() && part.name != music::roleDisplayName(part.role))
        return stem + u'o';
    switch (part.role) {
    case PartRole::Snare:
    case PartRole::Percussion:
    case PartRole::Drums:
    case PartRole::Lead: return stem + u'a';
    case PartRole::Hats:
    case PartRole::Chords:
    case PartRole::Pad:
    case PartRole::Fx: return stem + u"os"_s;
    default: return stem + u'o';
    }
}

QString signedBars(int delta, Language language)
{
    return u"%1%2 %3"_s.arg(delta > 0 ? u"+"_s : QString()).arg(delta).arg(say(language, u"bars"_s, u"compases"_s));
}

void diffSections(const Plan &before, const Plan &after, Language l, QList<VersionChange> *changes)
{
    QSet<QString> beforeNames, afterNames;
    for (const Section &s : before.sections)
        beforeNames.insert(s.name);
    for (const Section &s : after.sections)
        afterNames.insert(s.name);
    const qsizetype common = (beforeNames & afterNames).size();
    // Rebuilt from scratch (a new genre, an exact length): say so once instead of listing it all.
    if (common * 2 < qMax(before.sections.size(), after.sections.size())) {
        changes->append(change(u"arrangement"_s, {}, QString::number(before.sections.size()),
                               QString::number(after.sections.size()),
                               say(l, u"arrangement rebuilt (%1 \u2192 %2 sections)"_s,
                                   u"estructura nueva (%1 \u2192 %2 secciones)"_s)
                                   .arg(before.sections.size())
                                   .arg(after.sections.size())));
        return;
    }
    auto find = [](const Plan &plan, const QString &name) -> const Section * {
        for (const Section &s : plan.sections) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    };
    for (const Section &old : before.sections) {
        const Section *now = find(after, old.name);
        if (!now) {
            changes->append(change(u"section_removed"_s, old.name, QString::number(old.bars), {},
                                   say(l, u"%1 removed"_s, u"sin %1"_s).arg(old.name)));
            continue;
        }
        if (now->bars != old.bars)
            changes->append(change(u"section_bars"_s, old.name, QString::number(old.bars), QString::number(now->bars),
                                   old.name + u' ' + signedBars(now->bars - old.bars, l)));
        // Parts in or out of this section only ("sin hi-hats en la intro"): parts that exist in both
        // plans but changed their place here.
        for (const QString &id : now->parts) {
            const Part *part = after.part(id);
            if (part && before.part(id) && !old.parts.contains(id))
                changes->append(change(u"section_part_added"_s, old.name, {}, id,
                                       say(l, u"%1 in %2"_s, u"%1 en %2"_s).arg(partLabel(*part, l), old.name)));
        }
        for (const QString &id : old.parts) {
            const Part *part = before.part(id);
            if (part && after.part(id) && !now->parts.contains(id))
                changes->append(change(u"section_part_removed"_s, old.name, id, {},
                                       say(l, u"no %1 in %2"_s, u"sin %1 en %2"_s).arg(partLabel(*part, l), old.name)));
        }
    }
    for (const Section &now : after.sections) {
        if (!find(before, now.name))
            changes->append(change(u"section_added"_s, now.name, {}, QString::number(now.bars),
                                   say(l, u"%1 added (%2 bars)"_s, u"nueva sección %1 (%2 compases)"_s)
                                       .arg(now.name)
                                       .arg(now.bars)));
    }
}

void diffParts(const Plan &before, const Plan &after, Language l, QList<VersionChange> *changes)
{
    // "otra versión": every part again.
    int regenerated = 0, kept = 0;
    for (const Part &now : after.parts) {
        if (const Part *old = before.part(now.id))
            (old->seed != now.seed ? regenerated : kept) += 1;
    }
    const bool everything = regenerated > 1 && kept == 0;
    if (everything)
        changes->append(change(u"part_regenerated"_s, u"*"_s, {}, {},
                               say(l, u"every part regenerated"_s, u"todas las partes regeneradas"_s)));
    for (const Part &old : before.parts) {
        if (!after.part(old.id))
            changes->append(change(u"part_removed"_s, old.id, {}, {},
                                   say(l, u"%1 removed"_s, u"sin %1"_s).arg(partLabel(old, l))));
    }
    for (const Part &now : after.parts) {
        const Part *old = before.part(now.id);
        if (!old) {
            changes->append(change(u"part_added"_s, now.id, {}, now.style,
                                   say(l, u"%1 added"_s, u"con %1"_s).arg(partLabel(now, l))));
            continue;
        }
        if (old->style != now.style && !old->style.isEmpty() && !now.style.isEmpty())
            changes->append(change(u"part_style"_s, now.id, old->style, now.style,
                                   say(l, u"%1 style %2"_s, u"%1: estilo %2"_s)
                                       .arg(partLabel(now, l), old->style + Arrow + now.style)));
        if (old->seed != now.seed && !everything)
            changes->append(change(u"part_regenerated"_s, now.id, {}, {},
                                   partLabel(now, l) + u' '
                                       + say(l, u"regenerated"_s, spanishAgreement(now, u"regenerad"_s))));
    }
}

} // namespace

QList<VersionChange> diffPlans(const Plan &before, const Plan &after, Language l)
{
    QList<VersionChange> changes;
    if (before.genre != after.genre)
        changes << change(u"genre"_s, {}, before.genre, after.genre,
                          say(l, u"genre %1"_s, u"género %1"_s).arg(genreName(before.genre) + Arrow
                                                                      + genreName(after.genre)));
    if (before.tempo != after.tempo)
        changes << change(u"tempo"_s, {}, tempoText(before.tempo), tempoText(after.tempo),
                          u"tempo "_s + tempoText(before.tempo) + Arrow + tempoText(after.tempo));
    if (!(before.key == after.key))
        changes << change(u"key"_s, {}, music::keyDisplayName(before.key), music::keyDisplayName(after.key),
                          say(l, u"key %1"_s, u"tonalidad %1"_s).arg(keyWord(before.key, l) + Arrow
                                                                      + keyWord(after.key, l)));
    if (before.mood != after.mood)
        changes << change(u"mood"_s, {}, music::moodName(before.mood), music::moodName(after.mood),
                          say(l, u"mood %1"_s, u"carácter %1"_s).arg(moodWord(before.mood, l) + Arrow
                                                                      + moodWord(after.mood, l)));
    if (before.swing != after.swing && before.swing >= 0 && after.swing >= 0)
        changes << change(u"swing"_s, {}, tempoText(before.swing), tempoText(after.swing),
                          u"swing %1% \u2192 %2%"_s.arg(tempoText(before.swing), tempoText(after.swing)));
    if (before.progression != after.progression && !before.progression.isEmpty())
        changes << change(u"chords"_s, {}, before.progression.join(u'-'), after.progression.join(u'-'),
                          say(l, u"chords %1"_s, u"acordes %1"_s)
                              .arg(before.progression.join(u'\u2013') + Arrow + after.progression.join(u'\u2013')));
    diffSections(before, after, l, &changes);
    if (before.totalBars() != after.totalBars())
        changes << change(u"length"_s, {}, QString::number(before.totalBars()), QString::number(after.totalBars()),
                          say(l, u"length %1 \u2192 %2 bars (%3 \u2192 %4)"_s, u"duración %1 \u2192 %2 compases (%3 \u2192 %4)"_s)
                              .arg(before.totalBars())
                              .arg(after.totalBars())
                              .arg(durationText(planSeconds(before)), durationText(planSeconds(after))));
    diffParts(before, after, l, &changes);
    return changes;
}

QString changesText(const QList<VersionChange> &changes)
{
    QStringList texts;
    for (const VersionChange &c : changes)
        texts << c.text;
    return texts.join(u"; "_s);
}

} // namespace musiaia::session
