// SPDX-License-Identifier: GPL-3.0-or-later
// Reading Standard MIDI Files: chunks, variable-length quantities, running status, meta events.
#include "midifile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <vector>

namespace musiaia::als::midi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("musiaia::als::midi::Reader", text);
}

quint32 bigEndian32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint16 bigEndian16(const uchar *p)
{
    return quint16((p[0] << 8) | p[1]);
}

// SMF text is meant to be ASCII; in practice it is Latin-1 or UTF-8.
QString decodeText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        text = QString::fromLatin1(bytes);
    return text.trimmed();
}

// One MTrk chunk. Errors are thrown back as a message (with the byte offset in the file).
class TrackParser
{
public:
    TrackParser(const uchar *data, qsizetype begin, qsizetype end, File &file)
        : m_data(data)
        , m_pos(begin)
        , m_end(end)
        , m_file(file)
        , m_open(16 * 128)
    {
    }

    // Empty on success, else what is wrong.
    QString parse(Track &track);

private:
    bool readByte(uchar &byte)
    {
        if (m_pos >= m_end)
            return false;
        byte = m_data[m_pos++];
        return true;
    }
    // A variable-length quantity: at most 4 bytes of 7 bits.
    QString readVarLen(qint64 &value);
    QString cutShort() const { return tr("a track ends in the middle of an event (at byte %1)").arg(m_pos); }
    void noteOn(Track &track, int channel, int pitch, int velocity);
    void noteOff(Track &track, int channel, int pitch, int offVelocity);
    QString meta(Track &track, uchar type, qsizetype length);

    const uchar *m_data;
    qsizetype m_pos;
    qsizetype m_end;
    File &m_file;
    qint64 m_tick = 0;
    bool m_ended = false;
    std::vector<std::vector<qsizetype>> m_open;   // (channel, pitch) -> indices of sounding notes
};

