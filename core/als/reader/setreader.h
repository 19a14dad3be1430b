// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/alsreader.h"
#include "als/liveset.h"

#include <QHash>
#include <QXmlStreamReader>

// The Live Set reader's element handlers, one file per element family: setreader.cpp (the set and
// its main track), readtracks.cpp (tracks, mixers, devices), readclips.cpp (clips and notes),
// readsamples.cpp (sample references). Each handler starts on its element's start and leaves the
// reader on that element's end; anything it does not know is skipped, so that new elements in a
// newer Live do not break it. Errors go through QXmlStreamReader::raiseError(), which stops every
// loop at once.
namespace musiaia::als::reader {

// What the <Ableton> root says about the Live that saved the set.
struct LiveVersion
{
    int major = 0;     // MajorVersion: 4 up to Live 9, 5 from Live 10
    int line = 0;      // MinorVersion "12.0_12402": 12
    int build = 0;     // MinorVersion "12.0_12402": 12402
};

// The values only the main track's mixer has.
struct MainMixerValues
{
    double tempo = 120.0;
    qint64 tempoTarget = 8;           // the AutomationTarget id its envelope points at (8 in real files)
    int inlineTempoEvents = 0;        // Live 9 keeps tempo automation inside <Tempo>
    TimeSignature timeSignature;
};

class SetReader
{
public:
    SetReader(QXmlStreamReader &xml, LiveVersion version, const QString &setFilePath,
              const ReadOptions &options);

    // Reads <LiveSet> into `set`.
    void readLiveSet(LiveSet &set);

private:
    // setreader.cpp
    void readMainTrack(LiveSet &set);
    void readMainMixerParameter(MainMixerValues &values);
    void readScenes(QList<Scene> &scenes);
    void readSceneNames(QList<Scene> &scenes);
    void readLocators(QList<Locator> &locators);
    void readScale(std::optional<Scale> &scale);

    // readtracks.cpp
    void readTracks(QList<Track> &tracks);
    Track readTrack(Track::Type type);
    void readTrackName(QString &effectiveName, QString &userName);
    void readTrackDeviceChain(Track &track);
    void readMixer(Mixer &mixer, MainMixerValues *main = nullptr);
    void readSends(QList<double> &sends);
    void readInnerDeviceChain(QList<Device> &devices);
    void readDeviceList(QList<Device> &devices, int depth);
    Device readDevice(int depth);
    void readRackBranches(QList<Device> &devices, int depth);
    void readPluginDesc(Device &device);
    QString readMaxPatchName();

    // readclips.cpp
    void readMainSequencer(Track &track);
    void readClipSlots(Track &track);
    void readArrangementEvents(Track &track);
    Clip readClip(Clip::Kind kind);
    void readClipLoop(ClipLoop &loop);
    void readClipTimeSignature(TimeSignature &signature);
    void readNotes(QList<MidiNote> &notes);
    void readKeyTrack(QList<MidiNote> &notes);
    void readWarpMarkers(QList<WarpMarker> &markers);

    // readsamples.cpp
    SampleReference readSampleRef();
    void readFileRef(SampleReference &sample);

    int colourValue(int raw, bool isTrack) const;

    QXmlStreamReader &m_xml;
    LiveVersion m_version;
    QString m_setFilePath;
    ReadOptions m_options;
    QHash<QString, bool> m_sampleFound;   // sets reuse samples: look each one up once
};

} // namespace musiaia::als::reader
