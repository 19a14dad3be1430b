// SPDX-License-Identifier: GPL-3.0-or-later
#include "planedit.h"

#include "music/genre.h"
#include "music/random.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {
namespace {

using music::GenreProfile;
using music::Part;
using music::PartRole;
using music::Plan;
using music::Section;
using music::SectionKind;
using music::SectionRequest;

constexpr int SectionStepBars = 8;
constexpr double SwingStep = 4.0;

// Roles a word stands for: "batería" is every drum part.
bool roleMatches(PartRole wanted, PartRole actual)
{
    if (wanted == actual)
        return true;
    return wanted == PartRole::Drums && music::isDrumRole(actual);
}

QStringList partIdsWithRole(const Plan &plan, PartRole role)
{
    QStringList ids;
    for (const Part &part : plan.parts) {
        if (roleMatches(role, part.role))
            ids << part.id;
    }
    return ids;
}

// Keeps a section's part list in the plan's part order.
void sortSectionParts(const Plan &plan, Section *section)
{
    QStringList ordered;
    for (const Part &part : plan.parts) {
        if (section->parts.contains(part.id))
            ordered << part.id;
    }
    section->parts = ordered;
}

void clearProgressions(Plan *plan)
{
    plan->progression.clear();
    for (Section &section : plan->sections)
        section.progression.clear();
}

QString uniqueSectionName(const Plan &plan, const QString &base)
{
    auto taken = [&plan](const QString &name) {
        return std::any_of(plan.sections.cbegin(), plan.sections.cend(),
                           [&name](const Section &s) { return s.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = u"%1 %2"_s.arg(base).arg(n);
        if (!taken(name))
            return name;
    }
}

QString uniquePartId(const Plan &plan, const QString &base)
{
    if (!plan.part(base))
        return base;
    for (int n = 2;; ++n) {
        const QString id = base + QString::number(n);
        if (!plan.part(id))
            return id;
    }
}

double defaultEnergy(SectionKind kind)
{
    switch (kind) {
    case SectionKind::Intro: return 0.3;
    case SectionKind::Verse: return 0.5;
    case SectionKind::Build: return 0.6;
    case SectionKind::Drop: return 0.9;
    case SectionKind::Breakdown: return 0.35;
    case SectionKind::Chorus: return 0.8;
    case SectionKind::Bridge: return 0.45;
    case SectionKind::Outro: return 0.3;
    }
    return 0.5;
}

// Whether a part of `role` plays in a section of this energy when the genre says nothing.
bool playsAtEnergy(PartRole role, double energy)
{
    switch (role) {
    case PartRole::Pad:
    case PartRole::Chords:
    case PartRole::Fx: return true;
    case PartRole::Bass: return energy >= 0.4;
    case PartRole::Lead:
    case PartRole::Arp: return energy >= 0.6;
    default: return energy >= 0.3;   // drums
    }
}

// The genre's template for a section: the one with its name ("Build 2"), else the first of its kind.
const music::SectionTemplate *templateFor(const GenreProfile *genre, SectionKind kind, const QString &name = {})
{
    if (!genre)
        return nullptr;
    for (const music::SectionTemplate &t : genre->arrangement) {
        if (!name.isEmpty() && t.kind == kind && t.name == name)
            return &t;
    }
    for (const music::SectionTemplate &t : genre->arrangement) {
        if (t.kind == kind)
            return &t;
    }
    return nullptr;
}

// Where a new section of `kind` goes: an intro first, an outro last, a break before the last
// peak, a build before the first peak, a peak after the last one, anything else before the outro.
qsizetype insertionIndex(const Plan &plan, SectionKind kind, SectionKind mainKind)
{
    const qsizetype count = plan.sections.size();
    auto firstOf = [&plan](SectionKind k) -> qsizetype {
        for (qsizetype i = 0; i < plan.sections.size(); ++i) {
            if (plan.sections.at(i).kind == k)
                return i;
        }
        return -1;
    };
    auto lastOf = [&plan](SectionKind k) -> qsizetype {
        for (qsizetype i = plan.sections.size() - 1; i >= 0; --i) {
            if (plan.sections.at(i).kind == k)
                return i;
        }
        return -1;
    };
    const qsizetype outro = firstOf(SectionKind::Outro);
    const qsizetype beforeOutro = outro >= 0 ? outro : count;
    switch (kind) {
    case SectionKind::Intro: return 0;
    case SectionKind::Outro: return count;
    case SectionKind::Breakdown:
    case SectionKind::Bridge: {
        const qsizetype peak = lastOf(mainKind);
        return peak > 0 ? peak : beforeOutro;
    }
    case SectionKind::Build: {
        const qsizetype peak = firstOf(mainKind);
        return peak >= 0 ? peak : beforeOutro;
    }
    default: {
        const qsizetype peak = lastOf(kind);
        return peak >= 0 ? peak + 1 : beforeOutro;
    }
    }
}

class Editor
{
public:
    Editor(const Plan &current, std::uint32_t salt, Language language)
        : m_before(current), m_salt(salt), m_l(language)
    {
        m_out.plan = current;
        m_genre = music::findGenre(current.genre);
    }

    Result<EditedPlan> run(const PlanEdits &edits)
    {
        if (!edits.genre.isEmpty())
            changeGenre(edits.genre);
        if (auto tempo = changeTempo(edits); !tempo)
            return tempo.error();
        changeKey(edits);
        changeMood(edits);
        changeSwing(edits);
        if (!m_rebuilt) {
            changeLength(edits);
            for (const SectionRequest &request : edits.sections)
                changeSection(request);
            for (auto it = edits.parts.cbegin(); it != edits.parts.cend(); ++it)
                it.value() ? addPart(it.key(), edits.partStyles.value(it.key())) : removePart(it.key());
            for (auto it = edits.partStyles.cbegin(); it != edits.partStyles.cend(); ++it) {
                if (!edits.parts.contains(it.key()))
                    setStyle(it.key(), it.value());
            }
            for (PartRole role : edits.regenerate)
                regenerate(role);
            for (PartRole role : edits.swapSamples)
                swapSamples(role);
        } else if (!edits.sections.isEmpty() || !edits.parts.isEmpty() || !edits.regenerate.isEmpty()) {
            note(u"with a new genre the arrangement and the parts start over: ask for section and part changes "
                 "in the next message"_s,
                 u"con un género nuevo la estructura y las partes empiezan de cero: pide los cambios de secciones y "
                 "partes en el siguiente mensaje"_s);
        }
        if (edits.regenerateAll)
            regenerateAll();
        m_out.swapAllSamples = edits.swapAllSamples;

        Plan &plan = m_out.plan;
        if (!m_rebuilt && plan.sections.isEmpty())
            return fail(u"that would leave the song without any section"_s,
                        u"eso dejaría la canción sin ninguna sección"_s);
        if (plan.totalBars() > Plan::kMaxBars)
            return fail(u"that would make the song longer than %1 bars"_s.arg(Plan::kMaxBars),
                        u"eso haría la canción más larga de %1 compases"_s.arg(Plan::kMaxBars));
        if (!m_rebuilt && plan.sections != m_before.sections)
            plan.length = music::LengthTarget{plan.totalBars(), 0.0};
        if (auto valid = music::validatePlan(plan); !valid)
            return valid.error();
        if (plan == m_before && m_out.swapSamplesFor.isEmpty() && !m_out.swapAllSamples) {
            if (!m_out.notes.isEmpty())
                return makeError(ErrorCode::InvalidArgument, m_out.notes.join(u' '));
            return fail(u"I found nothing to change in that"_s, u"no encuentro nada que cambiar en eso"_s);
        }
        return m_out;
    }

private:
    void note(const QString &english, const QString &spanish) { m_out.notes << say(m_l, english, spanish); }
    Error fail(const QString &english, const QString &spanish) const
    {
        return makeError(ErrorCode::InvalidArgument, say(m_l, english, spanish));
    }

    void changeGenre(const QString &id)
    {
        const GenreProfile *target = music::findGenre(id);
        if (!target || id == m_out.plan.genre)
            return;
        const Plan &old = m_out.plan;
        Plan fresh;
        fresh.title = old.title;
        fresh.genre = target->id;
        fresh.key = old.key;
        fresh.mood = old.mood;
        fresh.seed = old.seed;
        fresh.length = old.length;
        // The tempo stays when it suits the new genre; otherwise the genre's own.
        if (old.tempo >= target->tempoMin && old.tempo <= target->tempoMax)
            fresh.tempo = old.tempo;
        m_out.plan = fresh;
        m_genre = target;
        m_rebuilt = true;
    }

    Result<void> changeTempo(const PlanEdits &edits)
    {
        Plan &plan = m_out.plan;
        if (edits.tempo > 0.0) {
            if (edits.tempo < Plan::kMinTempo || edits.tempo > Plan::kMaxTempo)
                return makeError(ErrorCode::InvalidArgument,
                                 say(m_l, u"%1 BPM is out of range (%2 to %3)"_s, u"%1 BPM está fuera de rango (%2 a %3)"_s)
                                     .arg(tempoText(edits.tempo), tempoText(Plan::kMinTempo), tempoText(Plan::kMaxTempo)));
            plan.tempo = edits.tempo;
            return {};
        }
        if (edits.tempoSteps == 0.0 || plan.tempo <= 0.0)
            return {};
        const int direction = edits.tempoSteps > 0 ? 1 : -1;
        const double step = std::max(1.0, std::round(tempoStep(plan.tempo) * std::abs(edits.tempoSteps)));
        double target = plan.tempo + direction * step;
        if (m_genre) {
            const double high = m_genre->tempoMax, low = m_genre->tempoMin;
            if (direction > 0 && plan.tempo < high && target > high)
                target = high;
            else if (direction < 0 && plan.tempo > low && target < low)
                target = low;
            else if (direction > 0 && plan.tempo >= high)
                note(u"%1 is already at the top of %2's usual range (%3 BPM): this goes past it"_s.arg(
                         tempoText(plan.tempo), m_genre->name, tempoText(high)),
                     u"%1 ya está en lo más alto del %2 (%3 BPM): esto se sale de lo habitual"_s.arg(
                         tempoText(plan.tempo), m_genre->name, tempoText(high)));
            else if (direction < 0 && plan.tempo <= low)
                note(u"%1 is already at the bottom of %2's usual range (%3 BPM): this goes below it"_s.arg(
                         tempoText(plan.tempo), m_genre->name, tempoText(low)),
                     u"%1 ya está en lo más bajo del %2 (%3 BPM): esto se sale de lo habitual"_s.arg(
                         tempoText(plan.tempo), m_genre->name, tempoText(low)));
        }
        target = std::clamp(target, Plan::kMinTempo, Plan::kMaxTempo);
        if (target == plan.tempo)
            note(u"the tempo cannot go any further"_s, u"el tempo no puede ir más allá"_s);
        plan.tempo = target;
        return {};
    }

    void changeKey(const PlanEdits &edits)
    {
        Plan &plan = m_out.plan;
        music::Key key = plan.key;
        if (!key.isValid() && edits.keyRoot < 0 && edits.transpose == 0)
            return;
        if (edits.keyRoot >= 0)
            key.root = edits.keyRoot;
        if (edits.keyMode)
            key.mode = *edits.keyMode;
        if (edits.transpose != 0 && key.isValid())
            key.root = music::pitchClass(key.root + edits.transpose);
        if (key == plan.key)
            return;
        // The chords are Roman numerals: the same ones in another root only move; in another mode
        // they may leave the scale, so the planner picks them again.
        if (key.mode != plan.key.mode)
            clearProgressions(&plan);
        plan.key = key;
    }

    void changeMood(const PlanEdits &edits)
    {
        Plan &plan = m_out.plan;
        if (!edits.mood || *edits.mood == plan.mood)
            return;
        plan.mood = *edits.mood;
        clearProgressions(&plan);   // chords that suit the new mood
        if (edits.keyMode || !plan.key.isValid())
            return;
        if (m_genre && m_genre->moodModes.contains(plan.mood))
            plan.key.mode = m_genre->moodModes.value(plan.mood);
        else if ((plan.mood == music::Mood::Dark || plan.mood == music::Mood::Melancholic)
                 && !music::isMinorFamily(plan.key.mode))
            plan.key.mode = music::Mode::Minor;
    }

    void changeSwing(const PlanEdits &edits)
    {
        Plan &plan = m_out.plan;
        if (edits.swing >= 0.0)
            plan.swing = std::clamp(edits.swing, 50.0, 75.0);
        else if (edits.swingSteps != 0)
            plan.swing = std::clamp(std::max(plan.swing, 50.0) + edits.swingSteps * SwingStep, 50.0, 75.0);
    }

    SectionKind mainKind() const { return m_genre ? m_genre->mainKind() : SectionKind::Drop; }

    void changeLength(const PlanEdits &edits)
    {
        Plan &plan = m_out.plan;
        if (edits.length.isSet()) {
            // An exact length: the planner arranges the song again to fit it.
            plan.length = edits.length;
            plan.sections.clear();
            m_rebuilt = true;
            return;
        }
        if (edits.lengthSteps == 0)
            return;
        QList<qsizetype> peaks;
        for (qsizetype i = 0; i < plan.sections.size(); ++i) {
            if (plan.sections.at(i).kind == mainKind())
                peaks << i;
        }
        if (peaks.isEmpty() && !plan.sections.isEmpty()) {
            const auto longest = std::max_element(plan.sections.cbegin(), plan.sections.cend(),
                                                  [](const Section &a, const Section &b) { return a.bars < b.bars; });
            peaks << (longest - plan.sections.cbegin());
        }
        bool resized = false;
        for (qsizetype i : std::as_const(peaks)) {
            Section &section = plan.sections[i];
            const int bars = section.bars + edits.lengthSteps * SectionStepBars;
            if (bars >= 4) {
                section.bars = bars;
                resized = true;
            }
        }
        if (!resized)
            note(u"the song is already as short as its sections allow"_s,
                 u"la canción ya es todo lo corta que permiten sus secciones"_s);
    }

    void changeSection(const SectionRequest &request)
    {
        Plan &plan = m_out.plan;
        const QString word = sectionKindWord(request.kind, m_l);
        QList<qsizetype> matching;
        for (qsizetype i = 0; i < plan.sections.size(); ++i) {
            if (plan.sections.at(i).kind == request.kind)
                matching << i;
        }
        switch (request.presence) {
        case SectionRequest::Presence::Remove:
            if (matching.isEmpty()) {
                note(u"there is no %1 to remove"_s.arg(word), u"no hay %1 que quitar"_s.arg(word));
                return;
            }
            for (qsizetype k = matching.size() - 1; k >= 0; --k)
                plan.sections.removeAt(matching.at(k));
            return;
        case SectionRequest::Presence::Add:
            addSection(request);
            return;
        case SectionRequest::Presence::Keep:
            break;
        }
        if (matching.isEmpty()) {
            if (request.size != SectionRequest::Size::Default || !request.parts.isEmpty())
                note(u"there is no %1 in this song"_s.arg(word), u"esta canción no tiene %1"_s.arg(word));
            return;
        }
        for (qsizetype i : std::as_const(matching)) {
            Section &section = plan.sections[i];
            switch (request.size) {
            case SectionRequest::Size::Long: section.bars += section.bars < SectionStepBars ? 4 : SectionStepBars; break;
            case SectionRequest::Size::Short:
                section.bars = section.bars > SectionStepBars ? section.bars - SectionStepBars : std::max(4, section.bars / 2);
                break;
            case SectionRequest::Size::Exact: section.bars = std::clamp(request.bars, 1, Plan::kMaxBars); break;
            case SectionRequest::Size::Default: break;
            }
            for (auto it = request.parts.cbegin(); it != request.parts.cend(); ++it) {
                for (const QString &id : partIdsWithRole(plan, it.key())) {
                    if (it.value() && !section.parts.contains(id))
                        section.parts << id;
                    else if (!it.value())
                        section.parts.removeAll(id);
                }
                sortSectionParts(plan, &section);
            }
        }
    }

    void addSection(const SectionRequest &request)
    {
        Plan &plan = m_out.plan;
        const music::SectionTemplate *t = templateFor(m_genre, request.kind);
        Section section;
        section.kind = request.kind;
        section.name = uniqueSectionName(plan, t ? t->name : music::sectionKindName(request.kind).at(0).toUpper()
                                                             + music::sectionKindName(request.kind).mid(1));
        section.bars = request.size == SectionRequest::Size::Exact ? request.bars : t ? t->bars : SectionStepBars;
        section.energy = t ? t->energy : defaultEnergy(request.kind);
        for (const Part &part : std::as_const(plan.parts)) {
            const bool byTemplate = t && t->parts.contains(part.id);
            if (byTemplate || (!t && playsAtEnergy(part.role, section.energy)))
                section.parts << part.id;
        }
        for (auto it = request.parts.cbegin(); it != request.parts.cend(); ++it) {
            for (const QString &id : partIdsWithRole(plan, it.key())) {
                if (it.value() && !section.parts.contains(id))
                    section.parts << id;
                else if (!it.value())
                    section.parts.removeAll(id);
            }
        }
        sortSectionParts(plan, &section);
        plan.sections.insert(insertionIndex(plan, request.kind, mainKind()), section);
    }

    void addPart(PartRole role, const QString &style)
    {
        Plan &plan = m_out.plan;
        const QStringList existing = partIdsWithRole(plan, role);
        if (!existing.isEmpty()) {
            bool playsSomewhere = false;
            for (const Section &section : std::as_const(plan.sections))
                playsSomewhere = playsSomewhere || std::any_of(existing.cbegin(), existing.cend(),
                                                               [&section](const QString &id) { return section.parts.contains(id); });
            if (!style.isEmpty())
                setStyle(role, style);
            else if (playsSomewhere)
                note(u"the song already has %1"_s.arg(roleWord(role, m_l)),
                     u"la canción ya tiene %1"_s.arg(roleWord(role, m_l)));
            return;
        }
        if (role == PartRole::Drums) {
            for (PartRole drum : {PartRole::Kick, PartRole::Snare, PartRole::Hats, PartRole::Percussion})
                addPart(drum, QString());
            return;
        }
        const music::PartTemplate *t = m_genre ? m_genre->firstPartWithRole(role) : nullptr;
        Part part;
        part.id = uniquePartId(plan, t ? t->id : music::roleName(role));
        part.role = role;
        part.name = t ? t->name : QString();
        part.instrument = t ? t->instrument : QString();
        if (!style.isEmpty() && music::roleStyles(role).contains(style))
            part.style = style;
        else if (t && !t->styles.isEmpty())
            part.style = t->styles.first();
        part.seed = freshSeed(plan.seed, part.id, m_salt);
        // After the parts of earlier roles, in the order the composer lists roles.
        const auto rank = [](PartRole r) { return int(std::find(music::kAllRoles.cbegin(), music::kAllRoles.cend(), r) - music::kAllRoles.cbegin()); };
        qsizetype at = plan.parts.size();
        for (qsizetype i = 0; i < plan.parts.size(); ++i) {
            if (rank(plan.parts.at(i).role) > rank(role)) {
                at = i;
                break;
            }
        }
        plan.parts.insert(at, part);
        // It plays where the genre's arrangement has it, else where a part like it would.
        bool placed = false;
        for (Section &section : plan.sections) {
            const music::SectionTemplate *st = templateFor(m_genre, section.kind, section.name);
            if (st && t && st->parts.contains(t->id)) {
                section.parts << part.id;
                placed = true;
            }
        }
        if (!placed) {
            for (Section &section : plan.sections) {
                if (playsAtEnergy(role, section.energy))
                    section.parts << part.id;
            }
        }
        for (Section &section : plan.sections)
            sortSectionParts(plan, &section);
    }

    void removePart(PartRole role)
    {
        Plan &plan = m_out.plan;
        const QStringList ids = partIdsWithRole(plan, role);
        if (ids.isEmpty()) {
            note(u"there is no %1 to remove"_s.arg(roleWord(role, m_l)),
                 u"no hay %1 que quitar"_s.arg(roleWord(role, m_l)));
            return;
        }
        plan.parts.removeIf([&ids](const Part &part) { return ids.contains(part.id); });
        for (Section &section : plan.sections)
            section.parts.removeIf([&ids](const QString &id) { return ids.contains(id); });
    }

    void setStyle(PartRole role, const QString &style)
    {
        Plan &plan = m_out.plan;
        if (!music::roleStyles(role).contains(style)) {
            note(u"%1 has no style called \u201c%2\u201d (%3)"_s.arg(roleWord(role, m_l), style,
                                                               music::roleStyles(role).join(u", "_s)),
                 u"%1 no tiene un estilo \u201c%2\u201d (%3)"_s.arg(roleWord(role, m_l), style,
                                                               music::roleStyles(role).join(u", "_s)));
            return;
        }
        for (Part &part : plan.parts) {
            if (roleMatches(role, part.role))
                part.style = style;
        }
    }

    void regenerate(PartRole role)
    {
        Plan &plan = m_out.plan;
        bool any = false;
        for (Part &part : plan.parts) {
            if (roleMatches(role, part.role)) {
                part.seed = freshSeed(part.seed, part.id, m_salt);
                any = true;
            }
        }
        if (!any)
            note(u"there is no %1 to change: say \u201cadd %1\u201d to add one"_s.arg(roleWord(role, m_l)),
                 u"no hay %1 que cambiar: di \u201cañade %1\u201d para ponerlo"_s.arg(roleWord(role, m_l)));
    }

    void regenerateAll()
    {
        Plan &plan = m_out.plan;
        plan.seed = freshSeed(plan.seed, u"song", m_salt);
        for (Part &part : plan.parts)
            part.seed = freshSeed(part.seed, part.id, m_salt);
    }

    void swapSamples(PartRole role)
    {
        const QStringList ids = partIdsWithRole(m_out.plan, role);
        if (ids.isEmpty())
            note(u"there is no %1 whose sample could change"_s.arg(roleWord(role, m_l)),
                 u"no hay %1 cuyo sample cambiar"_s.arg(roleWord(role, m_l)));
        for (const QString &id : ids) {
            if (!m_out.swapSamplesFor.contains(id))
                m_out.swapSamplesFor << id;
        }
    }

    const Plan m_before;
    const std::uint32_t m_salt;
    const Language m_l;
    const GenreProfile *m_genre = nullptr;
    EditedPlan m_out;
    bool m_rebuilt = false;   // arrangement and parts left for the planner
};

} // namespace

std::uint32_t freshSeed(std::uint32_t previous, QStringView what, std::uint32_t salt)
{
    std::uint64_t mixed = music::mixSeed(previous, what, salt);
    for (std::uint64_t round = 1;; ++round) {
        const auto seed = std::uint32_t(mixed ^ (mixed >> 32));
        if (seed != 0 && seed != previous)
            return seed;
        mixed = music::mixSeed(mixed, what, salt + round);
    }
}

double tempoStep(double tempo)
{
    return std::clamp(std::round(tempo * 0.04), 2.0, 8.0);
}

Result<EditedPlan> applyEdits(const music::Plan &current, const PlanEdits &edits, std::uint32_t salt,
                              Language language)
{
    return Editor(current, salt, language).run(edits);
}

} // namespace musiaia::session
