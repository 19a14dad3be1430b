// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/planner.h"

#include "music/planner_p.h"
#include "music/random.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music {

namespace planner {

QString tr(const char *text)
{
    return QCoreApplication::translate("musiaia::music", text);
}

double chooseTempo(const GenreProfile &profile, std::uint32_t seed)
{
    if (seed == 0)
        return profile.tempoDefault;
    Random random = Random::forPurpose(seed, u"tempo");
    const double tempo = std::round(profile.tempoDefault) + random.between(-3, 3);
    return std::clamp(tempo, profile.tempoMin, profile.tempoMax);
}

Key chooseKey(const GenreProfile &profile, std::uint32_t seed, Mood mood, int root, std::optional<Mode> asked,
              bool locked)
{
    Random random = Random::forPurpose(seed, u"key");
    const Key usual = seed == 0 ? profile.keys.constFirst() : random.pick(profile.keys);
    Key key { root >= 0 ? root : usual.root, asked.value_or(usual.mode) };
    if (locked)
        return key;
    // The mood's mode decides the mode when none was asked, and refines the one asked for within
    // its family only when a mood was asked too (minor -> phrygian when dark): "D minor" alone
    // stays D minor, as the musician said.
    if (profile.moodModes.contains(mood)) {
        const Mode moodMode = profile.moodModes.value(mood);
        if (!asked || (mood != Mood::Neutral && isMinorFamily(*asked) == isMinorFamily(moodMode)))
            key.mode = moodMode;
    }
    return key;
}

double chooseSwing(const GenreProfile &profile, std::uint32_t seed)
{
    if (seed == 0 || profile.swingMax <= profile.swingMin)
        return profile.swingDefault;
    Random random = Random::forPurpose(seed, u"swing");
    const double swing = profile.swingDefault + random.uniform(-2.0, 2.0);
    return std::clamp(std::round(swing * 2.0) / 2.0, profile.swingMin, profile.swingMax);
}

namespace {

// How many of the progression's chord tones fall outside the key (parse failures count a lot).
int outOfKeyTones(const QStringList &chords, const Key &key)
{
    int outside = 0;
    for (const QString &numeral : chords) {
        const Result<Chord> chord = parseRomanChord(numeral, key);
        if (!chord) {
            outside += 100;
            continue;
        }
        for (int pc : chord->pitchClasses())
            outside += key.contains(pc) ? 0 : 1;
    }
    return outside;
}

} // namespace

QStringList chooseProgression(const GenreProfile &profile, std::uint32_t seed, Mood mood, const Key &key)
{
    // Candidates: the progressions whose chords all sit in the key, preferring those made for the
    // mood; when none fits the key, those with the fewest notes outside it.
    QList<const ProgressionChoice *> fitting;
    int fewest = std::numeric_limits<int>::max();
    for (const ProgressionChoice &choice : profile.progressions)
        fewest = std::min(fewest, outOfKeyTones(choice.chords, key));
    for (const ProgressionChoice &choice : profile.progressions) {
        if (outOfKeyTones(choice.chords, key) == fewest)
            fitting << &choice;
    }
    if (fewest > 0) {
        const QStringList fallback = isMinorFamily(key.mode)
            ? QStringList { u"i"_s, u"VI"_s, u"III"_s, u"VII"_s }
            : QStringList { u"I"_s, u"V"_s, u"vi"_s, u"IV"_s };
        if (outOfKeyTones(fallback, key) == 0)
            return fallback;
        const QStringList tonic = { isMinorFamily(key.mode) ? u"i"_s : u"I"_s };
        if (outOfKeyTones(tonic, key) == 0)
            return tonic;
    }
    QList<const ProgressionChoice *> forMood;
    for (const ProgressionChoice *choice : std::as_const(fitting)) {
        if (choice->moods.contains(mood))
            forMood << choice;
    }
    if (forMood.isEmpty()) {
        for (const ProgressionChoice *choice : std::as_const(fitting)) {
            if (choice->moods.isEmpty())
                forMood << choice;
        }
    }
    const QList<const ProgressionChoice *> &pool = forMood.isEmpty() ? fitting : forMood;
    if (seed == 0)
        return pool.constFirst()->chords;
    QList<double> weights;
    for (const ProgressionChoice *choice : pool)
        weights << choice->weight;
    Random random = Random::forPurpose(seed, u"progression");
    return pool.at(random.weighted(weights))->chords;
}

Part partForRole(const GenreProfile &profile, PartRole role, const QList<Part> &taken)
{
    Part part;
    part.role = role;
    const PartTemplate *t = profile.firstPartWithRole(role);
    QString base = t ? t->id : roleName(role);
    if (t) {
        part.name = t->name;
        part.instrument = t->instrument;
    }
    auto used = [&taken](const QString &id) {
        return std::any_of(taken.cbegin(), taken.cend(), [&id](const Part &p) { return p.id == id; });
    };
    part.id = base;
    for (int n = 2; used(part.id); ++n)
        part.id = base + QString::number(n);
    return part;
}

QStringList mapTemplateParts(const GenreProfile &profile, const QStringList &templateIds,
                             const QList<Part> &parts)
{
    QSet<QString> wanted;
    for (const QString &id : templateIds) {
        if (std::any_of(parts.cbegin(), parts.cend(), [&id](const Part &p) { return p.id == id; })) {
            wanted.insert(id);
            continue;
        }
        const PartTemplate *t = profile.partTemplate(id);
        if (!t)
            continue;
        for (const Part &part : parts) {
            if (part.role == t->role || (part.role == PartRole::Drums && isDrumRole(t->role)))
                wanted.insert(part.id);
        }
    }
    QStringList ordered;
    for (const Part &part : parts) {
        if (wanted.contains(part.id))
            ordered << part.id;
    }
    return ordered;
}

void placeUnusedParts(const GenreProfile &profile, const QList<Part> &parts, QList<Section> *sections)
{
    for (const Part &part : parts) {
        const bool used = std::any_of(sections->cbegin(), sections->cend(),
                                      [&part](const Section &s) { return s.parts.contains(part.id); });
        if (used)
            continue;
        // Where the genre's arrangement plays the role (by section name); else the louder half.
        bool placed = false;
        for (Section &section : *sections) {
            for (const SectionTemplate &t : profile.arrangement) {
                if (t.name != section.name)
                    continue;
                for (const QString &id : t.parts) {
                    const PartTemplate *pt = profile.partTemplate(id);
                    if (pt
                        && (pt->role == part.role
                            || (part.role == PartRole::Drums && isDrumRole(pt->role)))) {
                        section.parts << part.id;
                        placed = true;
                        break;
                    }
                }
            }
        }
        if (!placed) {
            for (Section &section : *sections) {
                if (section.energy >= 0.5 || sections->size() == 1)
                    section.parts << part.id;
            }
        }
        for (Section &section : *sections) {
            QStringList ordered;
            for (const Part &p : parts) {
                if (section.parts.contains(p.id))
                    ordered << p.id;
            }
            section.parts = ordered;
        }
    }
}

} // namespace planner