QString TrackParser::readVarLen(qint64 &value)
{
    value = 0;
    for (int i = 0; i < 4; ++i) {
        uchar byte = 0;
        if (!readByte(byte))
            return cutShort();
        value = (value << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            return {};
    }
    return tr("a variable-length number runs over 4 bytes (at byte %1)").arg(m_pos);
}

void TrackParser::noteOn(Track &track, int channel, int pitch, int velocity)
{
    track.notes.append(Note{m_tick, -1, channel, pitch, velocity, 64});
    m_open[size_t(channel * 128 + pitch)].push_back(track.notes.size() - 1);   // no allocation until used
}

void TrackParser::noteOff(Track &track, int channel, int pitch, int offVelocity)
{
    auto &open = m_open[size_t(channel * 128 + pitch)];
    if (open.empty())
        return;   // an off with no on: harmless, ignore it
    Note &note = track.notes[open.front()];
    open.erase(open.begin());   // first on, first off; the queues hold a note or two
    note.duration = m_tick - note.tick;
    note.offVelocity = offVelocity;
}

QString TrackParser::meta(Track &track, uchar type, qsizetype length)
{
    const uchar *p = m_data + m_pos;
    const QByteArray bytes(reinterpret_cast<const char *>(p), length);
    switch (type) {
    case 0x03:
        if (track.name.isEmpty())
            track.name = decodeText(bytes);
        break;
    case 0x04:
        if (track.instrument.isEmpty())
            track.instrument = decodeText(bytes);
        break;
    case 0x2f:
        m_ended = true;
        break;
    case 0x51:
        if (length >= 3) {
            const quint32 microseconds = (quint32(p[0]) << 16) | (quint32(p[1]) << 8) | quint32(p[2]);
            if (microseconds > 0)
                m_file.tempos.append(TempoChange{m_tick, 60000000.0 / microseconds});
        }
        break;
    case 0x58:
        // nn dd cc bb: the denominator is a power of two; Live goes up to /16, files rarely past /32.
        if (length >= 2 && p[0] > 0 && p[1] <= 6)
            m_file.timeSignatures.append(TimeSignatureChange{m_tick, p[0], 1 << p[1]});
        break;
    case 0x59:
        if (length >= 2) {
            const int sharps = qint8(p[0]);
            if (sharps >= -7 && sharps <= 7)
                m_file.keySignatures.append(KeySignatureChange{m_tick, sharps, p[1] == 1});
        }
        break;
    default:
        break;
    }
    return {};
}

QString TrackParser::parse(Track &track)
{
    uchar running = 0;
    while (m_pos < m_end && !m_ended) {
        qint64 delta = 0;
        if (QString error = readVarLen(delta); !error.isEmpty())
            return error;
        m_tick += delta;
        uchar status = 0;
        if (!readByte(status))
            return cutShort();
        if (status < 0x80) {
            if (running == 0)
                return tr("a data byte (0x%1) stands where an event should start (at byte %2)")
                    .arg(status, 2, 16, QLatin1Char('0'))
                    .arg(m_pos - 1);
            --m_pos;   // running status: this byte is the first data byte
            status = running;
        }

        if (status == 0xff) {
            uchar type = 0;
            qint64 length = 0;
            if (!readByte(type))
                return cutShort();
            if (QString error = readVarLen(length); !error.isEmpty())
                return error;
            if (length > m_end - m_pos)
                return cutShort();
            if (QString error = meta(track, type, qsizetype(length)); !error.isEmpty())
                return error;
            m_pos += qsizetype(length);
            continue;
        }
        if (status == 0xf0 || status == 0xf7) {
            qint64 length = 0;
            if (QString error = readVarLen(length); !error.isEmpty())
                return error;
            if (length > m_end - m_pos)
                return cutShort();
            m_pos += qsizetype(length);
            continue;
        }
        if (status > 0xf0) {
            return tr("an unexpected system message 0x%1 (at byte %2)")
                .arg(status, 2, 16, QLatin1Char('0'))
                .arg(m_pos - 1);
        }

        running = status;
        const int kind = status & 0xf0;
        const int channel = status & 0x0f;
        const int dataBytes = kind == 0xc0 || kind == 0xd0 ? 1 : 2;
        uchar data[2] = {0, 0};
        for (int i = 0; i < dataBytes; ++i) {
            if (!readByte(data[i]))
                return cutShort();
            if (data[i] >= 0x80)
                return tr("a status byte (0x%1) stands where a data byte should be (at byte %2)")
                    .arg(data[i], 2, 16, QLatin1Char('0'))
                    .arg(m_pos - 1);
        }
        if (kind == 0x90 && data[1] > 0)
            noteOn(track, channel, data[0], data[1]);
        else if (kind == 0x90)
            noteOff(track, channel, data[0], 64);   // note-on with velocity 0 is a note-off
        else if (kind == 0x80)
            noteOff(track, channel, data[0], data[1]);
    }
    track.endTick = m_tick;
    // Notes still sounding at the end last until it.
    for (Note &note : track.notes) {
        if (note.duration < 0)
            note.duration = track.endTick - note.tick;
    }
    std::stable_sort(track.notes.begin(), track.notes.end(), [](const Note &a, const Note &b) {
        return a.tick < b.tick || (a.tick == b.tick && a.pitch < b.pitch);
    });
    return {};
}

// A RIFF "RMID" file wraps an SMF in its "data" chunk.
QByteArray unwrapRiff(const QByteArray &data)
{
    if (data.size() < 20 || !data.startsWith("RIFF") || data.mid(8, 4) != "RMID")
        return data;
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    qsizetype pos = 12;
    while (pos + 8 <= data.size()) {
        const quint32 length = quint32(p[pos + 4]) | (quint32(p[pos + 5]) << 8) | (quint32(p[pos + 6]) << 16)
            | (quint32(p[pos + 7]) << 24);
        if (data.mid(pos, 4) == "data")
            return data.mid(pos + 8, qsizetype(std::min<qint64>(length, data.size() - pos - 8)));
        pos += 8 + qsizetype(length) + (length & 1);
    }
    return data;
}

} // namespace

qint64 File::endTick() const
{
    qint64 end = 0;
    for (const Track &track : tracks)
        end = std::max(end, track.endTick);
    return end;
}

