// SPDX-License-Identifier: GPL-3.0-or-later
// Which provider answers a message. The original design's rule: structured generation ("generar",
// "crear") goes to GLM-4.6, conversation to MiniMax-M2; the user can prefer one provider or stay
// offline, and a provider that fails hands over to the other, then to the offline composer.
#pragma once

#include "aitypes.h"

#include <QList>
#include <QSet>
#include <QString>

namespace musiaia::ai {

enum class MessagePurpose { Generation, Conversation };

// Generation when the message asks to make, change or compose something (Spanish or English),
// conversation otherwise.
MessagePurpose classifyPurpose(const QString &message);

struct RouteDecision
{
    QList<AiProvider> order;   // try in this order; AiProvider::Local (offline) last when allowed
    QString reason;            // why the first one, for the user ("conversation goes to MiniMax-M2")
};

// `available`: providers that have a key (and a base URL).
RouteDecision routeMessage(MessagePurpose purpose, store::AiRouting routing, bool fallback,
                           const QSet<AiProvider> &available);

// A short, stable tag for a message language: "es" when it looks Spanish, else "en".
QString guessLanguage(const QString &text);

} // namespace musiaia::ai
