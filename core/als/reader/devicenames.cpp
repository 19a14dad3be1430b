// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicenames.h"

#include <QHash>

namespace musiaia::als::reader {

QString deviceDisplayName(const QString &className)
{
    // Element names whose display name differs from the element name (the rest, like "Reverb" or
    // "Limiter", are the same). From the device classes in real sets and Live's device browser.
    static const QHash<QString, QString> names = {
        {QStringLiteral("AudioEffectGroupDevice"), QStringLiteral("Audio Effect Rack")},
        {QStringLiteral("InstrumentGroupDevice"), QStringLiteral("Instrument Rack")},
        {QStringLiteral("MidiEffectGroupDevice"), QStringLiteral("MIDI Effect Rack")},
        {QStringLiteral("DrumGroupDevice"), QStringLiteral("Drum Rack")},
        {QStringLiteral("OriginalSimpler"), QStringLiteral("Simpler")},
        {QStringLiteral("MultiSampler"), QStringLiteral("Sampler")},
        {QStringLiteral("InstrumentVector"), QStringLiteral("Wavetable")},
        {QStringLiteral("InstrumentImpulse"), QStringLiteral("Impulse")},
        {QStringLiteral("UltraAnalog"), QStringLiteral("Analog")},
        {QStringLiteral("LoungeLizard"), QStringLiteral("Electric")},
        {QStringLiteral("StringStudio"), QStringLiteral("Tension")},
        {QStringLiteral("InstrumentMeld"), QStringLiteral("Meld")},
        {QStringLiteral("Eq8"), QStringLiteral("EQ Eight")},
        {QStringLiteral("FilterEQ3"), QStringLiteral("EQ Three")},
        {QStringLiteral("ChannelEq"), QStringLiteral("Channel EQ")},
        {QStringLiteral("StereoGain"), QStringLiteral("Utility")},
        {QStringLiteral("Compressor2"), QStringLiteral("Compressor")},
        {QStringLiteral("GlueCompressor"), QStringLiteral("Glue Compressor")},
        {QStringLiteral("AutoFilter"), QStringLiteral("Auto Filter")},
        {QStringLiteral("AutoPan"), QStringLiteral("Auto Pan")},
        {QStringLiteral("PingPongDelay"), QStringLiteral("Ping Pong Delay")},
        {QStringLiteral("CrossDelay"), QStringLiteral("Simple Delay")},
        {QStringLiteral("GrainDelay"), QStringLiteral("Grain Delay")},
        {QStringLiteral("FrequencyShifter"), QStringLiteral("Frequency Shifter")},
        {QStringLiteral("PhaserNew"), QStringLiteral("Phaser-Flanger")},
        {QStringLiteral("Chorus2"), QStringLiteral("Chorus-Ensemble")},
        {QStringLiteral("Redux2"), QStringLiteral("Redux")},
        {QStringLiteral("DrumBuss"), QStringLiteral("Drum Buss")},
        {QStringLiteral("Hybrid"), QStringLiteral("Hybrid Reverb")},
        {QStringLiteral("MidiArpeggiator"), QStringLiteral("Arpeggiator")},
        {QStringLiteral("MidiChord"), QStringLiteral("Chord")},
        {QStringLiteral("MidiPitcher"), QStringLiteral("Pitch")},
        {QStringLiteral("MidiVelocity"), QStringLiteral("Velocity")},
        {QStringLiteral("MidiScale"), QStringLiteral("Scale")},
        {QStringLiteral("MidiRandom"), QStringLiteral("Random")},
        {QStringLiteral("MidiNoteLength"), QStringLiteral("Note Length")},
        {QStringLiteral("PluginDevice"), QStringLiteral("Plug-in")},
        {QStringLiteral("AuPluginDevice"), QStringLiteral("Audio Unit")},
        {QStringLiteral("MxDeviceAudioEffect"), QStringLiteral("Max Audio Effect")},
        {QStringLiteral("MxDeviceInstrument"), QStringLiteral("Max Instrument")},
        {QStringLiteral("MxDeviceMidiEffect"), QStringLiteral("Max MIDI Effect")},
    };
    return names.value(className, className);
}

Device::Format deviceFormat(const QString &className)
{
    if (className == QLatin1String("PluginDevice"))
        return Device::Format::Vst2;   // Vst3 when its PluginDesc says so
    if (className == QLatin1String("AuPluginDevice"))
        return Device::Format::AudioUnit;
    if (className.startsWith(QLatin1String("MxDevice")))
        return Device::Format::MaxForLive;
    return Device::Format::Native;
}

} // namespace musiaia::als::reader