using namespace planner;

std::uint32_t derivePartSeed(std::uint32_t planSeed, const QString &partId)
{
    const std::uint64_t mixed = mixSeed(planSeed, partId, 0x9a27);
    const auto seed = std::uint32_t(mixed ^ (mixed >> 32));
    return seed == 0 ? 1u : seed;
}

std::uint32_t seedForRequest(const QString &text)
{
    const std::uint64_t mixed = mixSeed(0, normalizeRequestText(text), 0x5eed);
    return std::uint32_t(mixed ^ (mixed >> 32));
}

namespace {

QString tempoText(double tempo)
{
    return std::floor(tempo) == tempo ? QString::number(int(tempo)) : QString::number(tempo, 'f', 1);
}

void completeParts(const GenreProfile &profile, Plan *plan)
{
    if (plan->parts.isEmpty()) {
        // The genre's default parts, and any role a section names.
        QList<PartRole> named;
        for (const Section &section : std::as_const(plan->sections)) {
            for (const QString &id : section.parts) {
                PartRole role;
                if (parseRoleName(id, &role) && !named.contains(role))
                    named << role;
            }
        }
        for (const PartTemplate &t : profile.parts) {
            const bool asked
                = named.contains(t.role) || (named.contains(PartRole::Drums) && isDrumRole(t.role));
            // Sections that name roles say who plays; otherwise the genre's defaults.
            if (!(named.isEmpty() ? t.byDefault : asked))
                continue;
            if (std::any_of(plan->parts.cbegin(), plan->parts.cend(),
                            [&t](const Part &p) { return p.role == t.role; }))
                continue;
            Part part;
            part.id = t.id;
            part.role = t.role;
            part.name = t.name;
            part.instrument = t.instrument;
            plan->parts << part;
        }
        for (PartRole role : std::as_const(named)) {
            const bool present = std::any_of(plan->parts.cbegin(), plan->parts.cend(), [role](const Part &p) {
                return p.role == role || (role == PartRole::Drums && isDrumRole(p.role));
            });
            if (!present)
                plan->parts << partForRole(profile, role, plan->parts);
        }
        // Sections named roles: they now name the parts of those roles.
        for (Section &section : plan->sections) {
            QSet<QString> ids;
            for (const QString &id : std::as_const(section.parts)) {
                PartRole role;
                if (!parseRoleName(id, &role))
                    continue;
                for (const Part &part : std::as_const(plan->parts)) {
                    if (part.role == role || (role == PartRole::Drums && isDrumRole(part.role)))
                        ids.insert(part.id);
                }
            }
            section.parts.clear();
            for (const Part &part : std::as_const(plan->parts)) {
                if (ids.contains(part.id))
                    section.parts << part.id;
            }
        }
    }
    for (Part &part : plan->parts) {
        const PartTemplate *t = profile.partTemplate(part.id);
        if (!t || t->role != part.role)
            t = profile.firstPartWithRole(part.role);
        if (part.instrument.isEmpty() && t)
            part.instrument = t->instrument;
        if (part.name.isEmpty() && t && t->id == part.id)
            part.name = t->name;
        if (part.seed == 0)
            part.seed = derivePartSeed(plan->seed, part.id);
        if (part.color < 0)
            part.color = profile.colorFor(part.role);
        if (part.style.isEmpty()) {
            const QStringList styles
                = t && !t->styles.isEmpty() ? t->styles : QStringList { roleStyles(part.role).first() };
            if (plan->seed == 0 || styles.size() == 1) {
                part.style = styles.first();
            } else {
                // The genre's first style is its usual one: twice as likely as each other.
                QList<double> weights(styles.size(), 1.0);
                weights[0] = 2.0;
                Random random = Random::forPurpose(part.seed, u"style");
                part.style = styles.at(random.weighted(weights));
            }
        }
    }
}

} // namespace

