// SPDX-License-Identifier: GPL-3.0-or-later
#include "writertestdata.h"

#include "als/livevalues.h"

#include <QDataStream>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <clocale>
#include <cmath>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::als::testsets {

namespace {

MidiNote note(int pitch, double start, double duration, double velocity = 100.0)
{
    MidiNote n;
    n.pitch = pitch;
    n.start = start;
    n.duration = duration;
    n.velocity = velocity;
    return n;
}

Clip midiClip(const QString &name, double time, double length, QList<MidiNote> notes)
{
    Clip clip;
    clip.kind = Clip::Kind::Midi;
    clip.name = name;
    clip.time = time;
    clip.length = length;
    clip.loop = ClipLoop{true, 0.0, length, 0.0};
    clip.notes = std::move(notes);
    return clip;
}

Track track(Track::Type type, int id, const QString &name, int color)
{
    Track t;
    t.type = type;
    t.id = id;
    t.name = name;
    t.color = color;
    return t;
}

} // namespace

bool writeTestWav(const QString &path, double seconds, int sampleRate)
{
    const int channels = 2;
    const auto frames = qint32(seconds * sampleRate);
    const qint32 dataBytes = frames * channels * 2;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << qint32(36 + dataBytes);
    out.writeRawData("WAVEfmt ", 8);
    out << qint32(16) << qint16(1) << qint16(channels) << qint32(sampleRate)
        << qint32(sampleRate * channels * 2) << qint16(channels * 2) << qint16(16);
    out.writeRawData("data", 4);
    out << dataBytes;
    for (qint32 i = 0; i < frames; ++i) {
        const auto sample = qint16(std::lround(8000.0 * std::sin(2.0 * M_PI * 440.0 * i / sampleRate)));
        out << sample << sample;
    }
    return out.status() == QDataStream::Ok && file.flush();
}

LiveSet emptySet()
{
    LiveSet set;
    set.tempo = 120.0;
    return set;
}

LiveSet oneMidiClipSet()
{
    LiveSet set;
    set.tempo = 124.0;
    set.scale = Scale{9, ScaleMode::Minor};
    Track lead = track(Track::Type::Midi, 0, u"Lead"_s, 14);
    lead.arrangementClips.append(midiClip(u"Riff"_s, 0.0, 16.0,
                                          {note(69, 0.0, 1.0), note(72, 1.0, 0.5, 90.0), note(76, 1.5, 0.5),
                                           note(69, 4.0, 2.0, 80.0)}));
    set.tracks.append(lead);
    return set;
}

LiveSet eightTrackSet(const QString &wavPath)
{
    LiveSet set;
    set.tempo = 126.5;
    set.timeSignature = {4, 4};
    set.scale = Scale{2, ScaleMode::Dorian};
    set.locators = {{0.0, u"Intro"_s}, {32.0, u"Drop"_s}, {16.0, u"Build ¡ya!"_s}};
    for (int i = 0; i < 4; ++i)
        set.scenes.append(Scene{u"Scene %1"_s.arg(i + 1), i == 0 ? 5 : -1, i == 3 ? std::optional<double>(128.0) : std::nullopt});

    Track drums = track(Track::Type::Group, 20, u"Drums"_s, 1);
    drums.mixer.volume = gainFromDb(-3.0);

    Track kick = track(Track::Type::Midi, 21, u"Kick"_s, 2);
    kick.groupId = 20;
    QList<MidiNote> kicks;
    for (int beat = 0; beat < 16; ++beat)
        kicks.append(note(36, beat, 0.25, 120.0));
    kick.arrangementClips.append(midiClip(u"Kick A"_s, 0.0, 16.0, kicks));
    kick.arrangementClips.append(midiClip(u"Kick B"_s, 32.0, 16.0, kicks));
    kick.sessionClips[0] = midiClip(u"Kick loop"_s, 0.0, 4.0, kicks.mid(0, 4));
    kick.mixer.sends = {gainFromDb(-12.0)};

    Track hats = track(Track::Type::Midi, 22, u"Hats"_s, 3);
    hats.groupId = 20;
    QList<MidiNote> sixteenths;
    for (int step = 0; step < 64; ++step) {
        MidiNote hat = note(42, step * 0.25, 0.125, step % 4 == 2 ? 110.0 : 70.0);
        hat.probability = step % 2 ? 0.8 : 1.0;
        hat.velocityDeviation = step % 4 == 0 ? 12.0 : 0.0;
        sixteenths.append(hat);
    }
    hats.arrangementClips.append(midiClip(u"Hats"_s, 16.0, 16.0, sixteenths));
    hats.mixer.pan = 0.25;
    hats.mixer.muted = true;

    Track bass = track(Track::Type::Midi, 0, u"Bass"_s, 10);
    bass.arrangementClips.append(midiClip(u"Bass line"_s, 0.0, 32.0, {note(38, 0.0, 0.5), note(38, 1.5, 0.5), note(45, 3.0, 1.0)}));
    Clip looseLoop = midiClip(u"Bass loop"_s, 0.0, 8.0, {note(38, 0.0, 1.0)});
    looseLoop.loop = ClipLoop{false, 0.0, 8.0, 2.0};
    bass.sessionClips[1] = looseLoop;
    bass.sessionClips[3] = midiClip(u"Bass fill"_s, 0.0, 4.0, {note(50, 0.0, 0.25), note(48, 0.5, 0.25)});
    bass.mixer.soloed = true;
    bass.mixer.sends = {gainFromDb(-20.0), gainFromDb(-6.0)};

    Track chords = track(Track::Type::Midi, 0, QString(), 25); // unnamed: "5-MIDI"
    Clip chordClip = midiClip(u"Chords"_s, 0.0, 32.0, {note(62, 0.0, 4.0), note(65, 0.0, 4.0), note(69, 0.0, 4.0)});
    chordClip.color = 40;
    chords.arrangementClips.append(chordClip);

    Track vocal = track(Track::Type::Audio, 0, u"Vocal & <FX>"_s, 30);
    AudioContent audio;
    audio.sample.absolutePath = QFileInfo(wavPath).absoluteFilePath();
    audio.sample.relativePath = u"Samples/Imported/"_s + QFileInfo(wavPath).fileName();
    audio.sample.fileSize = QFileInfo(wavPath).size();
    audio.sample.lastModified = QFileInfo(wavPath).lastModified().toSecsSinceEpoch();
    audio.sample.frames = 22050;
    audio.sample.sampleRate = 44100;
    audio.warpMode = WarpMode::Complex;
    audio.gain = gainFromDb(-4.5);
    Clip vocalClip;
    vocalClip.kind = Clip::Kind::Audio;
    vocalClip.name = u"Vocal take"_s;
    vocalClip.time = 8.0;
    vocalClip.length = 4.0;
    vocalClip.loop = ClipLoop{false, 0.0, 4.0, 0.0};
    vocalClip.audio = audio;
    vocal.arrangementClips.append(vocalClip);
    Clip warpedLoop = vocalClip;
    warpedLoop.name = u"Vocal loop"_s;
    warpedLoop.time = 0.0;
    warpedLoop.loop = ClipLoop{true, 0.0, 1.0, 0.0};
    warpedLoop.length = 1.0;
    warpedLoop.audio->warpMarkers = {{0.0, 0.0}, {0.5, 1.0}};
    vocal.sessionClips[2] = warpedLoop;
    vocal.mixer.pan = -0.5;

    Track fx = track(Track::Type::Audio, 0, u"FX"_s, 44);
    Track reverb = track(Track::Type::Return, 0, u"Reverb"_s, 50);
    Track delay = track(Track::Type::Return, 0, QString(), 51); // unnamed: "B-Return"
    delay.mixer.sends = {gainFromDb(-10.0), GainSilent};

    set.tracks = {drums, kick, hats, bass, chords, vocal, fx, reverb, delay};
    set.mainTrack.mixer.volume = gainFromDb(-1.0);
    return set;
}

