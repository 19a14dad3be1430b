// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthcorpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace musiaia::test {
namespace {

constexpr double Pi = std::numbers::pi;

class Rng
{
public:
    explicit Rng(unsigned seed) : m_engine(seed) {}
    double uniform(double from, double to) { return std::uniform_real_distribution<double>(from, to)(m_engine); }
    double noise() { return uniform(-1.0, 1.0); }
    int pick(int count) { return std::uniform_int_distribution<int>(0, count - 1)(m_engine); }
    bool chance(double p) { return uniform(0, 1) < p; }

private:
    std::mt19937 m_engine;
};

double midiHz(double midi)
{
    return 440.0 * std::pow(2.0, (midi - 69.0) / 12.0);
}

// RBJ cookbook biquad.
class Biquad
{
public:
    enum Shape { LowPass, HighPass, BandPass };
    Biquad(Shape shape, double frequency, double q, int sampleRate) { set(shape, frequency, q, sampleRate); }
    void set(Shape shape, double frequency, double q, int sampleRate)
    {
        frequency = std::clamp(frequency, 10.0, sampleRate * 0.45);
        const double w = 2 * Pi * frequency / sampleRate;
        const double alpha = std::sin(w) / (2 * q);
        const double c = std::cos(w);
        double b0 = 0, b1 = 0, b2 = 0;
        switch (shape) {
        case LowPass: b0 = (1 - c) / 2; b1 = 1 - c; b2 = (1 - c) / 2; break;
        case HighPass: b0 = (1 + c) / 2; b1 = -(1 + c); b2 = (1 + c) / 2; break;
        case BandPass: b0 = alpha; b1 = 0; b2 = -alpha; break;
        }
        const double a0 = 1 + alpha;
        m_b0 = b0 / a0; m_b1 = b1 / a0; m_b2 = b2 / a0;
        m_a1 = -2 * c / a0; m_a2 = (1 - alpha) / a0;
    }
    double process(double x)
    {
        const double y = m_b0 * x + m_b1 * m_x1 + m_b2 * m_x2 - m_a1 * m_y1 - m_a2 * m_y2;
        m_x2 = m_x1; m_x1 = x; m_y2 = m_y1; m_y1 = y;
        return y;
    }

private:
    double m_b0 = 1, m_b1 = 0, m_b2 = 0, m_a1 = 0, m_a2 = 0;
    double m_x1 = 0, m_x2 = 0, m_y1 = 0, m_y2 = 0;
};

void normalise(std::vector<float> &x, double peak = 0.9)
{
    float top = 0;
    for (float v : x)
        top = std::max(top, std::abs(v));
    if (top > 0) {
        for (float &v : x)
            v = float(v * peak / top);
    }
}

// Band-limited sawtooth by additive synthesis (harmonics up to 10 kHz).
double saw(double phase, double frequency, int maxHarmonics = 30)
{
    double sum = 0;
    for (int h = 1; h <= maxHarmonics && h * frequency < 10000; ++h)
        sum += std::sin(h * phase) / h;
    return sum * 0.55;
}

double square(double phase, double frequency)
{
    double sum = 0;
    for (int h = 1; h <= 25 && h * frequency < 10000; h += 2)
        sum += std::sin(h * phase) / h;
    return sum * 0.8;
}

std::vector<float> kick(Rng &rng, int sr)
{
    const double f0 = rng.uniform(120, 180), f1 = rng.uniform(40, 60);
    const double sweep = rng.uniform(0.025, 0.06), decay = rng.uniform(0.12, 0.32);
    const size_t n = size_t(std::min(1.2, decay * 5 + 0.05) * sr);
    std::vector<float> out(n);
    double phase = 0;
    Biquad click(Biquad::HighPass, 2000, 0.7, sr);
    const double clickLevel = rng.uniform(0.05, 0.3);
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        const double f = f1 + (f0 - f1) * std::exp(-t / sweep);
        phase += 2 * Pi * f / sr;
        const double attack = std::min(1.0, t / 0.002);
        double v = std::sin(phase) * std::exp(-t / decay) * attack;
        v += click.process(rng.noise()) * clickLevel * std::exp(-t / 0.004);
        out[i] = float(v);
    }
    normalise(out);
    return out;
}

