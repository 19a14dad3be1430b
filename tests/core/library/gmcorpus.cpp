// SPDX-License-Identifier: GPL-3.0-or-later
#include "gmcorpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fluidsynth.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace musiaia::test {
namespace {

constexpr int SampleRate = 44100;
constexpr int DrumChannel = 9;

struct Event
{
    double time;
    int channel;
    int note;     // -1: note off for `offNote`
    int velocity;
};

class Renderer
{
public:
    explicit Renderer(const QString &soundFont)
    {
        for (int level = FLUID_PANIC; level <= FLUID_DBG; ++level)
            fluid_set_log_function(level, nullptr, nullptr);
        m_settings = new_fluid_settings();
        fluid_settings_setnum(m_settings, "synth.sample-rate", SampleRate);
        fluid_settings_setint(m_settings, "synth.reverb.active", 0);
        fluid_settings_setint(m_settings, "synth.chorus.active", 0);
        fluid_settings_setnum(m_settings, "synth.gain", 0.6);
        m_synth = new_fluid_synth(m_settings);
        m_font = m_synth ? fluid_synth_sfload(m_synth, QFile::encodeName(soundFont).constData(), 1) : -1;
    }
    ~Renderer()
    {
        if (m_synth)
            delete_fluid_synth(m_synth);
        if (m_settings)
            delete_fluid_settings(m_settings);
    }
    bool isValid() const { return m_synth && m_font >= 0; }

    void program(int channel, int program) { fluid_synth_program_change(m_synth, channel, program); }

    // Plays `notes` (time, channel, note, velocity, length) and renders `length` seconds (or until
    // the sound dies when `length` is 0).
    std::vector<float> render(std::vector<std::tuple<double, int, int, int, double>> notes, double length)
    {
        fluid_synth_system_reset(m_synth);
        for (const auto &[channel, prog] : m_programs)
            fluid_synth_program_change(m_synth, channel, prog);
        std::multimap<double, Event> events;
        double lastOff = 0;
        for (const auto &[time, channel, note, velocity, duration] : notes) {
            events.insert({time, Event{time, channel, note, velocity}});
            events.insert({time + duration, Event{time + duration, channel, note, 0}});
            lastOff = std::max(lastOff, time + duration);
        }
        const double limit = length > 0 ? length : lastOff + 3.0;
        std::vector<float> left, right;
        const int block = 256;
        std::vector<float> l(block), r(block);
        size_t frame = 0;
        double quietFor = 0;
        while (double(frame) / SampleRate < limit) {
            const double now = double(frame) / SampleRate;
            while (!events.empty() && events.begin()->first <= now) {
                const Event e = events.begin()->second;
                if (e.velocity > 0)
                    fluid_synth_noteon(m_synth, e.channel, e.note, e.velocity);
                else
                    fluid_synth_noteoff(m_synth, e.channel, e.note);
                events.erase(events.begin());
            }
            fluid_synth_write_float(m_synth, block, l.data(), 0, 1, r.data(), 0, 1);
            double energy = 0;
            for (int i = 0; i < block; ++i) {
                left.push_back((l[size_t(i)] + r[size_t(i)]) * 0.5f);
                energy += double(l[size_t(i)]) * l[size_t(i)];
            }
            frame += block;
            // A one-shot ends when its sound has died away after the last note off.
            if (length <= 0 && now > lastOff) {
                quietFor = energy / block < 1e-9 ? quietFor + double(block) / SampleRate : 0.0;
                if (quietFor > 0.05)
                    break;
            }
        }
        if (length > 0)
            left.resize(size_t(std::llround(length * SampleRate)), 0.0f);
        return left;
    }

