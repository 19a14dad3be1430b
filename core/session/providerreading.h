// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's reading of a message, when one is configured: one short, non-streamed request
// with the read_message tool, whose arguments say what the message asks for. The rules
// (messagereader.h) still read the details (the edits, the set's path); the provider only decides
// the intent, and anything unusable in its answer leaves the rules' reading in place.
#pragma once

#include "session/messagereader.h"
#include "session/sessiontypes.h"

#include "ai/aitypes.h"

#include <optional>

namespace musiaia::session {

inline constexpr auto kReadMessageTool = "read_message";
ai::ToolDefinition readMessageTool();

ai::ChatRequest readingRequest(const QString &text, const ReadingContext &context, const QString &language);

// The intent in read_message's arguments (or in a JSON object in the text); empty when the reply
// has none.
std::optional<Intent> intentFromReply(const ai::ChatResponse &response);

} // namespace musiaia::session
