// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiofile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <ebur128.h>
#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace musiaia::library {
namespace {

struct SndfileCloser
{
    void operator()(SNDFILE *file) const { sf_close(file); }
};
struct Ebur128Closer
{
    void operator()(ebur128_state *state) const { ebur128_destroy(&state); }
};

QString formatName(int format)
{
    switch (format & SF_FORMAT_TYPEMASK) {
    case SF_FORMAT_WAV:
    case SF_FORMAT_WAVEX:
    case SF_FORMAT_RF64:
    case SF_FORMAT_W64: return QStringLiteral("wav");
    case SF_FORMAT_AIFF: return QStringLiteral("aiff");
    case SF_FORMAT_FLAC: return QStringLiteral("flac");
    case SF_FORMAT_OGG: return QStringLiteral("ogg");
    case SF_FORMAT_MPEG: return QStringLiteral("mp3");
    default: return QStringLiteral("other");
    }
}

// The codec, and its bit depth for PCM (0 for lossy codecs, whose depth is not meaningful).
std::pair<QString, int> encodingOf(int format)
{
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8:
    case SF_FORMAT_PCM_U8: return {QStringLiteral("pcm8"), 8};
    case SF_FORMAT_PCM_16: return {QStringLiteral("pcm16"), 16};
    case SF_FORMAT_PCM_24: return {QStringLiteral("pcm24"), 24};
    case SF_FORMAT_PCM_32: return {QStringLiteral("pcm32"), 32};
    case SF_FORMAT_FLOAT: return {QStringLiteral("float"), 32};
    case SF_FORMAT_DOUBLE: return {QStringLiteral("double"), 64};
    case SF_FORMAT_VORBIS: return {QStringLiteral("vorbis"), 0};
    case SF_FORMAT_OPUS: return {QStringLiteral("opus"), 0};
    case SF_FORMAT_MPEG_LAYER_I:
    case SF_FORMAT_MPEG_LAYER_II:
    case SF_FORMAT_MPEG_LAYER_III: return {QStringLiteral("mp3"), 0};
    case SF_FORMAT_ULAW: return {QStringLiteral("ulaw"), 8};
    case SF_FORMAT_ALAW: return {QStringLiteral("alaw"), 8};
    case SF_FORMAT_IMA_ADPCM:
    case SF_FORMAT_MS_ADPCM: return {QStringLiteral("adpcm"), 4};
    default: return {QStringLiteral("other"), 0};
    }
}

// Whether the first bytes are those of a container we know, to tell "damaged audio" from "not
// audio at all" (a text file renamed .wav).
bool looksLikeAudio(const QByteArray &head)
{
    static const char *const magics[] = {"RIFF", "RIFX", "RF64", "BW64", "FORM", "fLaC", "OggS", "ID3", "caff"};
    for (const char *magic : magics) {
        if (head.startsWith(magic))
            return true;
    }
    // An MPEG audio frame sync.
    return head.size() >= 2 && quint8(head.at(0)) == 0xFF && (quint8(head.at(1)) & 0xE0) == 0xE0;
}

// libsndfile accepts a WAV or AIFF whose data chunk is shorter than its header says, and notes
// it in its log as "data : 352800 (should be 99956)". That is a truncated file.
std::optional<std::pair<qint64, qint64>> truncation(SNDFILE *file)
{
    char log[4096] = {};
    sf_command(file, SFC_GET_LOG_INFO, log, sizeof log);
    static const QRegularExpression pattern(QStringLiteral("(?:^|\\n)\\s*(?:data|SSND)\\s*:\\s*(\\d+)\\s*\\(should be (\\d+)\\)"));
    const auto match = pattern.match(QString::fromLatin1(log));
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 declared = match.captured(1).toLongLong();
    const qint64 present = match.captured(2).toLongLong();
    if (declared <= present)
        return std::nullopt;   // trailing bytes after the data: harmless
    return std::pair{declared, present};
}

