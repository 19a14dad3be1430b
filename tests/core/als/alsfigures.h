// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"

// Counts over a LiveSet, as the corpus MANIFEST.md counts them.
namespace musiaia::test {

struct SetFigures
{
    int tracks[4] = {0, 0, 0, 0};    // by Track::Type: MIDI, audio, group, return
    int midiArrangement = 0;
    int midiSession = 0;
    int audioArrangement = 0;
    int audioSession = 0;
    int notes = 0;
    int topLevelDevices = 0;         // on the tracks and the main track
    int vstPlugins = 0;              // VST2/VST3 plug-ins, racks included
    int audioUnits = 0;
    int drumRacks = 0;
};

inline void countDevices(const QList<als::Device> &devices, SetFigures &figures)
{
    for (const als::Device &device : devices) {
        if (device.format == als::Device::Format::Vst2 || device.format == als::Device::Format::Vst3)
            ++figures.vstPlugins;
        else if (device.format == als::Device::Format::AudioUnit)
            ++figures.audioUnits;
        if (device.className == QLatin1String("DrumGroupDevice"))
            ++figures.drumRacks;
        countDevices(device.innerDevices, figures);
    }
}

inline SetFigures figuresOf(const als::LiveSet &set)
{
    SetFigures figures;
    for (const als::Track &track : set.tracks) {
        ++figures.tracks[int(track.type)];
        for (const als::Clip &clip : track.arrangementClips) {
            if (clip.kind == als::Clip::Kind::Midi) {
                ++figures.midiArrangement;
                figures.notes += int(clip.notes.size());
            } else {
                ++figures.audioArrangement;
            }
        }
        for (const auto &[scene, clip] : track.sessionClips) {
            if (clip.kind == als::Clip::Kind::Midi) {
                ++figures.midiSession;
                figures.notes += int(clip.notes.size());
            } else {
                ++figures.audioSession;
            }
        }
        figures.topLevelDevices += int(track.devices.size());
        countDevices(track.devices, figures);
    }
    figures.topLevelDevices += int(set.mainTrack.devices.size());
    countDevices(set.mainTrack.devices, figures);
    return figures;
}

} // namespace musiaia::test