std::vector<float> snare(Rng &rng, int sr)
{
    const double tone = rng.uniform(160, 240), toneDecay = rng.uniform(0.04, 0.08);
    const double noiseDecay = rng.uniform(0.08, 0.18), mix = rng.uniform(0.5, 0.8);
    const size_t n = size_t(0.55 * sr);
    std::vector<float> out(n);
    Biquad band(Biquad::BandPass, rng.uniform(2500, 5000), 0.6, sr);
    Biquad high(Biquad::HighPass, 900, 0.7, sr);
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        const double attack = std::min(1.0, t / 0.001);
        const double body = std::sin(2 * Pi * tone * t) * std::exp(-t / toneDecay);
        const double rattle = high.process(band.process(rng.noise()) * 3) * std::exp(-t / noiseDecay);
        out[i] = float(attack * ((1 - mix) * body + mix * rattle));
    }
    normalise(out);
    return out;
}

std::vector<float> clap(Rng &rng, int sr)
{
    const int bursts = 3 + rng.pick(2);
    const double spacing = rng.uniform(0.008, 0.013), tail = rng.uniform(0.06, 0.14);
    const size_t n = size_t(0.6 * sr);
    std::vector<float> out(n);
    Biquad band(Biquad::BandPass, rng.uniform(1000, 1800), 1.2, sr);
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        double env = 0;
        for (int b = 0; b < bursts; ++b) {
            const double start = b * spacing;
            if (t >= start)
                env += (b == bursts - 1 ? std::exp(-(t - start) / tail) : std::exp(-(t - start) / 0.0035));
        }
        out[i] = float(band.process(rng.noise()) * env);
    }
    normalise(out);
    return out;
}

// Metallic partials (square waves at inharmonic ratios) plus high-passed noise.
std::vector<float> metal(Rng &rng, int sr, double decay, double length, double cutoff)
{
    static const double ratios[6] = {2.0, 3.0, 4.16, 5.43, 6.79, 8.21};
    const double base = rng.uniform(300, 420);
    const size_t n = size_t(length * sr);
    std::vector<float> out(n);
    Biquad high1(Biquad::HighPass, cutoff, 0.7, sr), high2(Biquad::HighPass, cutoff, 0.7, sr);
    const double attackTime = rng.uniform(0.0005, 0.003);
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        double v = 0;
        for (double r : ratios)
            v += std::sin(2 * Pi * base * r * t) > 0 ? 0.12 : -0.12;
        v += rng.noise() * 0.8;
        out[i] = float(high2.process(high1.process(v)) * std::exp(-t / decay) * std::min(1.0, t / attackTime));
    }
    normalise(out);
    return out;
}

std::vector<float> tom(Rng &rng, int sr)
{
    const double f = rng.uniform(90, 250), decay = rng.uniform(0.15, 0.35);
    const size_t n = size_t(std::min(1.5, decay * 5) * sr);
    std::vector<float> out(n);
    double phase = 0;
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        phase += 2 * Pi * f * (1 + 0.4 * std::exp(-t / 0.04)) / sr;
        out[i] = float((std::sin(phase) + 0.15 * std::sin(2.0 * phase)) * std::exp(-t / decay) * std::min(1.0, t / 0.002)
                       + rng.noise() * 0.08 * std::exp(-t / 0.01));
    }
    normalise(out);
    return out;
}

std::vector<float> perc(Rng &rng, int sr)
{
    const int variant = rng.pick(4);
    const size_t n = size_t(0.4 * sr);
    std::vector<float> out(n);
    Biquad band(Biquad::BandPass, rng.uniform(5000, 8000), 1.0, sr);
    Biquad bell(Biquad::BandPass, 900, 2.0, sr);
    const double f = rng.uniform(700, 2200);
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        double v = 0;
        switch (variant) {
        case 0:   // cowbell: two square partials, band-passed
            v = bell.process(square(2 * Pi * 540 * t, 540) + square(2 * Pi * 800 * t, 800)) * std::exp(-t / 0.07);
            break;
        case 1:   // woodblock / clave
            v = (std::sin(2 * Pi * f * t) + 0.3 * std::sin(2 * Pi * f * 2.7 * t)) * std::exp(-t / 0.025);
            break;
        case 2:   // shaker: a soft noise swell
            v = band.process(rng.noise()) * 3 * std::min(1.0, t / 0.015) * std::exp(-std::max(0.0, t - 0.015) / 0.035);
            break;
        default:  // rim shot: a click and a short high tone
            v = (std::sin(2 * Pi * f * 0.8 * t) * 0.6 + rng.noise() * 0.5) * std::exp(-t / 0.012);
            break;
        }
        out[i] = float(v);
    }
    normalise(out);
    return out;
}

