// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the fuzzers' seed corpora into <out>/als and <out>/midi: sets made by the writer (the
// writer tests' sets, both schemas, plain XML and gzip), the MIDI files export-midi makes of them,
// and a few hand-made MIDI files for what the writer never writes (format 0, running status, RMID).
// Nothing is copied from the Live Set corpus here: run-fuzzers.sh adds its small sets when present.
#include "als/alswriter.h"
#include "als/midi/midiconvert.h"
#include "als/midi/midifile.h"
#include "writertestdata.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <utility>

using namespace musiaia;

namespace {

bool save(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

QByteArray setBytes(const als::LiveSet &set, als::SchemaVersion schema, bool compress)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    als::WriteOptions options;
    options.schema = schema;
    options.compress = compress;
    return als::writeLiveSet(set, &buffer, options) ? bytes : QByteArray();
}

QByteArray chunk(const QByteArray &id, const QByteArray &body)
{
    QByteArray out = id;
    const quint32 length = quint32(body.size());
    out.append(char(length >> 24)).append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    return out + body;
}

QByteArray header(int format, int tracks, int division)
{
    QByteArray body;
    body.append(char(0)).append(char(format)).append(char(0)).append(char(tracks));
    body.append(char(division >> 8)).append(char(division & 0xff));
    return chunk("MThd", body);
}

// Format 0, one track: a name, tempo, 3/4, a key, running status and note-on velocity 0 as
// note-off, a controller, pitch bend and a SysEx read past.
QByteArray formatZeroFile()
{
    const QByteArray events = QByteArray::fromHex(
        "00ff030446757a7a"           // track name "Fuzz"
        "00ff510307a120"             // 500000 us per quarter: 120 BPM
        "00ff580403021808"           // 3/4
        "00ff59020001"               // key: no sharps, minor
        "00903c64" "004064" "603c00" "004000"       // notes, running status, vel-0 note-offs
        "00b0074f" "00e00040"        // controller, pitch bend
        "00f0037e7ff7"               // SysEx
        "00992464" "8140892400"      // drums on channel 10
        "00ff2f00");                 // end of track
    return header(0, 1, 96) + chunk("MTrk", events);
}

// A note that is never closed, and an RMID wrapper around a format 1 file.
QByteArray rmidFile()
{
    const QByteArray conductor = chunk("MTrk", QByteArray::fromHex("00ff510306ddd0" "00ff2f00"));
    const QByteArray notes = chunk("MTrk", QByteArray::fromHex("00ff03054261737320" "0091284f" "8360ff2f00"));
    const QByteArray smf = header(1, 2, 480) + conductor + notes;
    QByteArray data = "RMID" + chunk("data", smf);
    const quint32 length = quint32(data.size());
    QByteArray riff = "RIFF";
    riff.append(char(length)).append(char(length >> 8)).append(char(length >> 16)).append(char(length >> 24));
    return riff + data;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUT_DIR\n", argv[0]);
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!out.mkpath(QStringLiteral("als")) || !out.mkpath(QStringLiteral("midi"))) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    QTemporaryDir scratch;
    const QString wav = scratch.filePath(QStringLiteral("tone.wav"));
    if (!scratch.isValid() || !als::testsets::writeTestWav(wav, 0.1)) {
        std::fprintf(stderr, "cannot write a test WAV\n");
        return 1;
    }

    const QList<QPair<QString, als::LiveSet>> sets = {
        {QStringLiteral("empty"), als::testsets::emptySet()},
        {QStringLiteral("one-midi-clip"), als::testsets::oneMidiClipSet()},
        {QStringLiteral("eight-tracks"), als::testsets::eightTrackSet(wav)},
        {QStringLiteral("song-4-bars"), als::testsets::songSet(4)},
    };
    bool ok = true;
    for (const auto &[name, set] : sets) {
        for (const als::SchemaVersion schema : {als::SchemaVersion::Live11, als::SchemaVersion::Live12}) {
            const QString base = out.filePath(QStringLiteral("als/%1-live%2")
                                                  .arg(name)
                                                  .arg(schema == als::SchemaVersion::Live11 ? 11 : 12));
            const QByteArray plain = setBytes(set, schema, false);
            const QByteArray compressed = setBytes(set, schema, true);
            ok = !plain.isEmpty() && !compressed.isEmpty() && ok;
            ok = save(base + QStringLiteral(".xml"), plain) && save(base + QStringLiteral(".als"), compressed) && ok;
        }
        const QByteArray midi = als::midi::midiFileBytes(als::midi::midiFileFromSet(set));
        ok = save(out.filePath(QStringLiteral("midi/%1.mid").arg(name)), midi) && ok;
    }
    // The hand-made files must read, or they seed nothing but the reader's refusals.
    for (const auto &[name, bytes] : {std::pair{"format0.mid", formatZeroFile()}, std::pair{"rmid.rmi", rmidFile()}}) {
        const Result<als::midi::File> parsed = als::midi::parseMidiFile(bytes, QString::fromLatin1(name));
        if (!parsed) {
            std::fprintf(stderr, "%s\n", qPrintable(parsed.errorMessage()));
            ok = false;
        }
        ok = save(out.filePath(QStringLiteral("midi/") + QLatin1String(name)), bytes) && ok;
    }
    return ok ? 0 : 1;
}
