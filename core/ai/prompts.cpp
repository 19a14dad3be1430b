// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompts.h"

#include "music/plan.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::ai {
namespace {

// The musical guidance shared by both languages' plan prompts (the models read English best;
// the reply language is set separately).
QString planGuidance()
{
    return u"Make the plan musically sensible for the genre:\n"
           "- genre: one of the schema's ids (\"tech house\" -> tech_house, \"drum and bass\"/\"dnb\" -> drum_and_bass, "
           "\"hip hop\"/\"boom bap\" -> boom_bap, \"lo-fi\" -> lofi_hip_hop, \"reggaet\u00f3n\"/\"dembow\" -> reggaeton, "
           "\"garage\" -> uk_garage, \"nu-disco\" -> disco).\n"
           "- tempo: what the musician asked; otherwise the genre's home: house 122-126, deep_house 118-122, "
           "tech_house 124-128, techno 128-136, minimal_techno 124-128, trance 136-140, drum_and_bass 172-176, "
           "dubstep 140, boom_bap 86-94, trap 136-150, lofi_hip_hop 72-88, reggaeton 90-98, afrobeats 100-110, "
           "afro_house 118-124, amapiano 110-114, ambient 60-90, disco 110-122, uk_garage 130-134. \"r\u00e1pido\"/"
           "\"faster\" means the upper end, \"lento\"/\"slower\" the lower end.\n"
           "- key: root in English letters and a mode. Spanish names: Do=C, Re=D, Mi=E, Fa=F, Sol=G, La=A, Si=B; "
           "sostenido=#, bemol=b; \"menor\"=minor, \"mayor\"=major. Camelot 8A=A minor, 8B=C major. Dark or "
           "melancholic moods suit minor modes; happy suits major; house and techno often use minor or dorian.\n"
           "- length: \"3 minutos\" = 3*60*tempo/240 bars in 4/4; the sections' bars must add up to the length asked "
           "(within one bar). Use section lengths that are multiples of 4, mostly 8 or 16.\n"
           "- sections: an arc of energy (0..1): intro ~0.3, build/verse ~0.5-0.7, drop/chorus 0.9-1.0, breakdown "
           "~0.4, outro ~0.3. Electronic genres: intro, build, drop, breakdown, drop, outro. Hip-hop, trap and "
           "reggaeton: intro, verse, chorus, verse, chorus, outro.\n"
           "- parts: short lower-case ids; roles and styles from the schema (bass offbeat for house, rolling for "
           "techno, 808 for trap, tresillo for reggaeton, log_drum for amapiano, reese or rolling for drum_and_bass). "
           "Every section lists the ids of the parts that play: intros and outros thin, drops full, breakdowns "
           "without kick or bass. Honour \"sin bajo\"/\"no bass\" (no bass part at all), \"con pads\"/\"add pads\" "
           "and the like.\n"
           "- progression: Roman numerals relative to the key (in A minor: i=Am, VI=F, III=C, VII=G); 4 chords, "
           "chordBars 1 or 2. i-VI-III-VII, i-iv-VI-V, i-VII-VI-VII suit minor keys; I-V-vi-IV, ii-V-I major ones.\n"
           "- Only fields the schema defines. Leave out what you do not want to decide (the composer fills it).\n"_s;
}

} // namespace

QString chatSystemPrompt(const QString &language)
{
    if (language == u"es")
        return u"Eres MusiaIA, un asistente de producci\u00f3n musical para m\u00fasicos que usan Ableton Live. "
               "Responde en espa\u00f1ol, breve y concreto: tempo, tonalidad, acordes, ritmo, sonido y arreglo. "
               "Si te piden una canci\u00f3n, describe el plan (g\u00e9nero, BPM, tonalidad, secciones, partes)."_s;
    return u"You are MusiaIA, a music production assistant for musicians who use Ableton Live. Answer in "
           "English, briefly and concretely: tempo, key, chords, groove, sound and arrangement. When asked for a "
           "song, describe the plan (genre, BPM, key, sections, parts)."_s;
}

QString planSystemPrompt(const QString &language)
{
    const QString intro = language == u"es"
        ? u"Eres MusiaIA, el arreglista de una aplicaci\u00f3n que escribe proyectos de Ableton Live. El m\u00fasico "
          "describe una canci\u00f3n en espa\u00f1ol o en ingl\u00e9s. Llama SIEMPRE a la herramienta submit_plan con el "
          "plan completo de la canci\u00f3n, y escribe adem\u00e1s una o dos frases en espa\u00f1ol, para el m\u00fasico, "
          "que expliquen tus decisiones musicales (sin repetir el JSON).\n\n"_s
        : u"You are MusiaIA, the arranger of an app that writes Ableton Live projects. The musician describes a song "
          "in English or Spanish. ALWAYS call the submit_plan tool with the song's whole plan, and also write one or "
          "two sentences in English for the musician explaining your musical choices (do not repeat the JSON).\n\n"_s;
    return intro + planGuidance()
        + u"If you cannot call tools, answer with the plan as one JSON object (no code fences) after your sentences."_s;
}

QString planRepairPrompt(const QString &error, const QString &language)
{
    if (language == u"es")
        return u"El plan no es v\u00e1lido: %1. Corr\u00edgelo y llama otra vez a submit_plan con el plan completo "
               "corregido, respetando el esquema."_s.arg(error);
    return u"The plan is not valid: %1. Fix it and call submit_plan again with the whole corrected plan, following "
           "the schema."_s.arg(error);
}

ToolDefinition submitPlanTool()
{
    QJsonObject parameters = music::planSchema();
    parameters.remove(u"$schema"_s);   // plain JSON Schema for the function's parameters
    parameters.remove(u"$id"_s);
    parameters.remove(u"title"_s);
    return {QLatin1StringView(kSubmitPlanTool),
            u"Submit the song plan that MusiaIA's composer turns into an Ableton Live set."_s, parameters};
}

QString describePlan(const music::Plan &plan, const QString &language)
{
    const bool es = language == u"es";
    QStringList pieces;
    pieces << plan.genre;
    if (plan.tempo > 0)
        pieces << u"%1 BPM"_s.arg(plan.tempo);
    if (plan.key.isValid())
        pieces << music::keyDisplayName(plan.key);
    if (plan.totalBars() > 0)
        pieces << (es ? u"%1 compases"_s : u"%1 bars"_s).arg(plan.totalBars());
    QStringList sections;
    for (const music::Section &section : plan.sections)
        sections << (section.name.isEmpty() ? music::sectionKindName(section.kind) : section.name);
    if (!sections.isEmpty())
        pieces << sections.join(u", "_s);
    return u"Plan: "_s + pieces.join(u" \u00b7 "_s);
}

} // namespace musiaia::ai
