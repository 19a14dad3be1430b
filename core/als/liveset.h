// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <map>
#include <optional>

// The in-memory model of an Ableton Live Set: what MusiaIA writes, and what the reader fills in.
// Times are in beats (quarter notes) unless a name says otherwise. Plain values, no Qt objects, so
// a set can be built on any thread, copied and compared.
namespace musiaia::als {

// The schema a writer targets. Live 12 opens Live 11 sets and upgrades them.
enum class SchemaVersion { Live11, Live12 };

struct TimeSignature
{
    int numerator = 4;
    int denominator = 4;

    friend bool operator==(const TimeSignature &, const TimeSignature &) = default;
};

// Live's scale list, in the order of Live 12's integer scale index.
enum class ScaleMode {
    Major, Minor, Dorian, Mixolydian, Lydian, Phrygian, Locrian, WholeTone, HalfWholeDiminished,
    WholeHalfDiminished, MinorBlues, MinorPentatonic, MajorPentatonic, HarmonicMinor,
    HarmonicMajor, Dorian4, PhrygianDominant, MelodicMinor, LydianAugmented, LydianDominant,
    SuperLocrian, EightToneSpanish, Bhairav, HungarianMinor, Hirajoshi, InSen, Iwato, Kumoi,
    PelogSelisir, PelogTembung, Messiaen3, Messiaen4, Messiaen5, Messiaen6, Messiaen7,
};

struct Scale
{
    int root = 0;                       // pitch class, 0 = C
    ScaleMode mode = ScaleMode::Major;

    friend bool operator==(const Scale &, const Scale &) = default;
};

struct Locator
{
    double time = 0.0;
    QString name;

    friend bool operator==(const Locator &, const Locator &) = default;
};

struct Scene
{
    QString name;
    int color = -1;                     // palette index, -1 = no colour
    std::optional<double> tempo;        // scene tempo when enabled

    friend bool operator==(const Scene &, const Scene &) = default;
};

struct MidiNote
{
    int pitch = 60;
    double start = 0.0;                 // relative to the clip's own zero
    double duration = 0.25;
    double velocity = 100.0;
    double offVelocity = 64.0;
    double probability = 1.0;           // 0..1
    double velocityDeviation = 0.0;     // -127..127
    bool enabled = true;

    friend bool operator==(const MidiNote &, const MidiNote &) = default;
};

enum class WarpMode { Beats = 0, Tones = 1, Texture = 2, RePitch = 3, Complex = 4, ComplexPro = 6 };

struct WarpMarker
{
    double secTime = 0.0;
    double beatTime = 0.0;

    friend bool operator==(const WarpMarker &, const WarpMarker &) = default;
};

struct SampleReference
{
    QString relativePath;               // relative to the project folder ("Samples/Imported/x.wav")
    QString absolutePath;               // forward slashes
    qint64 fileSize = 0;                // bytes
    qint64 lastModified = 0;            // Unix seconds
    qint64 frames = 0;                  // length in sample frames
    int sampleRate = 44100;
    bool existsOnDisk = false;          // reader only: the file was found next to the set

    friend bool operator==(const SampleReference &, const SampleReference &) = default;
};

struct AudioContent
{
    SampleReference sample;
    WarpMode warpMode = WarpMode::Beats;
    bool warped = true;
    QList<WarpMarker> warpMarkers;      // at least two when warped
    double gain = 1.0;                  // linear (SampleVolume), 1 = 0 dB
    int pitchCoarse = 0;                // semitones
    double pitchFine = 0.0;             // cents

    friend bool operator==(const AudioContent &, const AudioContent &) = default;
};

struct ClipLoop
{
    bool enabled = true;
    double start = 0.0;                 // clip-internal beats (seconds for unwarped audio)
    double end = 4.0;
    double startMarker = 0.0;           // where playback starts, clip-internal

    friend bool operator==(const ClipLoop &, const ClipLoop &) = default;
};

struct Clip
{
    enum class Kind { Midi, Audio };

    Kind kind = Kind::Midi;
    QString name;
    int color = -1;                     // palette index 0..69; -1 = take the track's colour
    double time = 0.0;                  // arrangement position (session clips: 0)
    double length = 4.0;                // length in the arrangement, beats
    ClipLoop loop;
    TimeSignature timeSignature;
    QList<MidiNote> notes;              // Kind::Midi
    std::optional<AudioContent> audio;  // Kind::Audio

    double end() const { return time + length; }
    friend bool operator==(const Clip &, const Clip &) = default;
};

// A device on a track's chain, as the reader reports it. The writer leaves chains empty for now.
struct Device
{
    enum class Format { Native, Vst2, Vst3, AudioUnit, MaxForLive };

    QString className;                  // element name, e.g. "Reverb", "PluginDevice"
    QString name;                       // user-facing name (plugin name for plugins)
    Format format = Format::Native;
    QList<Device> innerDevices;         // racks: the devices of every chain, in order

    // Not defaulted: a QList<Device> inside Device hides from Qt that Device is comparable, which
    // made Track's and LiveSet's defaulted == deleted.
    friend bool operator==(const Device &a, const Device &b)
    {
        return a.className == b.className && a.name == b.name && a.format == b.format
            && std::equal(a.innerDevices.cbegin(), a.innerDevices.cend(), b.innerDevices.cbegin(),
                          b.innerDevices.cend());
    }
};

struct Mixer
{
    double volume = 1.0;                // linear gain, 1 = 0 dB, 0.0003162277571 = -70 dB
    double pan = 0.0;                   // -1..1
    QList<double> sends;                // linear gain per return track, in return order
    bool muted = false;                 // Live's "Speaker" off
    bool soloed = false;

    friend bool operator==(const Mixer &, const Mixer &) = default;
};

struct Track
{
    enum class Type { Midi, Audio, Group, Return };

    Type type = Type::Midi;
    int id = 0;                         // unique among tracks; assigned by the writer when 0
    QString name;
    int color = 0;                      // palette index 0..69
    int groupId = -1;                   // Id of the enclosing group track, -1 = top level
    bool frozen = false;                // reader only: the track is frozen in Live
    Mixer mixer;
    QList<Clip> arrangementClips;       // sorted by time, non-overlapping
    std::map<int, Clip> sessionClips;   // scene index -> clip
    QList<Device> devices;

    friend bool operator==(const Track &, const Track &) = default;
};

struct MainTrack
{
    QString name;                       // empty = "Master" (Live 11) or "Main" (Live 12)
    int color = -1;
    Mixer mixer;
    QList<Device> devices;

    friend bool operator==(const MainTrack &, const MainTrack &) = default;
};

// What the reader learnt about the file itself. Ignored by the writer.
struct SetOrigin
{
    QString creator;                    // "Ableton Live 11.3.21"
    QString majorVersion;               // "5"
    QString minorVersion;               // "11.0_11300"
    bool tempoAutomated = false;

    friend bool operator==(const SetOrigin &, const SetOrigin &) = default;
};

struct LiveSet
{
    double tempo = 120.0;
    TimeSignature timeSignature;
    std::optional<Scale> scale;         // unset = no key
    QList<Locator> locators;            // sorted by time
    QList<Scene> scenes;                // Live makes 8 in a new set
    QList<Track> tracks;                // display order; groups before their members; returns last
    MainTrack mainTrack;
    SetOrigin origin;

    friend bool operator==(const LiveSet &, const LiveSet &) = default;
};

} // namespace musiaia::als
