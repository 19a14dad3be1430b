// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia import-midi`: a Live project built from a Standard MIDI File.
#include "midicommands.h"

#include "commandline.h"

#include "als/liveproject.h"
#include "als/midi/midiconvert.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::cli {

int runImportMidi(const QStringList &arguments)
{
    const QString verb = u"import-midi"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Builds a Live project from a Standard MIDI File (format 0 or 1): one MIDI "
                                     u"track per file track or channel, with the file's tempo, time signature "
                                     u"and notes in an arrangement clip."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"IN.mid"_s, u"The MIDI file to import."_s);
    const QCommandLineOption outputDir({u"o"_s, u"output"_s},
                                       u"Where to create \"<Name> Project\" (default: the current folder)."_s,
                                       u"DIR"_s, QDir::currentPath());
    const QCommandLineOption live(u"live"_s, u"The Live version to write for: 11 (opens in 11 and 12) or 12."_s,
                                  u"11|12"_s, u"11"_s);
    parser.addOption(outputDir);
    parser.addOption(live);
    if (!parser.parse(QStringList{u"musiaia import-midi"_s} + arguments))
        return fail(verb, parser.errorText(), 2);
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText() << Qt::flush;
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(verb, u"expected one MIDI file (musiaia import-midi IN.mid [-o DIR] [--live 11|12])"_s, 2);
    const QString liveVersion = parser.value(live);
    if (liveVersion != QLatin1String("11") && liveVersion != QLatin1String("12"))
        return fail(verb, u"--live takes 11 or 12, not \"%1\""_s.arg(liveVersion), 2);

    const QString input = parser.positionalArguments().constFirst();
    const Result<als::midi::File> midi = als::midi::readMidiFile(input);
    if (!midi)
        return fail(verb, midi.errorMessage());
    const QString name = als::sanitizeProjectName(QFileInfo(input).completeBaseName());
    const Result<als::midi::MidiImport> imported = als::midi::liveSetFromMidiFile(*midi, name);
    if (!imported)
        return fail(verb, u"\"%1\": %2"_s.arg(QFileInfo(input).fileName(), imported.errorMessage()));

    als::LiveProjectOptions options;
    options.write.schema = liveVersion == QLatin1String("12") ? als::SchemaVersion::Live12 : als::SchemaVersion::Live11;
    const Result<als::LiveProjectPaths> project
        = als::writeLiveProject(imported->set, parser.value(outputDir), name, options);
    if (!project)
        return fail(verb, project.errorMessage());

    qsizetype notes = 0;
    for (const als::Track &track : imported->set.tracks) {
        for (const als::Clip &clip : track.arrangementClips)
            notes += clip.notes.size();
    }
    for (const QString &warning : imported->warnings)
        err() << "musiaia import-midi: " << warning << Qt::endl;
    out() << "Wrote " << project->setPath << ": " << imported->set.tracks.size() << " MIDI tracks, " << notes
          << " notes, " << imported->set.tempo << " BPM, " << imported->set.timeSignature.numerator << '/'
          << imported->set.timeSignature.denominator << Qt::endl;
    return 0;
}

} // namespace musiaia::cli