std::vector<float> bass(Rng &rng, int sr, int note, double length)
{
    const double f = midiHz(note);
    const size_t n = size_t(length * sr);
    std::vector<float> out(n);
    Biquad low(Biquad::LowPass, rng.uniform(250, 600), 0.9, sr);
    const bool sine = rng.chance(0.35);   // an 808-style sub
    double phase = 0;
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        phase += 2 * Pi * f / sr;
        const double env = std::min(1.0, t / 0.005) * std::min(1.0, (length - t) / 0.05) * (0.75 + 0.25 * std::exp(-t / 0.2));
        const double v = sine ? std::sin(phase) + 0.1 * std::sin(2 * phase) : saw(phase, f, 20);
        out[i] = float(low.process(v) * env);
    }
    normalise(out);
    return out;
}

std::vector<float> lead(Rng &rng, int sr, int note, double length)
{
    const double f = midiHz(note);
    const size_t n = size_t(length * sr);
    std::vector<float> out(n);
    const bool useSquare = rng.chance(0.5);
    const double vibratoDepth = rng.uniform(0.0, 0.25), vibratoRate = rng.uniform(4.5, 6.5);
    Biquad low(Biquad::LowPass, rng.uniform(3000, 6000), 0.8, sr);
    double phase = 0;
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        const double vibrato = t > 0.2 ? vibratoDepth * std::sin(2 * Pi * vibratoRate * t) : 0.0;
        const double freq = f * std::pow(2.0, vibrato / 12.0);
        phase += 2 * Pi * freq / sr;
        const double env = std::min(1.0, t / 0.01) * std::min(1.0, (length - t) / 0.08) * (0.7 + 0.3 * std::exp(-t / 0.15));
        out[i] = float(low.process(useSquare ? square(phase, freq) : saw(phase, freq)) * env);
    }
    normalise(out);
    return out;
}

std::vector<int> triad(int root, bool minor)
{
    return {root, root + (minor ? 3 : 4), root + 7};
}

std::vector<float> chordTone(Rng &rng, int sr, const std::vector<int> &notes, double length, double attack,
                             double decay, double release, double detuneCents, double cutoff)
{
    const size_t n = size_t(length * sr);
    std::vector<float> out(n, 0.0f);
    for (int note : notes) {
        for (int voice = -1; voice <= 1; ++voice) {
            const double f = midiHz(note) * std::pow(2.0, voice * detuneCents / 1200.0);
            double phase = rng.uniform(0, 2 * Pi);
            for (size_t i = 0; i < n; ++i) {
                phase += 2 * Pi * f / sr;
                out[i] += float(saw(phase, f, 12));
            }
        }
    }
    Biquad low(Biquad::LowPass, cutoff, 0.7, sr);
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        const double env = std::min(1.0, t / attack) * (decay > 0 ? std::exp(-t / decay) : 1.0)
            * std::clamp((length - t) / release, 0.0, 1.0);
        out[i] = float(low.process(out[i]) * env);
    }
    normalise(out);
    return out;
}

