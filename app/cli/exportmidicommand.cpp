// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia export-midi`: a Live Set's arrangement MIDI as a Standard MIDI File.
#include "midicommands.h"

#include "commandline.h"

#include "als/alsreader.h"
#include "als/midi/midiconvert.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::cli {

int runExportMidi(const QStringList &arguments)
{
    const QString verb = u"export-midi"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a Live Set's arrangement MIDI clips as a Standard MIDI File: one "
                                     u"track per Live MIDI track, with the set's tempo, time signature and key."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"FILE.als"_s, u"The Live Set to export."_s);
    parser.addPositionalArgument(u"OUT.mid"_s, u"The MIDI file to write (replaced if it exists)."_s);
    if (!parser.parse(QStringList{u"musiaia export-midi"_s} + arguments))
        return fail(verb, parser.errorText(), 2);
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText() << Qt::flush;
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return fail(verb, u"expected a Live Set and a MIDI file (musiaia export-midi FILE.als OUT.mid)"_s, 2);

    const Result<als::LiveSet> set = als::readLiveSet(files.at(0));
    if (!set)
        return fail(verb, set.errorMessage());
    const als::midi::File midi = als::midi::midiFileFromSet(*set);
    qsizetype notes = 0;
    for (const als::midi::Track &track : midi.tracks)
        notes += track.notes.size();
    if (const Result<void> written = als::midi::writeMidiFile(midi, files.at(1)); !written)
        return fail(verb, written.errorMessage());

    out() << "Wrote " << QFileInfo(files.at(1)).absoluteFilePath() << ": " << midi.tracks.size() << " tracks, " << notes
          << " notes, " << set->tempo << " BPM, " << set->timeSignature.numerator << '/' << set->timeSignature.denominator
          << Qt::endl;
    bool sessionOnly = false;
    for (const als::Track &track : set->tracks)
        sessionOnly = sessionOnly || (track.type == als::Track::Type::Midi && !track.sessionClips.empty());
    if (sessionOnly)
        err() << "musiaia export-midi: session clips are not exported, only the arrangement." << Qt::endl;
    if (set->origin.tempoAutomated)
        err() << "musiaia export-midi: the tempo is automated; the file keeps the base tempo only." << Qt::endl;
    return 0;
}

} // namespace musiaia::cli
