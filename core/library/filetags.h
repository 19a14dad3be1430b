// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/evidence.h"

#include <QString>

namespace musiaia::library {

// Metadata written into the file by a DJ tool or a sample shop (ID3, RIFF INFO, Vorbis comments),
// read with TagLib.
struct FileTags
{
    QString title;
    QString artist;
    QString genre;
    QString comment;
    QString bpm;       // as written: "124", "124.00"
    QString key;       // as written: "Am", "8A", "A minor"
};

FileTags readFileTags(const QString &path);

// The evidence the tags give (Source::Tag): tempo and key when they parse, genre and comment.
QList<Evidence> tagEvidence(const FileTags &tags);

} // namespace musiaia::library