    void setPrograms(std::map<int, int> programs) { m_programs = std::move(programs); }

private:
    fluid_settings_t *m_settings = nullptr;
    fluid_synth_t *m_synth = nullptr;
    int m_font = -1;
    std::map<int, int> m_programs;
};

bool trimAndNormalise(std::vector<float> &x)
{
    size_t start = 0;
    while (start < x.size() && std::abs(x[start]) < 1e-4f)
        ++start;
    size_t end = x.size();
    while (end > start && std::abs(x[end - 1]) < 1e-4f)
        --end;
    if (end - start < 64)
        return false;
    x = std::vector<float>(x.begin() + std::ptrdiff_t(start), x.begin() + std::ptrdiff_t(end));
    float top = 0;
    for (float v : x)
        top = std::max(top, std::abs(v));
    for (float &v : x)
        v *= 0.9f / top;
    return true;
}

void normalise(std::vector<float> &x)
{
    float top = 0;
    for (float v : x)
        top = std::max(top, std::abs(v));
    if (top > 0) {
        for (float &v : x)
            v *= 0.9f / top;
    }
}

const char *const KeyNames[12] = {"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
const char *const MinorKeyNames[12] = {"Cm", "C#m", "Dm", "Ebm", "Em", "Fm", "F#m", "Gm", "G#m", "Am", "Bbm", "Bm"};

} // namespace

QString generalMidiSoundFont()
{
    for (const char *candidate : {"/usr/share/sounds/sf2/TimGM6mb.sf2", "/usr/share/sounds/sf2/default-GM.sf2"}) {
        if (QFileInfo(QLatin1String(candidate)).isFile())
            return QLatin1String(candidate);
    }
    return {};
}

QList<CorpusItem> writeGeneralMidiCorpus(const QString &directory, const QString &soundFont, const CorpusOptions &options)
{
    QList<CorpusItem> items;
    Renderer renderer(soundFont);
    if (!renderer.isValid())
        return items;
    std::mt19937 rng(options.seed + 1000);
    auto pick = [&rng](const std::vector<int> &from) { return from[std::uniform_int_distribution<size_t>(0, from.size() - 1)(rng)]; };
    auto uniform = [&rng](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
    int serial = 0;
    auto save = [&](std::vector<float> audio, CorpusItem item, bool trim) {
        if (trim ? !trimAndNormalise(audio) : false)
            return;
        if (!trim)
            normalise(audio);
        item.path = QDir(directory).absoluteFilePath(QStringLiteral("gm/take_%1.wav").arg(++serial, 4, 10, QLatin1Char('0')));
        item.informativeName = false;
        if (writeAudioFile(item.path, audio, SampleRate))
            items.append(item);
    };

    // Drum kit hits: GM percussion notes.
    const std::vector<std::pair<const char *, std::vector<int>>> drums = {
        {"kick", {35, 36}}, {"snare", {38, 40}}, {"clap", {39}}, {"closed-hat", {42, 44}}, {"open-hat", {46}},
        {"cymbal", {49, 51, 52, 55, 57, 59}}, {"tom", {41, 43, 45, 47, 48, 50}},
        {"perc", {37, 54, 56, 60, 61, 62, 63, 64, 69, 70, 75, 76, 77}},
    };
    for (const auto &[type, notes] : drums) {
        for (int i = 0; i < options.oneShotsPerType; ++i) {
            renderer.setPrograms({});
            CorpusItem item;
            item.type = QLatin1String(type);
            item.kind = QStringLiteral("one-shot");
            save(renderer.render({{0.0, DrumChannel, pick(notes), 90 + int(uniform(0, 37)), 0.1}}, 0), item, true);
        }
    }
    // Tonal one-shots: (programs, lowest note, highest note, length, polyphony).
    struct Tonal
    {
        const char *type;
        std::vector<int> programs;
        int low, high;
        double minLength, maxLength;
        bool chord;
    };
    const std::vector<Tonal> tonal = {
        {"bass", {32, 33, 34, 35, 36, 37, 38, 39}, 28, 45, 0.5, 1.5, false},
        {"lead", {80, 81, 82, 84, 85, 87, 73, 56}, 60, 82, 0.5, 1.8, false},
        {"pad", {88, 89, 90, 91, 92, 94, 95, 48, 49}, 48, 62, 3.0, 5.0, true},
        {"chord", {0, 1, 2, 4, 5, 16, 17, 18}, 52, 67, 0.2, 0.5, true},
        {"vocal", {52, 53, 54}, 52, 72, 0.6, 1.8, false},
    };
    for (const Tonal &t : tonal) {
        for (int i = 0; i < options.oneShotsPerType; ++i) {
            const int program = pick(t.programs);
            renderer.setPrograms({{0, program}});
            const int root = t.low + int(uniform(0, t.high - t.low + 1));
            const double length = uniform(t.minLength, t.maxLength);
            std::vector<std::tuple<double, int, int, int, double>> notes = {{0.0, 0, root, 100, length}};
            if (t.chord) {
                const bool minor = uniform(0, 1) < 0.5;
                notes.push_back({0.0, 0, root + (minor ? 3 : 4), 95, length});
                notes.push_back({0.0, 0, root + 7, 95, length});
            }
            CorpusItem item;
            item.type = QLatin1String(t.type);
            item.kind = QStringLiteral("one-shot");
            item.rootMidi = t.chord ? -1 : root;
            save(renderer.render(notes, 0), item, true);
        }
    }
    // Effects and textures from the GM sound-effect programs.
    const std::vector<std::pair<const char *, std::vector<int>>> effects = {
        {"fx", {119, 127, 124, 103, 120, 97}},
        {"texture", {122, 96, 99, 101, 126}},
    };
    for (const auto &[type, programs] : effects) {
        for (int i = 0; i < options.oneShotsPerType; ++i) {
            renderer.setPrograms({{0, pick(programs)}});
            const bool texture = QLatin1String(type) == QLatin1String("texture");
            const double length = texture ? uniform(4.0, 7.0) : uniform(0.5, 2.5);
            CorpusItem item;
            item.type = QLatin1String(type);
            item.kind = QStringLiteral("one-shot");
            save(renderer.render({{0.0, 0, 48 + int(uniform(0, 24)), 100, length}}, 0), item, true);
        }
    }

    // Loops at known tempos.
    static const int tempos[] = {90, 95, 100, 110, 118, 120, 122, 124, 125, 126, 128, 130, 135, 140, 150, 170, 174};
    auto tempo = [&] { return double(tempos[std::uniform_int_distribution<size_t>(0, std::size(tempos) - 1)(rng)]); };
    for (int i = 0; i < options.drumLoops; ++i) {
        const double bpm = tempo();
        const int bars = bpm > 150 ? 4 : 2;
        const double sixteenth = 15.0 / bpm;
        std::vector<std::tuple<double, int, int, int, double>> notes;
        const int style = i % 3;
        for (int step = 0; step < bars * 16; ++step) {
            const double at = step * sixteenth;
            const int s = step % 16;
            const bool kick = style == 0 ? s % 4 == 0 : (s == 0 || s == 10 || (style == 2 && s == 7));
            const bool snare = style == 2 ? s == 8 : (s == 4 || s == 12);
            if (kick)
                notes.push_back({at, DrumChannel, 36, 115, 0.1});
            if (snare)
                notes.push_back({at, DrumChannel, style == 0 ? 39 : 38, 105, 0.1});
            if (style == 0 && s % 4 == 2)
                notes.push_back({at, DrumChannel, 46, 80, 0.1});
            else if (s % 2 == 0)
                notes.push_back({at, DrumChannel, 42, s % 4 == 0 ? 85 : 70, 0.05});
        }
        renderer.setPrograms({});
        CorpusItem item;
        item.type = QStringLiteral("drum-loop");
        item.kind = QStringLiteral("loop");
        item.bpm = bpm;
        save(renderer.render(notes, bars * 240.0 / bpm), item, false);
    }
    static const int Major[7] = {0, 2, 4, 5, 7, 9, 11};
    static const int Minor[7] = {0, 2, 3, 5, 7, 8, 10};
    static const int minorProgressions[4][4] = {{0, 5, 2, 6}, {0, 3, 4, 0}, {0, 6, 5, 6}, {5, 6, 0, 0}};
    static const int majorProgressions[4][4] = {{0, 4, 5, 3}, {0, 3, 4, 0}, {0, 5, 3, 4}, {3, 4, 0, 0}};
    for (int i = 0; i < options.musicLoops; ++i) {
        const double bpm = tempo();
        const int bars = 4;
        const double beat = 60.0 / bpm;
        const int tonic = int(uniform(0, 12));
        const bool minor = i % 2 == 0;
        const int *scale = minor ? Minor : Major;
        const int *progression = (minor ? minorProgressions : majorProgressions)[(i / 2) % 4];
        std::vector<std::tuple<double, int, int, int, double>> notes;
        for (int bar = 0; bar < bars; ++bar) {
            const int degree = progression[bar];
            for (int beatIndex = 0; beatIndex < 4; ++beatIndex) {
                const double at = (bar * 4 + beatIndex) * beat;
                for (int voice = 0; voice < 3; ++voice) {
                    const int d = degree + 2 * voice;
                    int note = 60 + tonic % 12 - (tonic >= 6 ? 12 : 0) + scale[d % 7] + 12 * (d / 7);
                    if (minor && degree == 4 && voice == 1)
                        ++note;   // the leading tone
                    notes.push_back({at + (i % 2 ? beat / 2 : 0.0), 0, note, 90, beat * 0.45});
                }
                notes.push_back({at, 1, 36 + tonic + scale[degree] - (tonic + scale[degree] >= 8 ? 12 : 0), 100, beat * 0.9});
            }
        }
        renderer.setPrograms({{0, pick({0, 4, 16, 18, 48, 81})}, {1, pick({33, 38, 39})}});
        CorpusItem item;
        item.type = QStringLiteral("music-loop");
        item.kind = QStringLiteral("loop");
        item.bpm = bpm;
        item.key = QLatin1String(minor ? MinorKeyNames[tonic] : KeyNames[tonic]);
        save(renderer.render(notes, bars * 240.0 / bpm), item, false);
    }
    return items;
}

} // namespace musiaia::test
