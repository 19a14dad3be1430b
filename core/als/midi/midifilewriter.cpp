// SPDX-License-Identifier: GPL-3.0-or-later
// Writing Standard MIDI Files, format 1.
#include "midifile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace musiaia::als::midi {

namespace {

struct Event
{
    qint64 tick = 0;
    int order = 0;           // at one tick: meta first, then note-offs, then note-ons
    int pitch = 0;
    QByteArray bytes;        // status and data, or FF type length data
};

void appendVarLen(QByteArray &out, quint64 value)
{
    value = std::min<quint64>(value, 0x0fffffff);
    char buffer[4];
    int count = 0;
    buffer[count++] = char(value & 0x7f);
    while ((value >>= 7) != 0)
        buffer[count++] = char(0x80 | (value & 0x7f));
    while (count > 0)
        out.append(buffer[--count]);
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    out.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
}

QByteArray metaEvent(uchar type, const QByteArray &data)
{
    QByteArray bytes;
    bytes.append(char(0xff)).append(char(type));
    appendVarLen(bytes, quint64(data.size()));
    return bytes + data;
}

QByteArray trackChunk(QList<Event> events, qint64 endTick)
{
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.tick != b.tick)
            return a.tick < b.tick;
        if (a.order != b.order)
            return a.order < b.order;
        return a.pitch < b.pitch;
    });
    QByteArray body;
    qint64 tick = 0;
    for (const Event &event : events) {
        appendVarLen(body, quint64(event.tick - tick));
        body += event.bytes;
        tick = event.tick;
    }
    appendVarLen(body, quint64(std::max(endTick, tick) - tick));
    body += metaEvent(0x2f, {});
    QByteArray chunk("MTrk");
    appendBigEndian32(chunk, quint32(body.size()));
    return chunk + body;
}

int clamp7(int value, int low = 0)
{
    return std::clamp(value, low, 127);
}

} // namespace

QByteArray midiFileBytes(const File &file)
{
    const qint64 end = file.endTick();

    QList<Event> conductor;
    for (const TempoChange &tempo : file.tempos) {
        const quint32 microseconds = quint32(std::clamp(std::lround(60000000.0 / std::max(tempo.bpm, 1.0)), 1L, 0xffffffL));
        QByteArray data;
        data.append(char(microseconds >> 16)).append(char(microseconds >> 8)).append(char(microseconds));
        conductor.append(Event{std::max<qint64>(0, tempo.tick), 0, 0, metaEvent(0x51, data)});
    }
    for (const TimeSignatureChange &signature : file.timeSignatures) {
        int power = 0;
        while ((1 << power) < signature.denominator && power < 6)
            ++power;
        QByteArray data;
        data.append(char(std::clamp(signature.numerator, 1, 255))).append(char(power)).append(char(24)).append(char(8));
        conductor.append(Event{std::max<qint64>(0, signature.tick), 0, 0, metaEvent(0x58, data)});
    }
    for (const KeySignatureChange &key : file.keySignatures) {
        QByteArray data;
        data.append(char(qint8(std::clamp(key.sharps, -7, 7)))).append(char(key.minor ? 1 : 0));
        conductor.append(Event{std::max<qint64>(0, key.tick), 0, 0, metaEvent(0x59, data)});
    }

    QByteArray out("MThd");
    appendBigEndian32(out, 6);
    const int trackCount = int(std::min<qsizetype>(file.tracks.size() + 1, 0xffff));
    out.append(char(0)).append(char(1));
    out.append(char(trackCount >> 8)).append(char(trackCount));
    const int division = std::clamp(file.ticksPerQuarter, 1, 0x7fff);
    out.append(char(division >> 8)).append(char(division));
    out += trackChunk(conductor, end);

    for (qsizetype t = 0; t + 1 < trackCount; ++t) {
        const Track &track = file.tracks.at(t);
        QList<Event> events;
        if (!track.name.isEmpty())
            events.append(Event{0, 0, 0, metaEvent(0x03, track.name.toUtf8())});
        if (!track.instrument.isEmpty())
            events.append(Event{0, 0, 0, metaEvent(0x04, track.instrument.toUtf8())});
        qint64 trackEnd = track.endTick;
        for (const Note &note : track.notes) {
            const int channel = std::clamp(note.channel, 0, 15);
            const int pitch = clamp7(note.pitch);
            const qint64 start = std::max<qint64>(0, note.tick);
            // At least a tick: an off at the same tick as its on would sort before it.
            const qint64 stop = start + std::max<qint64>(1, note.duration);
            QByteArray on;
            on.append(char(0x90 | channel)).append(char(pitch)).append(char(clamp7(note.velocity, 1)));
            QByteArray off;
            off.append(char(0x80 | channel)).append(char(pitch)).append(char(clamp7(note.offVelocity)));
            events.append(Event{start, 2, pitch, on});
            events.append(Event{stop, 1, pitch, off});
            trackEnd = std::max(trackEnd, stop);
        }
        out += trackChunk(events, trackEnd);
    }
    return out;
}

Result<void> writeMidiFile(const File &file, const QString &path)
{
    const QString name = QLatin1Char('"') + QFileInfo(path).fileName() + QLatin1Char('"');
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("musiaia::als::midi::Writer", "%1 could not be written: %2")
                                            .arg(name, out.errorString()));
    }
    out.write(midiFileBytes(file));
    if (!out.commit()) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("musiaia::als::midi::Writer", "%1 could not be written: %2")
                                            .arg(name, out.errorString()));
    }
    return {};
}

} // namespace musiaia::als::midi
