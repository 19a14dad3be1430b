// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleanalysis.h"

#include "library/classify.h"
#include "library/features.h"
#include "library/keydetect.h"
#include "library/musicalkey.h"
#include "library/nametokens.h"
#include "library/pitch.h"
#include "library/tempo.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cmath>

namespace musiaia::library {
namespace {

double takeSeconds(QElapsedTimer &timer)
{
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    return seconds;
}

bool wantsRootNote(const QString &type)
{
    static const QStringList types = {QStringLiteral("bass"), QStringLiteral("lead"), QStringLiteral("vocal"),
                                      QStringLiteral("kick"), QStringLiteral("tom")};
    return types.contains(type);
}

bool wantsKey(const QString &type)
{
    static const QStringList types = {QStringLiteral("music-loop"), QStringLiteral("pad"), QStringLiteral("chord")};
    return types.contains(type);
}

// What the file's tag or its own name says (a folder's name describes many files).
bool saidOfThisFile(const Evidence &e)
{
    return e.source == Source::Tag || (e.source == Source::Name && e.detail.startsWith(QLatin1String("file name")));
}

// A tempo the file's tag or its own name declares ("124bpm"), the surest first.
std::optional<std::pair<double, QString>> declaredTempo(const QList<Evidence> &evidence)
{
    const Evidence *best = nullptr;
    for (const Evidence &e : evidence) {
        if (e.field == Field::Bpm && saidOfThisFile(e) && (!best || e.confidence > best->confidence))
            best = &e;
    }
    bool ok = false;
    const double bpm = best ? best->value.toDouble(&ok) : 0;
    if (!ok || bpm < 40 || bpm > 250)
        return std::nullopt;
    return std::pair{bpm, best->source == Source::Tag ? QStringLiteral("the file's tag") : QStringLiteral("the file name")};
}

// Whether a held sound that lasts whole bars at its declared tempo may be a loop: its tag or name
// does not call it a one-shot, and it is a sound that is held (tonal, or a texture), as the name
// says, or else as the analysis hears it. A crash or an impact is long too, and cut to the bar.
bool mayBeHeldLoop(const QList<Evidence> &evidence, const QString &analysedType)
{
    QString namedType;
    for (const Evidence &e : evidence) {
        if (e.field == Field::Kind && (e.source == Source::Tag || e.source == Source::Name) && e.value == oneShotKind())
            return false;
        if (e.field == Field::Type && (e.source == Source::Tag || e.source == Source::Name) && namedType.isEmpty())
            namedType = e.value;
    }
    const QString type = namedType.isEmpty() ? analysedType : namedType;
    return isTonalType(type) || type == QLatin1String("texture");
}

} // namespace

StageTimes &StageTimes::operator+=(const StageTimes &other)
{
    decode += other.decode;
    loudness += other.loudness;
    features += other.features;
    pitch += other.pitch;
    tempo += other.tempo;
    key += other.key;
    tags += other.tags;
    names += other.names;
    return *this;
}

double StageTimes::total() const
{
    return decode + loudness + features + pitch + tempo + key + tags + names;
}

AnalysisOutcome analyseSample(const QString &path, const QStringList &folders)
{
    AnalysisOutcome outcome;
    DecodeResult decoded = decodeAudioFile(path);
    if (!decoded.audio) {
        outcome.problem = decoded.problem;
        outcome.message = decoded.message;
        return outcome;
    }
    const DecodedAudio &audio = *decoded.audio;
    SampleAnalysis analysis;
    analysis.info = audio.info;
    analysis.loudness = audio.loudness;
    analysis.peakDb = audio.peakDb;
    analysis.capped = audio.capped;
    analysis.times.decode = audio.decodeSeconds;
    analysis.times.loudness = audio.loudnessSeconds;

    QElapsedTimer timer;
    timer.start();
    const FileTags fileTags = readFileTags(path);
    analysis.evidence << tagEvidence(fileTags);
    analysis.times.tags = takeSeconds(timer);

    const NameHints names = parseNameHints(QFileInfo(path).completeBaseName(), folders);
    analysis.evidence << names.evidence;
    for (const QString &tag : names.tags) {
        if (!analysis.tags.contains(tag))
            analysis.tags << tag;
    }
    analysis.times.names = takeSeconds(timer);

    const int rate = audio.info.sampleRate;
    const AudioFeatures features = computeFeatures(audio.mono, rate);
    analysis.times.features = takeSeconds(timer);
    if (features.peak <= 1e-6) {
        analysis.evidence << Evidence{Field::Kind, Source::Analysis, oneShotKind(), 0.3, QStringLiteral("the audio is silent")};
        return {analysis, Problem::None, {}};
    }

    std::optional<TempoEstimate> tempo;
    if (mayBeLoop(features))
        tempo = estimateTempo(audio.mono, rate, features);
    analysis.times.tempo = takeSeconds(timer);

    // Pitch for what may be a tonal one-shot (loops hold many notes; a long file is not a one-shot).
    std::optional<PitchEstimate> pitch;
    if (features.effectiveLength <= 12.0 && !(tempo && tempo->bars > 0))
        pitch = estimatePitch(audio.mono, rate);
    analysis.times.pitch = takeSeconds(timer);

    // The chroma (a spectral pass of its own) only when the classification or the key needs it.
    std::optional<ChromaProfile> chroma;
    const std::function<const ChromaProfile &()> chromaProfile = [&]() -> const ChromaProfile & {
        if (!chroma) {
            QElapsedTimer chromaTimer;
            chromaTimer.start();
            chroma = computeChroma(audio.mono, rate);
            analysis.times.key += double(chromaTimer.nsecsElapsed()) / 1e9;
        }
        return *chroma;
    };
    const std::function<const Chroma &()> wholeChroma = [&]() -> const Chroma & { return chromaProfile().whole; };

    Classification classification = classify({features, pitch, wholeChroma, tempo});
    QString kindDetail = classification.detail;
    // A sound that lasts a whole number of bars at the tempo its tag or name declares is a loop cut
    // to the bar, even when it has no beat to hear: a held pad or chord loop ("Pad Am 124bpm",
    // 7.74 s: 4 bars at 124 BPM).
    bool heldLoop = false;
    if (classification.kind == oneShotKind() && features.effectiveLength >= 1.5
        && mayBeHeldLoop(analysis.evidence, classification.type)) {
        if (const auto declared = declaredTempo(analysis.evidence)) {
            if (const int bars = wholeBars(audio.info.duration, declared->first); bars > 0) {
                heldLoop = true;
                classification.kind = loopKind();
                classification.kindConfidence = 0.8;
                kindDetail = QStringLiteral("%1 %2 at %3 BPM, the tempo of %4; ")
                                 .arg(bars)
                                 .arg(bars == 1 ? QStringLiteral("bar") : QStringLiteral("bars"))
                                 .arg(declared->first)
                                 .arg(declared->second)
                    + classification.detail;
            }
        }
    }
    analysis.evidence << Evidence{Field::Kind, Source::Analysis, classification.kind, classification.kindConfidence,
                                  kindDetail};
    analysis.evidence << Evidence{Field::Type, Source::Analysis, classification.type, classification.typeConfidence,
                                  classification.detail};

    // A held loop's tempo is the declared one; the beat tracker's guess was not a loop's.
    if (classification.kind == loopKind() && tempo && !heldLoop) {
        analysis.evidence << Evidence{Field::Bpm, Source::Analysis, QString::number(std::round(tempo->bpm * 100) / 100),
                                      tempo->confidence, tempo->detail};
    }
    if (wantsKey(classification.type)) {
        const bool isLoop = classification.kind == loopKind();
        if (const auto key = isLoop ? estimateLoopKey(chromaProfile()) : estimateKey(chromaProfile().whole)) {
            // A single chord names a chord more than a key: less sure.
            const double confidence = isLoop ? key->confidence : key->confidence * 0.7;
            analysis.evidence << Evidence{Field::Key, Source::Analysis, key->key.name(), confidence,
                                          key->detail + QStringLiteral("; or %1").arg(key->runnerUp.name())};
        }
    }
    if (pitch && pitch->confidence >= 0.4 && wantsRootNote(classification.type)) {
        analysis.evidence << Evidence{Field::Root, Source::Analysis, noteName(pitch->midiNote), std::min(0.9, pitch->confidence),
                                      QStringLiteral("pitch %1 Hz over %2 % of the sound")
                                          .arg(pitch->hz, 0, 'f', 1)
                                          .arg(int(std::lround(pitch->voicedShare * 100)))};
    }
    return {analysis, Problem::None, {}};
}

} // namespace musiaia::library
