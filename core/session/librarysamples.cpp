// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysamples.h"

#include "session/planedit.h"

#include "library/samplechoice.h"

#include <QSet>

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
        library::SampleChoiceOptions options;
        options.language = request.language;
        auto kept = library::chooseSamples(database, plan, options);
        if (!kept)
            return kept.error();
        library::SampleChoices choices = *kept;
        QStringList notes;
        if (request.swapAll || !request.swapFor.isEmpty()) {
            // The same choice with other seeds, until each swapped slot gets another sample (the
            // seed picks among the few best, so a new seed may well pick the same one again).
            const auto isSwapped = [&request](const library::SampleChoice &choice) {
                return request.swapAll || request.swapFor.contains(choice.partId);
            };
            const auto previousFor = [&request](const library::SampleChoice &choice) -> QString {
                for (const ChosenSample &sample : request.previous) {
                    if (sample.partId == choice.partId && sample.role == choice.slot)
                        return sample.sourcePath;
                }
                return {};
            };
            QSet<qsizetype> open;
            for (qsizetype i = 0; i < choices.choices.size(); ++i) {
                if (isSwapped(choices.choices.at(i)))
                    open.insert(i);
            }
            for (std::uint32_t attempt = 0; attempt < 8 && !open.isEmpty(); ++attempt) {
                if (request.cancel && request.cancel->load())
                    break;
                music::Plan reseeded = plan;
                reseeded.seed = freshSeed(plan.seed, u"samples", request.salt * 8u + attempt);
                auto fresh = library::chooseSamples(database, reseeded, options);
                if (!fresh)
                    return fresh.error();
                for (auto it = open.begin(); it != open.end();) {
                    library::SampleChoice &choice = choices.choices[*it];
                    const library::SampleChoice *other = fresh->find(choice.slot);
                    if (other && other->sample.path != previousFor(choice)) {
                        choice = *other;
                        it = open.erase(it);
                    } else {
                        ++it;
                    }
                }
            }
            for (qsizetype i : std::as_const(open))
                notes
                    << say(request.language,
                           u"%1: the library has no other sample that fits as well; kept %2"_s,
                           u"%1: la biblioteca no tiene otro sample que encaje igual de bien; se queda %2"_s)
                           .arg(choices.choices.at(i).slot, choices.choices.at(i).sample.name);
        }
        SampleChoice result;
        for (const library::SampleChoice &choice : std::as_const(choices.choices))
            result.samples << chosenFrom(choice);
        if (!choices.isEmpty())
            result.notes << choices.unfilled; // an empty library is not worth a word per slot
        result.notes << notes;
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