Result<Plan> completePlan(const Plan &partial)
{
    if (Result<void> valid = validatePlan(partial); !valid)
        return valid.error();
    const GenreProfile *profile = findGenre(partial.genre);
    if (!profile)
        return makeError(ErrorCode::InvalidArgument, tr("\"%1\" has no genre profile").arg(partial.genre));

    Plan plan = partial;
    if (plan.tempo <= 0.0)
        plan.tempo = chooseTempo(*profile, plan.seed);
    if (!plan.key.isValid())
        plan.key = chooseKey(*profile, plan.seed, plan.mood);
    if (plan.swing < 50.0)
        plan.swing = chooseSwing(*profile, plan.seed);
    if (plan.chordBars <= 0)
        plan.chordBars = profile->chordBars;
    if (plan.progression.isEmpty())
        plan.progression = chooseProgression(*profile, plan.seed, plan.mood, plan.key);

    completeParts(*profile, &plan);
    if (plan.parts.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("the plan has no parts to play"));

    if (plan.sections.isEmpty()) {
        int target = plan.length.barsAt(plan.tempo);
        if (target <= 0)
            target = int(std::lround(profile->lengthSeconds * plan.tempo / 240.0));
        target = std::clamp(target, 1, Plan::kMaxBars);
        plan.sections = arrangeSections(*profile, plan.parts, target, {}, nullptr);
    }
    placeUnusedParts(*profile, plan.parts, &plan.sections);

    if (plan.title.trimmed().isEmpty())
        plan.title = u"%1 %2 %3"_s.arg(profile->name, keyShortName(plan.key), tempoText(plan.tempo));

    if (Result<void> valid = validatePlan(plan); !valid)
        return valid.error();
    Q_ASSERT(plan.isComplete());
    return plan;
}

namespace {

// The genre whose range holds the tempo, nearest default first; house when nothing does.
const GenreProfile *genreForTempo(double tempo)
{
    const GenreProfile *best = nullptr;
    if (tempo > 0.0) {
        for (const GenreProfile &genre : allGenres()) {
            if (tempo < genre.tempoMin || tempo > genre.tempoMax)
                continue;
            if (!best || std::abs(genre.tempoDefault - tempo) < std::abs(best->tempoDefault - tempo))
                best = &genre;
        }
    }
    return best ? best : findGenre(u"house"_s);
}

bool roleMatches(PartRole asked, PartRole actual)
{
    return asked == actual || (asked == PartRole::Drums && isDrumRole(actual));
}

} // namespace

