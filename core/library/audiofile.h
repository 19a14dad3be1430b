// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace musiaia::library {

// What is wrong with a file that could not be imported.
enum class Problem {
    None,
    ZeroLength,        // 0 bytes
    NoAudio,           // a valid header with no frames
    Truncated,         // the header promises more audio than the file holds
    Corrupt,           // looks like audio but cannot be decoded
    NotAudio,          // not a format we read, whatever its extension says
    Unreadable,        // an I/O error
    PermissionDenied,
    SymlinkLoop,
};
QString problemName(Problem problem);   // "truncated", "not-audio", ...
Problem problemFromName(const QString &name);   // Problem::Corrupt for an unknown name

// The file's format, as the container and codec say.
struct AudioFileInfo
{
    QString format;        // wav|aiff|flac|ogg|mp3|other
    QString encoding;      // pcm16|pcm24|pcm32|pcm8|float|double|vorbis|opus|mp3|adpcm|...
    int sampleRate = 0;
    int channels = 0;
    int bitDepth = 0;      // 0 for lossy codecs
    qint64 frames = 0;
    double duration = 0;   // seconds
};

struct DecodedAudio
{
    AudioFileInfo info;
    std::vector<float> mono;              // the first `maxSeconds`, channels averaged
    std::optional<double> loudness;       // EBU R128 integrated loudness, LUFS
    double peakDb = -200;                 // sample peak, dBFS
    bool capped = false;                  // the file is longer than what was analysed
    double decodeSeconds = 0;             // time spent decoding (for the benchmark's stage shares)
    double loudnessSeconds = 0;           // time spent measuring loudness
};

struct DecodeResult
{
    std::optional<DecodedAudio> audio;
    Problem problem = Problem::None;
    QString message;                      // for the musician, when audio is empty
};

// Decodes WAV, AIFF, FLAC, OGG and MP3 through libsndfile into mono float, measuring loudness
// with libebur128 on all channels on the way. Never throws; a damaged file gives a Problem.
DecodeResult decodeAudioFile(const QString &path, double maxSeconds = 90.0);

} // namespace musiaia::library