// libsndfile reads the file through the QFile. sf_open_fd cannot be used: when it cannot open a
// file it closes the descriptor even when told not to (libsndfile 1.2), the QFile then closed that
// number again, and by then the import's other threads may have been given it: their reads failed
// or read another file (tst_audiofile brokenFiles_doNotCloseWhatAnotherThreadOpened).
SF_VIRTUAL_IO readThroughQFile()
{
    SF_VIRTUAL_IO io = {};
    io.get_filelen = [](void *file) -> sf_count_t { return static_cast<QFile *>(file)->size(); };
    io.seek = [](sf_count_t offset, int whence, void *opaque) -> sf_count_t {
        auto *file = static_cast<QFile *>(opaque);
        const qint64 from = whence == SEEK_CUR ? file->pos() : whence == SEEK_END ? file->size() : 0;
        const qint64 to = from + offset;
        if (to < 0 || !file->seek(to))
            return -1;
        return to;
    };
    io.read = [](void *data, sf_count_t count, void *file) -> sf_count_t {
        return std::max<qint64>(0, static_cast<QFile *>(file)->read(static_cast<char *>(data), count));
    };
    io.write = [](const void *, sf_count_t, void *) -> sf_count_t { return 0; };
    io.tell = [](void *file) -> sf_count_t { return static_cast<QFile *>(file)->pos(); };
    return io;
}

DecodeResult failure(Problem problem, QString message)
{
    DecodeResult result;
    result.problem = problem;
    result.message = std::move(message);
    return result;
}

} // namespace

QString problemName(Problem problem)
{
    switch (problem) {
    case Problem::None: return QStringLiteral("none");
    case Problem::ZeroLength: return QStringLiteral("zero-length");
    case Problem::NoAudio: return QStringLiteral("no-audio");
    case Problem::Truncated: return QStringLiteral("truncated");
    case Problem::Corrupt: return QStringLiteral("corrupt");
    case Problem::NotAudio: return QStringLiteral("not-audio");
    case Problem::Unreadable: return QStringLiteral("unreadable");
    case Problem::PermissionDenied: return QStringLiteral("permission-denied");
    case Problem::SymlinkLoop: return QStringLiteral("symlink-loop");
    }
    return QStringLiteral("unknown");
}

Problem problemFromName(const QString &name)
{
    for (Problem candidate : {Problem::None, Problem::ZeroLength, Problem::NoAudio, Problem::Truncated, Problem::Corrupt,
                              Problem::NotAudio, Problem::Unreadable, Problem::PermissionDenied, Problem::SymlinkLoop}) {
        if (problemName(candidate) == name)
            return candidate;
    }
    return Problem::Corrupt;
}