std::vector<float> vocal(Rng &rng, int sr, int note, double length)
{
    static const double formants[5][3] = {{800, 1150, 2900}, {400, 1600, 2700}, {450, 800, 2830},
                                          {300, 2300, 3000}, {325, 700, 2530}};
    const double *vowel = formants[rng.pick(5)];
    Biquad f1(Biquad::BandPass, vowel[0], 6, sr), f2(Biquad::BandPass, vowel[1], 8, sr), f3(Biquad::BandPass, vowel[2], 10, sr);
    const size_t n = size_t(length * sr);
    std::vector<float> out(n);
    double phase = 0;
    const double glide = rng.uniform(-2.0, 2.0);
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        const double vibrato = 0.4 * std::sin(2 * Pi * 5.5 * t) * std::min(1.0, t / 0.3);
        const double freq = midiHz(note + vibrato + glide * t / length) * (1 + 0.004 * rng.noise());
        const double previous = phase;
        phase = std::fmod(phase + freq / sr, 1.0);
        const double pulse = phase < previous ? 1.0 : 0.0;   // one glottal pulse per period
        const double source = pulse * 4 + rng.noise() * 0.02;
        const double v = f1.process(source) + 0.6 * f2.process(source) + 0.3 * f3.process(source);
        const double env = std::min(1.0, t / 0.06) * std::min(1.0, (length - t) / 0.1);
        out[i] = float(v * env);
    }
    normalise(out);
    return out;
}

std::vector<float> fx(Rng &rng, int sr)
{
    const int variant = rng.pick(3);
    const double length = variant == 2 ? rng.uniform(0.3, 0.8) : rng.uniform(2.0, 5.0);
    const size_t n = size_t(length * sr);
    std::vector<float> out(n);
    Biquad band(Biquad::BandPass, 300, 2.0, sr);
    double phase = 0;
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        const double x = t / length;
        double v = 0;
        if (variant == 0) {   // riser: noise through a rising band, a rising tone, getting louder
            if (i % 64 == 0)
                band.set(Biquad::BandPass, 300 * std::pow(30.0, x), 2.0, sr);
            phase += 2 * Pi * (200 * std::pow(10.0, x)) / sr;
            v = (band.process(rng.noise()) * 2 + 0.3 * std::sin(phase)) * (0.05 + x * x) * std::min(1.0, (length - t) / 0.02);
        } else if (variant == 1) {   // downlifter: the reverse
            if (i % 64 == 0)
                band.set(Biquad::BandPass, 9000 * std::pow(1.0 / 30.0, x), 2.0, sr);
            v = band.process(rng.noise()) * 2 * std::pow(1 - x, 2) * std::min(1.0, t / 0.01);
        } else {   // laser zap: a fast falling tone
            phase += 2 * Pi * (3000 * std::exp(-t / 0.05) + 80) / sr;
            v = square(phase, 3000 * std::exp(-t / 0.05) + 80) * std::exp(-t / 0.15);
        }
        out[i] = float(v);
    }
    normalise(out);
    return out;
}

std::vector<float> texture(Rng &rng, int sr)
{
    const double length = rng.uniform(4.0, 8.0);
    const size_t n = size_t(length * sr);
    std::vector<float> out(n);
    Biquad low(Biquad::LowPass, 800, 0.7, sr);
    const double lfo = rng.uniform(0.1, 0.4);
    const double drone = midiHz(36 + rng.pick(12));
    const double droneLevel = rng.uniform(0.0, 0.3);
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        if (i % 128 == 0)
            low.set(Biquad::LowPass, 600 + 500 * std::sin(2 * Pi * lfo * t), 0.7, sr);
        const double env = std::min(1.0, t / 0.8) * std::min(1.0, (length - t) / 0.8) * (0.8 + 0.2 * std::sin(2 * Pi * lfo * 0.7 * t));
        out[i] = float((low.process(rng.noise()) * 2 + droneLevel * std::sin(2 * Pi * drone * t)) * env);
    }
    normalise(out);
    return out;
}

void mixAt(std::vector<float> &into, const std::vector<float> &sound, double at, double gain, int sr)
{
    const size_t start = size_t(at * sr);
    for (size_t i = 0; i < sound.size() && start + i < into.size(); ++i)
        into[start + i] += float(sound[i] * gain);
}

const int Major[7] = {0, 2, 4, 5, 7, 9, 11};
const int Minor[7] = {0, 2, 3, 5, 7, 8, 10};

struct Written
{
    std::vector<float> audio;
    QString type;
    QString kind;
    double bpm = 0;
    QString key;
    int root = -1;
};

