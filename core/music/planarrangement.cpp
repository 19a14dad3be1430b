// SPDX-License-Identifier: GPL-3.0-or-later
// The arrangement of a plan: the genre's section template, with what the musician asked for, fitted
// to a number of bars. Sections stay whole 4-bar phrases; the last one takes the odd bars.
#include "music/planner_p.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music::planner {

namespace {

struct Draft
{
    SectionTemplate t;
    bool fixed = false; // exact bars asked for
    bool requested = false; // asked for by name: never dropped to fit
};

// What a section the genre's template lacks looks like ("con breakdown" in a trap song).
SectionTemplate sectionOfKind(const GenreProfile &profile, SectionKind kind)
{
    SectionTemplate t;
    t.kind = kind;
    t.bars = 8;
    QList<PartRole> roles;
    switch (kind) {
    case SectionKind::Intro:
        t.energy = 0.3;
        roles = { PartRole::Kick, PartRole::Hats, PartRole::Percussion, PartRole::Pad, PartRole::Fx };
        break;
    case SectionKind::Verse:
        t.energy = 0.6;
        t.bars = 16;
        roles = { PartRole::Kick,       PartRole::Snare, PartRole::Hats,
                  PartRole::Percussion, PartRole::Bass,  PartRole::Chords };
        break;
    case SectionKind::Build:
        t.energy = 0.65;
        roles = { PartRole::Snare,  PartRole::Hats, PartRole::Percussion, PartRole::Bass,
                  PartRole::Chords, PartRole::Pad,  PartRole::Fx };
        break;
    case SectionKind::Drop:
    case SectionKind::Chorus:
        t.energy = 0.9;
        t.bars = 16;
        roles = { kAllRoles.cbegin(), kAllRoles.cend() };
        break;
    case SectionKind::Breakdown:
        t.energy = 0.35;
        t.bars = 16;
        roles = { PartRole::Chords, PartRole::Pad, PartRole::Lead, PartRole::Arp, PartRole::Fx };
        break;
    case SectionKind::Bridge:
        t.energy = 0.45;
        roles = { PartRole::Hats, PartRole::Chords, PartRole::Lead, PartRole::Pad };
        break;
    case SectionKind::Outro:
        t.energy = 0.3;
        roles = { PartRole::Kick, PartRole::Hats, PartRole::Percussion, PartRole::Bass, PartRole::Chords };
        break;
    }
    for (const PartTemplate &part : profile.parts) {
        if (roles.contains(part.role))
            t.parts << part.id;
    }
    t.name = sectionKindName(kind);
    t.name[0] = t.name.at(0).toUpper();
    return t;
}

int insertionPoint(const QList<Draft> &drafts, SectionKind kind, SectionKind mainKind)
{
    auto firstOf = [&drafts](SectionKind k) -> qsizetype {
        for (qsizetype i = 0; i < drafts.size(); ++i) {
            if (drafts.at(i).t.kind == k)
                return i;
        }
        return -1;
    };
    const qsizetype main = firstOf(mainKind);
    const qsizetype outro = firstOf(SectionKind::Outro);
    switch (kind) {
    case SectionKind::Intro:
        return 0;
    case SectionKind::Outro:
        return int(drafts.size());
    case SectionKind::Build:
        return int(main >= 0 ? main : drafts.size());
    case SectionKind::Breakdown:
    case SectionKind::Bridge:
        return int(main >= 0 ? main + 1 : (outro >= 0 ? outro : drafts.size()));
    default:
        return int(outro >= 0 ? outro : drafts.size());
    }
}

// Which sections go first when the song is too short for them all.
int dropPriority(const Draft &draft, SectionKind mainKind)
{
    if (draft.requested || draft.fixed)
        return 100;
    if (draft.t.optional)
        return 0;
    if (draft.t.kind == mainKind)
        return 50;
    switch (draft.t.kind) {
    case SectionKind::Build:
        return 10;
    case SectionKind::Bridge:
    case SectionKind::Breakdown:
        return 20;
    case SectionKind::Verse:
        return 30;
    case SectionKind::Outro:
        return 35;
    case SectionKind::Intro:
        return 40;
    default:
        return 45;
    }
}

QString uniqueName(const QList<Draft> &drafts, const QString &base)
{
    auto taken = [&drafts](const QString &name) {
        return std::any_of(drafts.cbegin(), drafts.cend(),
                           [&name](const Draft &d) { return d.t.name == name; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = base + u' ' + QString::number(n);
        if (!taken(name))
            return name;
    }
}

int roundToPhrase(double bars)
{
    return std::max(4, int(std::lround(bars / 4.0)) * 4);
}

} // namespace

QList<Section> arrangeSections(const GenreProfile &profile, const QList<Part> &parts, int targetBars,
                               const QList<SectionRequest> &requests, QStringList *notes)
{
    const SectionKind mainKind = profile.mainKind();
    QList<Draft> drafts;
    for (const SectionTemplate &t : profile.arrangement)
        drafts << Draft { t, false, false };

    for (const SectionRequest &request : requests) {
        const bool present = std::any_of(drafts.cbegin(), drafts.cend(),
                                         [&request](const Draft &d) { return d.t.kind == request.kind; });
        if (request.presence == SectionRequest::Presence::Remove) {
            if (present && std::all_of(drafts.cbegin(), drafts.cend(), [&request](const Draft &d) {
                    return d.t.kind == request.kind;
                })) {
                if (notes)
                    *notes << tr("\"%1\" would leave no section at all: kept it").arg(request.words);
                continue;
            }
            drafts.removeIf([&request](const Draft &d) { return d.t.kind == request.kind; });
            continue;
        }
        if (!present) {
            Draft draft { sectionOfKind(profile, request.kind), false, true };
            draft.t.name = uniqueName(drafts, draft.t.name);
            drafts.insert(insertionPoint(drafts, request.kind, mainKind), draft);
        }
        for (Draft &draft : drafts) {
            if (draft.t.kind != request.kind)
                continue;
            draft.requested = true;
            draft.t.optional = false;
            switch (request.size) {
            case SectionRequest::Size::Default:
                break;
            case SectionRequest::Size::Long:
                draft.t.bars *= 2;
                break;
            case SectionRequest::Size::Short:
                draft.t.bars = std::max(4, draft.t.bars / 2 / 4 * 4);
                break;
            case SectionRequest::Size::Exact:
                draft.t.bars = std::clamp(request.bars, 1, Plan::kMaxBars);
                draft.fixed = true;
                break;
            }
        }
    }

    // Too long for the target: leave out sections, optional ones first, never the last peak.
    auto total = [&drafts] {
        int sum = 0;
        for (const Draft &d : drafts)
            sum += d.t.bars;
        return sum;
    };
    auto minimum = [&drafts] {
        int sum = 0;
        for (const Draft &d : drafts)
            sum += d.fixed ? d.t.bars : 4;
        return sum;
    };
    auto dropOne = [&](int maxPriority) {
        qsizetype victim = -1;
        for (qsizetype i = drafts.size() - 1; i >= 0; --i) {
            const int priority = dropPriority(drafts.at(i), mainKind);
            if (priority > maxPriority)
                continue;
            if (drafts.at(i).t.kind == mainKind
                && std::count_if(drafts.cbegin(), drafts.cend(),
                                 [mainKind](const Draft &d) { return d.t.kind == mainKind; })
                    <= 1)
                continue;
            if (victim < 0 || priority < dropPriority(drafts.at(victim), mainKind))
                victim = i;
        }
        if (victim < 0)
            return false;
        drafts.removeAt(victim);
        return true;
    };
    while (total() > targetBars * 1.15 && dropOne(0)) { }
    while (drafts.size() > 1 && (minimum() > targetBars || (targetBars < 48 && total() > targetBars * 1.6))
           && dropOne(99)) { }
    if (minimum() > targetBars && notes)
        *notes << tr("the sections asked for take %1 bars, more than the %2 of the length asked: kept the "
                     "sections")
                      .arg(minimum())
                      .arg(targetBars);

    // Scale the free sections to the target, in whole phrases, then settle the difference.
    int fixedBars = 0, freeBars = 0;
    for (const Draft &d : std::as_const(drafts))
        (d.fixed ? fixedBars : freeBars) += d.t.bars;
    const int budget = targetBars - fixedBars;
    if (freeBars > 0 && budget > 0) {
        for (Draft &d : drafts) {
            if (!d.fixed)
                d.t.bars = roundToPhrase(double(d.t.bars) * budget / freeBars);
        }
    }
    if (drafts.size() == 1 && !drafts.first().fixed && targetBars < 4)
        drafts.first().t.bars = targetBars;

    // Growing goes to the peaks first, shrinking to the longest sections.
    for (int guard = 0;
         guard < 1000 && !std::all_of(drafts.cbegin(), drafts.cend(), [](const Draft &d) { return d.fixed; });
         ++guard) {
        const int delta = targetBars - total();
        if (delta >= 4) {
            qsizetype best = -1;
            for (qsizetype i = 0; i < drafts.size(); ++i) {
                const Draft &d = drafts.at(i);
                if (d.fixed)
                    continue;
                auto score
                    = [mainKind](const Draft &x) { return (x.t.kind == mainKind ? 1000 : 0) - x.t.bars; };
                if (best < 0 || score(d) > score(drafts.at(best)))
                    best = i;
            }
            drafts[best].t.bars += 4;
        } else if (delta <= -4) {
            qsizetype best = -1;
            for (qsizetype i = 0; i < drafts.size(); ++i) {
                const Draft &d = drafts.at(i);
                if (!d.fixed && d.t.bars > 4 && (best < 0 || d.t.bars > drafts.at(best).t.bars))
                    best = i;
            }
            if (best < 0)
                break;
            drafts[best].t.bars -= 4;
        } else {
            break;
        }
    }
    // The odd bars go to the last free section (a tail).
    const int rest = targetBars - total();
    if (rest != 0) {
        for (qsizetype i = drafts.size() - 1; i >= 0; --i) {
            if (!drafts.at(i).fixed && drafts.at(i).t.bars + rest >= 1) {
                drafts[i].t.bars += rest;
                break;
            }
        }
    }

    QList<Section> sections;
    for (const Draft &d : std::as_const(drafts)) {
        Section section;
        section.name = d.t.name;
        section.kind = d.t.kind;
        section.bars = d.t.bars;
        section.energy = d.t.energy;
        section.parts = mapTemplateParts(profile, d.t.parts, parts);
        if (section.parts.isEmpty()) {
            // Every part the genre plays here was left out: the harmony carries the section, or
            // failing that every part there is, rather than bars of silence.
            for (const Part &part : parts) {
                if (part.role == PartRole::Chords || part.role == PartRole::Pad)
                    section.parts << part.id;
            }
            if (section.parts.isEmpty()) {
                for (const Part &part : parts)
                    section.parts << part.id;
            }
        }
        sections << section;
    }

    // Parts asked in or out of one section.
    for (const SectionRequest &request : requests) {
        if (request.parts.isEmpty() || request.presence == SectionRequest::Presence::Remove)
            continue;
        for (Section &section : sections) {
            if (section.kind != request.kind)
                continue;
            for (auto it = request.parts.cbegin(); it != request.parts.cend(); ++it) {
                for (const Part &part : parts) {
                    if (!(part.role == it.key() || (it.key() == PartRole::Drums && isDrumRole(part.role))))
                        continue;
                    if (it.value() && !section.parts.contains(part.id))
                        section.parts << part.id;
                    else if (!it.value())
                        section.parts.removeAll(part.id);
                }
            }
            QStringList ordered;
            for (const Part &part : parts) {
                if (section.parts.contains(part.id))
                    ordered << part.id;
            }
            section.parts = ordered;
        }
    }
    return sections;
}

} // namespace musiaia::music::planner
