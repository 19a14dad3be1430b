// SPDX-License-Identifier: GPL-3.0-or-later
// The device chain inside a track: its devices and signal modulations.
#include "als/writer/setwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::als::writer {

// The model describes devices by class and name only, which is not enough to write a device Live
// can load (a stock Reverb alone has 53 children), so chains stay empty. Devices will come as
// subtrees taken from presets, pasted here with their pointee ids renumbered from takePointee().
void SetWriter::writeDeviceChain(const QList<Device> &devices)
{
    Q_UNUSED(devices)
    m_xml.begin(u"DeviceChain"_s);
    m_xml.empty(u"Devices"_s);
    m_xml.empty(u"SignalModulations"_s);
    m_xml.end();
}

} // namespace musiaia::als::writer
