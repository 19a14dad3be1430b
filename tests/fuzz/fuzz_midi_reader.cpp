// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes as a Standard MIDI File through the MIDI reader, and, when they
// read, through what import-midi does with them (a Live Set built from the file, written as plain
// XML and read back) and through the MIDI writer (its output must read back, with every note).
#include "als/alsreader.h"
#include "als/alswriter.h"
#include "als/midi/midiconvert.h"
#include "als/midi/midifile.h"
#include "fuzzsupport.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace musiaia;

namespace {

qsizetype noteCount(const als::midi::File &file)
{
    qsizetype notes = 0;
    for (const als::midi::Track &track : file.tracks)
        notes += track.notes.size();
    return notes;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<als::midi::File> file = als::midi::parseMidiFile(bytes, QStringLiteral("fuzz-input.mid"));
    if (!file) {
        MUSIAIA_FUZZ_CHECK(file.errorMessage().contains(QLatin1String("fuzz-input.mid")));
        return 0;
    }

    const Result<als::midi::File> reread = als::midi::parseMidiFile(als::midi::midiFileBytes(*file));
    MUSIAIA_FUZZ_CHECK(reread.hasValue());
    MUSIAIA_FUZZ_CHECK(noteCount(*reread) == noteCount(*file));

    const Result<als::midi::MidiImport> imported = als::midi::liveSetFromMidiFile(*file, QStringLiteral("Fuzz"));
    if (!imported)
        return 0;
    for (const als::SchemaVersion schema : {als::SchemaVersion::Live11, als::SchemaVersion::Live12}) {
        QBuffer written;
        written.open(QIODevice::WriteOnly);
        als::WriteOptions writeOptions;
        writeOptions.schema = schema;
        writeOptions.compress = false;
        const Result<void> write = als::writeLiveSet(imported->set, &written, writeOptions);
        MUSIAIA_FUZZ_CHECK(write.hasValue());
        written.close();
        written.open(QIODevice::ReadOnly);
        als::ReadOptions readOptions;
        readOptions.locateSamples = false;
        MUSIAIA_FUZZ_CHECK(als::readLiveSet(&written, QStringLiteral("imported.als"), readOptions).hasValue());
    }
    return 0;
}