const char *const KeyNames[12] = {"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
const char *const MinorKeyNames[12] = {"Cm", "C#m", "Dm", "Ebm", "Em", "Fm", "F#m", "Gm", "G#m", "Am", "Bbm", "Bm"};

QString keyName(int tonic, bool minor)
{
    return QLatin1String(minor ? MinorKeyNames[tonic] : KeyNames[tonic]);
}

struct NameStyle
{
    const char *english;
    const char *spanish;
    const char *folder;
};

NameStyle nameFor(const QString &type)
{
    static const QHash<QString, NameStyle> names = {
        {QStringLiteral("kick"), {"Kick", "Bombo", "Drums/Kicks"}},
        {QStringLiteral("snare"), {"Snare", "Caja", "Drums/Snares"}},
        {QStringLiteral("clap"), {"Clap", "Palmas", "Drums/Claps"}},
        {QStringLiteral("closed-hat"), {"Closed_Hat", "Charles_cerrado", "Drums/Hats"}},
        {QStringLiteral("open-hat"), {"Open_Hat", "Charles_abierto", "Drums/Hats"}},
        {QStringLiteral("cymbal"), {"Crash", "Platillo", "Drums/Cymbals"}},
        {QStringLiteral("tom"), {"Tom", "Tom", "Drums/Toms"}},
        {QStringLiteral("perc"), {"Perc", "Percusion", "Drums/Percussion"}},
        {QStringLiteral("bass"), {"Bass", "Bajo", "Bass"}},
        {QStringLiteral("lead"), {"Lead", "Melodia", "Synths"}},
        {QStringLiteral("pad"), {"Pad", "Colchon", "Pads"}},
        {QStringLiteral("chord"), {"Chord_Stab", "Acorde", "Chords"}},
        {QStringLiteral("vocal"), {"Vox", "Voz", "Vocals"}},
        {QStringLiteral("fx"), {"FX_Riser", "Efecto", "FX"}},
        {QStringLiteral("texture"), {"Texture", "Textura", "Atmospheres"}},
        {QStringLiteral("drum-loop"), {"Drum_Loop", "Bucle_Bateria", "Loops/Drums"}},
        {QStringLiteral("music-loop"), {"Music_Loop", "Bucle_Musical", "Loops/Music"}},
    };
    return names.value(type);
}

} // namespace

std::vector<float> renderKick(unsigned seed, int sampleRate)
{
    Rng rng(seed);
    return kick(rng, sampleRate);
}

std::vector<float> renderDrumLoop(double bpm, int bars, unsigned seed, int sr)
{
    Rng rng(seed);
    const double beat = 60.0 / bpm;
    const double length = bars * 4 * beat;
    std::vector<float> out(size_t(std::llround(length * sr)), 0.0f);
    const std::vector<float> k = kick(rng, sr), s = rng.chance(0.5) ? snare(rng, sr) : clap(rng, sr);
    const std::vector<float> h = metal(rng, sr, rng.uniform(0.015, 0.04), 0.25, 7000);
    const std::vector<float> o = metal(rng, sr, rng.uniform(0.12, 0.25), 0.6, 6000);
    const int style = rng.pick(3);   // 0 four on the floor, 1 breakbeat, 2 half-time
    const bool sixteenths = rng.chance(0.5);
    for (int bar = 0; bar < bars; ++bar) {
        for (int step = 0; step < 16; ++step) {
            const double at = (bar * 16 + step) * beat / 4;
            const double velocity = rng.uniform(0.85, 1.0);
            const bool onBeat = step % 4 == 0;
            bool kickHere = false, snareHere = false;
            switch (style) {
            case 0: kickHere = onBeat; snareHere = step == 4 || step == 12; break;
            case 1: kickHere = step == 0 || step == 10 || (step == 7 && bar % 2 == 1); snareHere = step == 4 || step == 12; break;
            default: kickHere = step == 0 || step == 3 || step == 10; snareHere = step == 8; break;
            }
            if (kickHere)
                mixAt(out, k, at, 0.9 * velocity, sr);
            if (snareHere)
                mixAt(out, s, at, 0.7 * velocity, sr);
            if (style == 0 && step % 4 == 2)
                mixAt(out, o, at, 0.35 * velocity, sr);
            else if (step % 2 == 0 || sixteenths)
                mixAt(out, h, at, (step % 2 == 0 ? 0.35 : 0.2) * velocity, sr);
        }
    }
    normalise(out);
    return out;
}

