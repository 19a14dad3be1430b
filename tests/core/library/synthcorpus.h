// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace musiaia::test {

// One generated file and what it really is.
struct CorpusItem
{
    QString path;            // absolute
    QString type;            // one of library::sampleTypes()
    QString kind;            // "one-shot" or "loop"
    double bpm = 0;          // loops only
    QString key;             // tonal loops only: "Am", "F#"
    int rootMidi = -1;       // tonal one-shots only
    bool informativeName = false;
};

struct CorpusOptions
{
    int oneShotsPerType = 6;     // for each of the 15 one-shot types
    int drumLoops = 16;
    int musicLoops = 16;
    unsigned seed = 1;
    bool variedFormats = true;   // AIFF, FLAC, OGG, MP3, 48 kHz and stereo files among the WAVs
};

// Writes a labelled corpus of synthetic sounds below `directory`: drum hits (kicks as pitched sine
// sweeps with an exponential decay, snares as noise plus a tone, hats as filtered noise, claps as
// bursts...), tonal one-shots (bass, lead, pad, chord, vocal-like formants), effects and textures,
// drum loops at known tempos and music loops (chord progressions of additive tones) in known keys.
// Half the files have informative names ("Kick_03.wav" in "Drums/Kicks"), half do not
// ("sample_0042.wav" in "misc"), so that the audio analysis can be measured on its own.
// Deterministic for a given seed.
QList<CorpusItem> writeSyntheticCorpus(const QString &directory, const CorpusOptions &options);

// Damaged and non-audio files, with the problem the importer should report for each.
struct BrokenItem
{
    QString path;
    QString problem;   // library::problemName()
};
QList<BrokenItem> writeBrokenFiles(const QString &directory);

// Helpers for tests that need one specific sound.
bool writeAudioFile(const QString &path, const std::vector<float> &mono, int sampleRate = 44100,
                    const QString &format = QStringLiteral("wav"), int channels = 1);
std::vector<float> renderKick(unsigned seed, int sampleRate = 44100);
std::vector<float> renderDrumLoop(double bpm, int bars, unsigned seed, int sampleRate = 44100);
std::vector<float> renderMusicLoop(double bpm, int bars, int tonic, bool minor, unsigned seed, int sampleRate = 44100);

} // namespace musiaia::test
