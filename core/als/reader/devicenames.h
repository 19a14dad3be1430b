// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"

namespace musiaia::als::reader {

// The name Live shows for one of its own devices, from the element name ("Eq8" -> "EQ Eight").
// Unknown classes come back unchanged.
QString deviceDisplayName(const QString &className);

// What kind of device an element is, before its PluginDesc (if any) is read.
Device::Format deviceFormat(const QString &className);

} // namespace musiaia::als::reader