Result<Plan> partialPlanFromRequest(const Request &request, std::uint32_t seed, QStringList *notes)
{
    QStringList said = request.notes;
    const GenreProfile *profile
        = request.genre.isEmpty() ? genreForTempo(request.tempo) : findGenre(request.genre);
    if (!profile)
        return makeError(ErrorCode::InvalidArgument, tr("\"%1\" has no genre profile").arg(request.genre));
    if (request.genre.isEmpty()) {
        said << (request.isMusical()
                     ? tr("no genre named: made it %1").arg(profile->name)
                     : tr("found nothing musical in the request: made a %1 track").arg(profile->name));
    }

    Plan plan;
    plan.genre = profile->id;
    plan.seed = seed;
    plan.mood = request.mood.value_or(Mood::Neutral);
    plan.length = request.length;

    if (request.tempo > 0.0) {
        plan.tempo = request.tempo;
        if (request.tempo < profile->tempoMin || request.tempo > profile->tempoMax) {
            said << tr("%1 BPM is outside %2's usual %3 to %4 BPM: kept %1")
                        .arg(tempoText(request.tempo), profile->name, tempoText(profile->tempoMin),
                             tempoText(profile->tempoMax));
        }
    } else if (request.tempoFeel != 0) {
        const double base = chooseTempo(*profile, seed);
        const double edge = request.tempoFeel > 0 ? profile->tempoMax : profile->tempoMin;
        plan.tempo = std::round(base + (edge - base) * 0.75);
        if (plan.tempo == base)
            plan.tempo = std::clamp(base + request.tempoFeel * 4.0, Plan::kMinTempo, Plan::kMaxTempo);
    }

    if (request.keyRoot >= 0 || request.keyMode)
        plan.key = chooseKey(*profile, seed, plan.mood, request.keyRoot, request.keyMode, request.modeLocked);

    if (request.swing >= 0.0) {
        plan.swing = std::clamp(request.swing, 50.0, 75.0);
    } else if (request.swingFeel > 0) {
        plan.swing = std::clamp(std::max(profile->swingMax, profile->swingDefault + 6.0), 50.0, 75.0);
    } else if (request.swingFeel < 0) {
        plan.swing = 50.0;
    }

    // Parts: the genre's defaults, with those asked for in or out (in a section counts as in).
    QMap<PartRole, bool> asked = request.parts;
    for (const SectionRequest &section : request.sections) {
        for (auto it = section.parts.cbegin(); it != section.parts.cend(); ++it) {
            if (it.value() && !asked.contains(it.key()))
                asked.insert(it.key(), true);
        }
    }
    for (const PartTemplate &t : profile->parts) {
        bool in = t.byDefault;
        for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
            if (roleMatches(it.key(), t.role))
                in = it.value();
        }
        if (in && !std::any_of(plan.parts.cbegin(), plan.parts.cend(), [&t](const Part &p) {
                return p.role == t.role;
            })) {
            Part part;
            part.id = t.id;
            part.role = t.role;
            part.name = t.name;
            part.instrument = t.instrument;
            plan.parts << part;
        }
    }
    for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
        if (!it.value() || it.key() == PartRole::Drums)
            continue;
        const bool present = std::any_of(plan.parts.cbegin(), plan.parts.cend(),
                                         [&it](const Part &p) { return p.role == it.key(); });
        if (!present)
            plan.parts << partForRole(*profile, it.key(), plan.parts);
    }
    if (plan.parts.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("every part was left out: there is nothing to play"));
    for (Part &part : plan.parts) {
        const QString style = request.partStyles.value(part.role);
        if (!style.isEmpty()) {
            if (roleStyles(part.role).contains(style))
                part.style = style;
            else
                said << tr("%1 has no style \"%2\": used the genre's").arg(roleDisplayName(part.role), style);
        }
        const QString instrument = request.partInstruments.value(part.role);
        if (!instrument.isEmpty())
            part.instrument = instrument;
    }

    if (!request.sections.isEmpty()) {
        const double tempo = plan.tempo > 0.0 ? plan.tempo : chooseTempo(*profile, seed);
        int target = plan.length.barsAt(tempo);
        if (target <= 0)
            target = int(std::lround(profile->lengthSeconds * tempo / 240.0));
        plan.sections = arrangeSections(*profile, plan.parts, std::clamp(target, 1, Plan::kMaxBars),
                                        request.sections, &said);
    }

    if (notes)
        *notes << said;
    if (Result<void> valid = validatePlan(plan); !valid)
        return valid.error();
    return plan;
}

Result<Plan> planFromText(const QString &request, std::uint32_t seed, QStringList *notes)
{
    if (request.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("the request is empty: say what to make, e.g. \"house a 124 BPM en La menor\""));
    const Request parsed = parseRequest(request);
    Result<Plan> partial = partialPlanFromRequest(parsed, seed, notes);
    if (!partial)
        return partial.error();
    return completePlan(*partial);
}

Result<Plan> planFromText(const QString &request, QStringList *notes)
{
    return planFromText(request, seedForRequest(request), notes);
}

} // namespace musiaia::music