DecodeResult decodeAudioFile(const QString &path, double maxSeconds)
{
    QElapsedTimer timer;
    timer.start();

    QFile file(path);
    // Unbuffered: libsndfile reads in blocks of its own.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        // QFile reports EACCES as a generic open error: ask the file system instead.
        if (file.error() == QFileDevice::PermissionsError || (QFileInfo::exists(path) && !QFileInfo(path).isReadable()))
            return failure(Problem::PermissionDenied, QStringLiteral("permission denied"));
        return failure(Problem::Unreadable, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    }
    if (file.size() == 0)
        return failure(Problem::ZeroLength, QStringLiteral("the file is empty (0 bytes)"));
    const QByteArray head = file.read(12);
    if (!file.seek(0))
        return failure(Problem::Unreadable, QStringLiteral("cannot be read: %1").arg(file.errorString()));

    SF_INFO sfInfo = {};
    SF_VIRTUAL_IO io = readThroughQFile();
    std::unique_ptr<SNDFILE, SndfileCloser> sound(sf_open_virtual(&io, SFM_READ, &sfInfo, &file));
    if (!sound) {
        const QString reason = QString::fromLocal8Bit(sf_strerror(nullptr));
        if (!looksLikeAudio(head))
            return failure(Problem::NotAudio, QStringLiteral("not an audio file (%1)").arg(reason));
        return failure(Problem::Corrupt, QStringLiteral("damaged audio: %1").arg(reason));
    }

    DecodedAudio audio;
    audio.info.format = formatName(sfInfo.format);
    std::tie(audio.info.encoding, audio.info.bitDepth) = encodingOf(sfInfo.format);
    audio.info.sampleRate = sfInfo.samplerate;
    audio.info.channels = sfInfo.channels;
    audio.info.frames = sfInfo.frames;
    if (sfInfo.samplerate <= 0 || sfInfo.channels <= 0 || sfInfo.channels > 64)
        return failure(Problem::Corrupt, QStringLiteral("damaged header (%1 Hz, %2 channels)")
                                             .arg(sfInfo.samplerate).arg(sfInfo.channels));
    if (sfInfo.frames <= 0)
        return failure(Problem::NoAudio, QStringLiteral("the file holds no audio"));
    audio.info.duration = double(sfInfo.frames) / sfInfo.samplerate;
    if (const auto cut = truncation(sound.get())) {
        const double promised = audio.info.duration * double(cut->first) / double(std::max<qint64>(1, cut->second));
        return failure(Problem::Truncated,
                       QStringLiteral("truncated: the header promises %1 s of audio, the file holds %2 s")
                           .arg(promised, 0, 'f', 2).arg(audio.info.duration, 0, 'f', 2));
    }

    const int channels = sfInfo.channels;
    const qint64 maxFrames = std::min<qint64>(sfInfo.frames, qint64(maxSeconds * sfInfo.samplerate));
    audio.capped = maxFrames < sfInfo.frames;
    audio.mono.reserve(size_t(maxFrames));

    std::unique_ptr<ebur128_state, Ebur128Closer> meter(
        ebur128_init(unsigned(channels), unsigned(sfInfo.samplerate), EBUR128_MODE_I));
    double loudnessNs = 0;
    QElapsedTimer loudnessTimer;

    constexpr sf_count_t Chunk = 4096;
    std::vector<float> buffer(size_t(Chunk * channels));
    float peak = 0;
    qint64 total = 0;
    while (total < maxFrames) {
        const sf_count_t wanted = std::min<sf_count_t>(Chunk, maxFrames - total);
        const sf_count_t got = sf_readf_float(sound.get(), buffer.data(), wanted);
        if (got <= 0)
            break;
        for (sf_count_t frame = 0; frame < got; ++frame) {
            float sum = 0;
            for (int c = 0; c < channels; ++c) {
                float v = buffer[size_t(frame * channels + c)];
                if (!std::isfinite(v))
                    v = buffer[size_t(frame * channels + c)] = 0;   // damaged float data
                sum += v;
                peak = std::max(peak, std::abs(v));
            }
            audio.mono.push_back(sum / float(channels));
        }
        if (meter) {
            loudnessTimer.start();
            ebur128_add_frames_float(meter.get(), buffer.data(), size_t(got));
            loudnessNs += double(loudnessTimer.nsecsElapsed());
        }
        total += got;
    }
    if (sf_error(sound.get()) != SF_ERR_NO_ERROR && total == 0) {
        return failure(Problem::Corrupt,
                       QStringLiteral("damaged audio: %1").arg(QString::fromLocal8Bit(sf_strerror(sound.get()))));
    }
    if (total == 0)
        return failure(Problem::NoAudio, QStringLiteral("no audio could be decoded"));
    if (!audio.capped && total < sfInfo.frames * 9 / 10) {
        return failure(Problem::Truncated, QStringLiteral("truncated: %1 of %2 frames could be decoded")
                                               .arg(total).arg(sfInfo.frames));
    }
    if (!audio.capped) {
        // Compressed formats may announce an estimate; trust what was decoded.
        audio.info.frames = total;
        audio.info.duration = double(total) / sfInfo.samplerate;
    }

    if (meter) {
        loudnessTimer.start();
        // Loudness needs 400 ms blocks: a shorter hit is measured over 400 ms (silence after it).
        const qint64 minimum = qint64(0.4 * sfInfo.samplerate) + 1;
        if (total < minimum) {
            std::vector<float> silence(size_t((minimum - total) * channels), 0.0f);
            ebur128_add_frames_float(meter.get(), silence.data(), size_t(minimum - total));
        }
        double lufs = 0;
        if (ebur128_loudness_global(meter.get(), &lufs) == EBUR128_SUCCESS && std::isfinite(lufs))
            audio.loudness = lufs;
        loudnessNs += double(loudnessTimer.nsecsElapsed());
    }
    audio.peakDb = peak > 0 ? 20.0 * std::log10(double(peak)) : -200.0;
    audio.loudnessSeconds = loudnessNs / 1e9;
    audio.decodeSeconds = std::max(0.0, double(timer.nsecsElapsed()) / 1e9 - audio.loudnessSeconds);

    DecodeResult result;
    result.audio = std::move(audio);
    return result;
}

} // namespace musiaia::library
