// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysamples.h"

#include "session/planedit.h"

#include "library/samplechoice.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {
namespace {

ChosenSample chosenFrom(const library::SampleChoice &choice)
{
    ChosenSample chosen;
    chosen.partId = choice.partId;
    chosen.role = choice.slot;
    chosen.sampleId = choice.sample.id;
    chosen.sourcePath = choice.sample.path;
    chosen.reason = choice.reason;
    return chosen;
}

} // namespace

SampleStep librarySampleStep(store::Database database)
{
    SampleStep step;
    step.choose = [database](const music::Plan &plan, const SampleRequest &request) -> Result<SampleChoice> {
        auto kept = library::chooseSamples(database, plan);
        if (!kept)
            return kept.error();
        library::SampleChoices choices = *kept;
        if (request.swapAll || !request.swapFor.isEmpty()) {
            // The same choice with another seed: the swapped slots take its picks.
            music::Plan reseeded = plan;
            reseeded.seed = freshSeed(plan.seed, u"samples", request.salt);
            auto fresh = library::chooseSamples(database, reseeded);
            if (!fresh)
                return fresh.error();
            if (request.swapAll) {
                choices = *fresh;
            } else {
                for (library::SampleChoice &choice : choices.choices) {
                    if (!request.swapFor.contains(choice.partId))
                        continue;
                    if (const library::SampleChoice *other = fresh->find(choice.slot))
                        choice = *other;
                }
            }
        }
        SampleChoice result;
        for (const library::SampleChoice &choice : std::as_const(choices.choices))
            result.samples << chosenFrom(choice);
        if (!choices.isEmpty())
            result.notes << choices.unfilled; // an empty library is not worth a word per slot
        result.detail = choices;
        return result;
    };
    step.place = [](als::LiveSet &set, const music::Plan &plan, const SampleChoice &chosen) -> Result<void> {
        const auto *choices = std::any_cast<library::SampleChoices>(&chosen.detail);
        if (!choices)
            return {};
        return library::placeSamples(set, plan, *choices);
    };
    return step;
}

} // namespace musiaia::session