LiveSet songSet(int bars)
{
    LiveSet set;
    set.tempo = 124.0;
    set.scale = Scale{9, ScaleMode::Minor};
    const double beats = bars * 4.0;
    const auto addTrack = [&set](const QString &name, int color, QList<MidiNote> notes, double length) {
        Track t = track(Track::Type::Midi, 0, name, color);
        t.arrangementClips.append(midiClip(name, 0.0, length, std::move(notes)));
        set.tracks.append(t);
    };
    QList<MidiNote> kick, hats, snare, bass, chords, lead, pad, perc;
    for (int step = 0; step < bars * 16; ++step) {
        const double t = step * 0.25;
        hats.append(note(42, t, 0.125, step % 2 ? 70.0 : 100.0));
        if (step % 4 == 0)
            kick.append(note(36, t, 0.25, 120.0));
        if (step % 8 == 4)
            snare.append(note(38, t, 0.25, 110.0));
        if (step % 4 == 2)
            bass.append(note(33 + (step / 64) % 5, t, 0.25, 100.0));
        if (step % 16 == 0) {
            for (const int pitch : {57, 60, 64})
                chords.append(note(pitch + (step / 64) % 3, t, 3.5, 85.0));
            pad.append(note(45, t, 4.0, 70.0));
        }
        if (step % 3 == 0)
            lead.append(note(69 + (step % 7), t, 0.5, 95.0));
        if (step % 16 == 14)
            perc.append(note(39, t, 0.25, 90.0));
    }
    addTrack(u"Kick"_s, 1, kick, beats);
    addTrack(u"Hats"_s, 2, hats, beats);
    addTrack(u"Snare"_s, 3, snare, beats);
    addTrack(u"Bass"_s, 10, bass, beats);
    addTrack(u"Chords"_s, 20, chords, beats);
    addTrack(u"Lead"_s, 30, lead, beats);
    addTrack(u"Pad"_s, 40, pad, beats);
    addTrack(u"Perc"_s, 50, perc, beats);
    set.locators = {{0.0, u"Intro"_s}, {32.0, u"Build"_s}, {64.0, u"Drop"_s}};
    return set;
}

QByteArray selectCommaLocale(const QString &scratchDir)
{
    const auto usesComma = []() {
        char text[16];
        std::snprintf(text, sizeof text, "%.1f", 0.5);
        return text[1] == ',';
    };
    for (const char *name : {"de_DE.UTF-8", "de_DE.utf8", "es_ES.UTF-8", "es_ES.utf8"}) {
        if (std::setlocale(LC_ALL, name) && usesComma())
            return name;
    }
    const QString localedef = QStandardPaths::findExecutable(u"localedef"_s);
    if (localedef.isEmpty() || scratchDir.isEmpty())
        return {};
    QProcess compile;
    compile.start(localedef, {u"-i"_s, u"de_DE"_s, u"-f"_s, u"UTF-8"_s, scratchDir + u"/de_DE.UTF-8"_s});
    if (!compile.waitForFinished(60000) || compile.exitCode() > 1) // 1: compiled with warnings
        return {};
    qputenv("LOCPATH", scratchDir.toLocal8Bit());
    if (std::setlocale(LC_ALL, "de_DE.UTF-8") && usesComma())
        return "de_DE.UTF-8";
    return {};
}

} // namespace musiaia::als::testsets