Result<File> parseMidiFile(const QByteArray &input, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? tr("The MIDI file")
                                               : QLatin1Char('"') + QFileInfo(displayName).fileName() + QLatin1Char('"');
    auto corrupt = [&name](const QString &what) { return makeError(ErrorCode::Corrupt, name + QLatin1Char(' ') + what); };

    const QByteArray data = unwrapRiff(input);
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    if (data.isEmpty())
        return corrupt(tr("is empty."));
    if (data.size() < 14 || !data.startsWith("MThd"))
        return corrupt(tr("is not a Standard MIDI File (it does not start with \"MThd\")."));
    const quint32 headerLength = bigEndian32(p + 4);
    if (headerLength < 6 || headerLength > quint32(data.size() - 8))
        return corrupt(tr("has a damaged header (its length says %1 bytes).").arg(headerLength));

    File file;
    file.format = bigEndian16(p + 8);
    const int trackCount = bigEndian16(p + 10);
    const quint16 division = bigEndian16(p + 12);
    if (file.format > 2)
        return corrupt(tr("has an unknown format (%1); Standard MIDI Files are format 0, 1 or 2.").arg(file.format));
    if (file.format == 2)
        return makeError(ErrorCode::Unsupported,
                         name + tr(" is a format 2 MIDI file (independent patterns), which MusiaIA does not import."));
    if (division & 0x8000)
        return makeError(ErrorCode::Unsupported,
                         name + tr(" counts time in SMPTE frames, not beats; MusiaIA imports beat-based files only."));
    if (division == 0)
        return corrupt(tr("has a damaged header (0 ticks per quarter note)."));
    if (trackCount == 0)
        return corrupt(tr("holds no tracks."));
    file.ticksPerQuarter = division;

    qsizetype pos = 8 + qsizetype(headerLength);
    while (file.tracks.size() < trackCount && pos + 8 <= data.size()) {
        const QByteArray id = data.mid(pos, 4);
        const quint32 length = bigEndian32(p + pos + 4);
        const qsizetype begin = pos + 8;
        if (length > quint32(data.size() - begin)) {
            return corrupt(tr("is cut short: track %1 should hold %2 bytes but only %3 remain.")
                               .arg(file.tracks.size() + 1)
                               .arg(length)
                               .arg(data.size() - begin));
        }
        pos = begin + qsizetype(length);
        if (id != "MTrk")
            continue;   // chunks of other kinds are allowed, and skipped
        Track track;
        TrackParser parser(p, begin, pos, file);
        if (const QString error = parser.parse(track); !error.isEmpty())
            return corrupt(tr("is damaged: in track %1, %2.").arg(file.tracks.size() + 1).arg(error));
        file.tracks.append(std::move(track));
    }
    if (file.tracks.size() < trackCount) {
        return corrupt(tr("is cut short: its header promises %1 tracks but it holds %2.")
                           .arg(trackCount)
                           .arg(file.tracks.size()));
    }
    auto byTick = [](const auto &a, const auto &b) { return a.tick < b.tick; };
    std::stable_sort(file.tempos.begin(), file.tempos.end(), byTick);
    std::stable_sort(file.timeSignatures.begin(), file.timeSignatures.end(), byTick);
    std::stable_sort(file.keySignatures.begin(), file.keySignatures.end(), byTick);
    return file;
}

Result<File> readMidiFile(const QString &path)
{
    const QString name = QLatin1Char('"') + QFileInfo(path).fileName() + QLatin1Char('"');
    QFile file(path);
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, name + tr(" does not exist."));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, name + tr(" could not be opened: ") + file.errorString());
    // MIDI files are small; anything this big is not one (and would not be worth reading whole).
    constexpr qint64 MaxBytes = 64LL << 20;
    if (file.size() > MaxBytes)
        return makeError(ErrorCode::TooLarge, name + tr(" is too large for a MIDI file (over 64 MB)."));
    return parseMidiFile(file.readAll(), path);
}

} // namespace musiaia::als::midi