std::vector<float> renderMusicLoop(double bpm, int bars, int tonic, bool minor, unsigned seed, int sr)
{
    Rng rng(seed);
    const double beat = 60.0 / bpm;
    const double length = bars * 4 * beat;
    std::vector<float> out(size_t(std::llround(length * sr)), 0.0f);
    const int *scale = minor ? Minor : Major;
    // Progressions as scale degrees (0-based); the first chord is the tonic.
    static const int minorProgressions[5][4] = {{0, 5, 2, 6}, {0, 3, 4, 0}, {0, 6, 5, 6}, {0, 3, 0, 4}, {5, 6, 0, 0}};
    static const int majorProgressions[5][4] = {{0, 4, 5, 3}, {0, 3, 4, 0}, {0, 5, 3, 4}, {0, 3, 0, 4}, {3, 4, 0, 0}};
    // The first chord is usually the tonic, as in most sample-pack loops; one progression in five
    // starts elsewhere and ends on it.
    const int *progression = (minor ? minorProgressions : majorProgressions)[rng.pick(5)];
    const int chordsPerBar = bars >= 4 ? 1 : (bars == 2 ? 2 : 4);
    const int chordCount = bars * chordsPerBar;
    const double chordLength = length / chordCount;
    const int base = 48 + tonic;
    const int pattern = rng.pick(3);   // 0 stabs on off-beats, 1 stabs on beats, 2 sustained with arpeggio
    for (int c = 0; c < chordCount; ++c) {
        const int degree = progression[c % 4];
        std::vector<int> notes;
        for (int voice = 0; voice < 3; ++voice) {
            const int d = degree + 2 * voice;
            notes.push_back(base + scale[d % 7] + 12 * (d / 7));
        }
        // In minor the fifth degree's chord takes the leading tone (harmonic minor), as in most songs.
        if (minor && degree == 4)
            notes[1] += 1;
        const double chordStart = c * chordLength;
        if (pattern == 2) {
            mixAt(out, chordTone(rng, sr, notes, chordLength, 0.02, 0, 0.05, 7, 2500), chordStart, 0.5, sr);
            for (double at = 0; at < chordLength - 1e-6; at += beat / 2)
                mixAt(out, lead(rng, sr, notes[size_t(rng.pick(3))] + 12, beat / 2 * 0.9), chordStart + at, 0.25, sr);
        } else {
            const std::vector<float> stab = chordTone(rng, sr, notes, beat * 0.45, 0.003, beat * 0.3, 0.02, 4, 4000);
            for (double at = pattern == 0 ? beat / 2 : 0; at < chordLength - 1e-6; at += beat)
                mixAt(out, stab, chordStart + at, 0.6, sr);
        }
        // Bass on the chord's root, eighth notes.
        const int bassNote = 36 + tonic + scale[degree % 7] - (tonic + scale[degree % 7] >= 8 ? 12 : 0);
        const std::vector<float> b = bass(rng, sr, bassNote, beat * 0.4);
        for (double at = 0; at < chordLength - 1e-6; at += beat / 2)
            mixAt(out, b, chordStart + at, 0.5, sr);
    }
    normalise(out);
    return out;
}

bool writeAudioFile(const QString &path, const std::vector<float> &mono, int sampleRate, const QString &format,
                    int channels)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    SF_INFO info = {};
    info.samplerate = sampleRate;
    info.channels = channels;
    if (format == QLatin1String("aiff"))
        info.format = SF_FORMAT_AIFF | SF_FORMAT_PCM_24;
    else if (format == QLatin1String("flac"))
        info.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    else if (format == QLatin1String("ogg"))
        info.format = SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    else if (format == QLatin1String("mp3"))
        info.format = SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    else if (format == QLatin1String("wav24"))
        info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_24;
    else
        info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        return false;
    std::vector<float> frames(mono.size() * size_t(channels));
    for (size_t i = 0; i < mono.size(); ++i) {
        for (int c = 0; c < channels; ++c)
            frames[i * size_t(channels) + size_t(c)] = mono[i] * (c == 0 ? 1.0f : 0.9f);
    }
    const sf_count_t written = sf_writef_float(file, frames.data(), sf_count_t(mono.size()));
    sf_close(file);
    return written == sf_count_t(mono.size());
}

