// SPDX-License-Identifier: GPL-3.0-or-later
// What MusiaIA tells the models: system prompts in the musician's language, the plan tool, and the
// repair request for an invalid plan.
#pragma once

#include "aitypes.h"

#include <QString>

namespace musiaia::music {
struct Plan;
}

namespace musiaia::ai {

// "es" or "en" (see guessLanguage()).
QString chatSystemPrompt(const QString &language);
QString planSystemPrompt(const QString &language);
// The message sent back with an invalid plan: what was wrong and what to do.
QString planRepairPrompt(const QString &error, const QString &language);

// submit_plan: its parameters are the Plan's JSON schema (resources/schemas/plan.schema.json).
ToolDefinition submitPlanTool();
inline constexpr auto kSubmitPlanTool = "submit_plan";

// A one-line summary of a plan for the musician ("house · 124 BPM · A minor · 96 bars · intro,
// build, drop..."), used when a model called the tool without writing anything.
QString describePlan(const music::Plan &plan, const QString &language);

} // namespace musiaia::ai
