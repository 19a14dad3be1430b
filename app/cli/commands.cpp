// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "analyzecommand.h"
#include "chat.h"
#include "generatecommand.h"
#include "keys.h"
#include "metricscommand.h"
#include "midicommands.h"
#include "samples.h"

#include <QCoreApplication>

namespace musiaia::cli {

const QList<Command> &commands()
{
    // Each verb lives in its own file under app/cli/ and is listed here.
    static const QList<Command> all = {
        {QStringLiteral("generate"), QStringLiteral("Compose a song from a request and write it as a Live project"), &runGenerate},
        {QStringLiteral("chat"), QStringLiteral("Talk to GLM-4.6, MiniMax-M2 or the offline composer"), &runChat},
        {QStringLiteral("keys"), QStringLiteral("Store, check or forget the AI providers' API keys"), &runKeys},
        {QStringLiteral("ai-usage"), QStringLiteral("What was sent to AI providers (sizes, never content)"), &runAiUsage},
        {QStringLiteral("analyze"), QStringLiteral("Report what a Live Set holds (--json for JSON)"), &runAnalyze},
        {QStringLiteral("export-midi"), QStringLiteral("Write a Live Set's arrangement MIDI as a MIDI file"), &runExportMidi},
        {QStringLiteral("import-midi"), QStringLiteral("Build a Live project from a MIDI file"), &runImportMidi},
        {QStringLiteral("metrics"), QStringLiteral("Measure a song in a Live Set against its plan (--plan, --json)"), &runMetrics},
        {QStringLiteral("samples"), QStringLiteral("Import, search and correct the sample library"), &runSamples},
    };
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace musiaia::cli