QList<CorpusItem> writeSyntheticCorpus(const QString &directory, const CorpusOptions &options)
{
    static const char *const oneShotTypes[15] = {"kick", "snare", "clap", "closed-hat", "open-hat", "cymbal", "tom", "perc",
                                                  "bass", "lead", "pad", "chord", "vocal", "fx", "texture"};
    static const int tempos[] = {85, 90, 95, 100, 105, 110, 115, 118, 120, 122, 124, 125, 126, 128,
                                 130, 132, 135, 138, 140, 145, 150, 160, 170, 174};
    Rng rng(options.seed);
    QList<Written> sounds;
    for (const char *typeName : oneShotTypes) {
        const QString type = QLatin1String(typeName);
        for (int i = 0; i < options.oneShotsPerType; ++i) {
            Written w;
            w.type = type;
            w.kind = QStringLiteral("one-shot");
            const int sr = 44100;
            if (type == QLatin1String("kick")) w.audio = kick(rng, sr);
            else if (type == QLatin1String("snare")) w.audio = snare(rng, sr);
            else if (type == QLatin1String("clap")) w.audio = clap(rng, sr);
            else if (type == QLatin1String("closed-hat")) w.audio = metal(rng, sr, rng.uniform(0.012, 0.04), 0.25, 7000);
            else if (type == QLatin1String("open-hat")) w.audio = metal(rng, sr, rng.uniform(0.15, 0.35), 1.0, 6500);
            else if (type == QLatin1String("cymbal")) w.audio = metal(rng, sr, rng.uniform(0.6, 1.4), 3.5, 3500);
            else if (type == QLatin1String("tom")) w.audio = tom(rng, sr);
            else if (type == QLatin1String("perc")) w.audio = perc(rng, sr);
            else if (type == QLatin1String("bass")) {
                w.root = 28 + rng.pick(18);
                w.audio = bass(rng, sr, w.root, rng.uniform(0.6, 2.0));
            } else if (type == QLatin1String("lead")) {
                w.root = 60 + rng.pick(22);
                w.audio = lead(rng, sr, w.root, rng.uniform(0.6, 2.0));
            } else if (type == QLatin1String("pad")) {
                const int root = 48 + rng.pick(12);
                w.audio = chordTone(rng, sr, triad(root, rng.chance(0.5)), rng.uniform(3.0, 6.0), rng.uniform(0.4, 1.2), 0,
                                    0.8, 9, 2000);
            } else if (type == QLatin1String("chord")) {
                const int root = 55 + rng.pick(12);
                w.audio = chordTone(rng, sr, triad(root, rng.chance(0.5)), rng.uniform(0.5, 1.0), 0.003,
                                    rng.uniform(0.1, 0.3), 0.05, 4, 4000);
            } else if (type == QLatin1String("vocal")) {
                w.root = 48 + rng.pick(14);
                w.audio = vocal(rng, sr, w.root, rng.uniform(0.6, 2.0));
            } else if (type == QLatin1String("fx")) w.audio = fx(rng, sr);
            else w.audio = texture(rng, sr);
            sounds.append(w);
        }
    }
    for (int i = 0; i < options.drumLoops + options.musicLoops; ++i) {
        Written w;
        const bool drums = i < options.drumLoops;
        w.type = drums ? QStringLiteral("drum-loop") : QStringLiteral("music-loop");
        w.kind = QStringLiteral("loop");
        w.bpm = tempos[rng.pick(int(std::size(tempos)))];
        int bars = 1 << rng.pick(3);   // 1, 2 or 4 bars
        if (bars * 240.0 / w.bpm > 12)
            bars /= 2;
        if (drums) {
            w.audio = renderDrumLoop(w.bpm, std::max(bars, 2), unsigned(rng.pick(1 << 30)));
        } else {
            const int tonic = rng.pick(12);
            const bool minor = rng.chance(0.5);
            w.key = keyName(tonic, minor);
            w.audio = renderMusicLoop(w.bpm, std::max(bars, 2), tonic, minor, unsigned(rng.pick(1 << 30)));
        }
        sounds.append(w);
    }

    QList<CorpusItem> items;
    int serial = 0;
    QHash<QString, int> perType;
    for (const Written &w : std::as_const(sounds)) {
        ++serial;
        const int count = ++perType[w.type];
        const bool informative = count % 2 == 0;
        const bool spanish = count % 4 == 0;
        QString format = QStringLiteral("wav");
        int channels = 1;
        if (options.variedFormats) {
            if (serial % 7 == 0) format = QStringLiteral("aiff");
            else if (serial % 11 == 0) format = QStringLiteral("flac");
            else if (serial % 13 == 0) format = QStringLiteral("ogg");
            else if (serial % 17 == 0) format = QStringLiteral("mp3");
            else if (serial % 3 == 0) format = QStringLiteral("wav24");
            if (serial % 5 == 0)
                channels = 2;
        }
        const QString extension = format == QLatin1String("wav24") ? QStringLiteral("wav")
                                  : format == QLatin1String("aiff") ? QStringLiteral("aif")
                                                                    : format;
        QString relative;
        if (informative) {
            const NameStyle style = nameFor(w.type);
            QString stem = QLatin1String(spanish ? style.spanish : style.english);
            if (w.kind == QLatin1String("loop"))
                stem += QStringLiteral("_%1bpm").arg(w.bpm);
            if (!w.key.isEmpty())
                stem += QLatin1Char('_') + w.key;
            relative = QStringLiteral("%1/%2_%3.%4").arg(QLatin1String(style.folder), stem).arg(count, 2, 10, QLatin1Char('0')).arg(extension);
        } else {
            relative = QStringLiteral("misc/batch%1/sample_%2.%3").arg(serial % 3).arg(serial, 4, 10, QLatin1Char('0')).arg(extension);
        }
        CorpusItem item;
        item.path = QDir(directory).absoluteFilePath(relative);
        item.type = w.type;
        item.kind = w.kind;
        item.bpm = w.bpm;
        item.key = w.key;
        item.rootMidi = w.root;
        item.informativeName = informative;
        if (!writeAudioFile(item.path, w.audio, 44100, format, channels))
            continue;
        items.append(item);
    }
    return items;
}

