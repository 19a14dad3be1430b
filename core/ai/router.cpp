// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::ai {

MessagePurpose classifyPurpose(const QString &message)
{
    // The design's "generar"/"crear", widened to the verbs musicians use in both languages, and to
    // changes of a project (structured output as well).
    static const QRegularExpression generation(
        u"\\b(genera\\w*|crea\\w*|haz(me)?|hac(er|eme)|compon\\w*|produc\\w*|quiero un|dame un|"
        "a[ñn]ade|quita|p[aá]salo|m[aá]s (r[aá]pido|lento)|transp\\w*|"
        "generate|create|make|compose|produce|build|write (me )?a|give me a|add|remove|"
        "transpose|faster|slower)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return generation.match(message).hasMatch() ? MessagePurpose::Generation : MessagePurpose::Conversation;
}

RouteDecision routeMessage(MessagePurpose purpose, store::AiRouting routing, bool fallback,
                           const QSet<AiProvider> &available)
{
    RouteDecision decision;
    if (routing == store::AiRouting::OfflineOnly) {
        decision.order = {AiProvider::Local};
        decision.reason = u"offline mode is chosen in the settings"_s;
        return decision;
    }
    AiProvider preferred = AiProvider::Glm;
    switch (routing) {
    case store::AiRouting::Auto:
        preferred = purpose == MessagePurpose::Generation ? AiProvider::Glm : AiProvider::MiniMax;
        decision.reason = purpose == MessagePurpose::Generation ? u"structured generation goes to GLM-4.6"_s
                                                                : u"conversation goes to MiniMax-M2"_s;
        break;
    case store::AiRouting::PreferGlm:
        preferred = AiProvider::Glm;
        decision.reason = u"GLM is preferred in the settings"_s;
        break;
    case store::AiRouting::PreferMiniMax:
        preferred = AiProvider::MiniMax;
        decision.reason = u"MiniMax is preferred in the settings"_s;
        break;
    case store::AiRouting::OfflineOnly:
        break;
    }
    const AiProvider other = preferred == AiProvider::Glm ? AiProvider::MiniMax : AiProvider::Glm;
    if (available.contains(preferred))
        decision.order << preferred;
    if ((fallback || !available.contains(preferred)) && available.contains(other))
        decision.order << other;
    if (!available.contains(preferred)) {
        decision.reason += u"; no %1 key is set"_s.arg(providerDisplayName(preferred));
        if (!available.contains(other))
            decision.reason = u"no provider key is set: the offline composer answers"_s;
    }
    if (fallback || decision.order.isEmpty())
        decision.order << AiProvider::Local;
    return decision;
}

QString guessLanguage(const QString &text)
{
    static const QRegularExpression spanish(
        u"[ñáéíóú¿¡]|\\b(el|la|los|las|un|una|de|del|en|con|sin|que|por|para|más|menos|hazme|genera|quiero|"
        "canción|tema|menor|mayor|bajo|batería|hola|gracias)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    int hits = 0;
    for (auto it = spanish.globalMatch(text); it.hasNext(); it.next())
        ++hits;
    const qsizetype words = text.split(u' ', Qt::SkipEmptyParts).size();
    return hits >= 2 || (hits == 1 && words <= 3) ? u"es"_s : u"en"_s;
}

} // namespace musiaia::ai