QList<BrokenItem> writeBrokenFiles(const QString &directory)
{
    QDir().mkpath(directory);
    QList<BrokenItem> items;
    auto path = [&directory](const char *name) { return QDir(directory).absoluteFilePath(QLatin1String(name)); };
    auto writeBytes = [](const QString &file, const QByteArray &bytes) {
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write(bytes);
    };

    writeBytes(path("zero_length.wav"), {});
    items.append({path("zero_length.wav"), QStringLiteral("zero-length")});

    writeBytes(path("notes.txt.wav"), QByteArray("These are not the samples you are looking for.\n").repeated(20));
    items.append({path("notes.txt.wav"), QStringLiteral("not-audio")});

    // A whole kick, then the same file cut to a third of its length.
    const QString whole = path("whole_kick.tmp.wav");
    writeAudioFile(whole, renderKick(7));
    QFile source(whole);
    QByteArray bytes;
    if (source.open(QIODevice::ReadOnly))
        bytes = source.readAll();
    source.remove();
    writeBytes(path("truncated_kick.wav"), bytes.left(bytes.size() / 3));
    items.append({path("truncated_kick.wav"), QStringLiteral("truncated")});

    // The RIFF header only: a valid start, then nothing.
    writeBytes(path("header_only.wav"), bytes.left(30));
    items.append({path("header_only.wav"), QStringLiteral("corrupt")});

    // A header that promises PCM data but holds none.
    writeBytes(path("no_frames.wav"), bytes.left(44));
    items.append({path("no_frames.wav"), QStringLiteral("no-audio")});

    // FLAC magic followed by garbage.
    QByteArray garbage("fLaC");
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919) & 0xff));
    writeBytes(path("garbage.flac"), garbage);
    items.append({path("garbage.flac"), QStringLiteral("corrupt")});
    return items;
}

} // namespace musiaia::test
