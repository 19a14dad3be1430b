// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/sampletypes.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>

namespace musiaia::library {

struct ScannedFile
{
    QString path;
    QString relativeDir;    // '/'-separated, empty at the root
    QStringList folders;    // the root's own name, then each folder down to the file
    qint64 size = 0;
    qint64 mtimeMs = 0;
};

struct FolderScan
{
    QList<ScannedFile> audio;                 // in path order
    QMap<QString, int> skippedByExtension;    // "txt" -> 3, "" for files without one
    int hidden = 0;                           // dot files (".DS_Store", "._kick.wav")
    QList<FileProblemReport> problems;        // unreadable folders, symlink loops, broken links
    bool cancelled = false;
};

// The extensions the importer reads (WAV, AIFF, FLAC, OGG, MP3), lower case.
bool isAudioExtension(const QString &suffix);

// Walks `root` recursively. Symbolic links are followed, except into a folder already being
// walked (a loop, reported once); folders that cannot be opened are reported and skipped.
FolderScan scanFolder(const QString &root, const std::atomic_bool *cancel = nullptr);

// A fast fingerprint of a file's content: SHA-1 over its size and its first, middle and last
// 64 KiB (the whole file when it is smaller). Sample files differ near their start, and their
// length changes with any edit, so this recognises a moved file without reading all of a long one.
// Empty when the file cannot be read.
QString contentFingerprint(const QString &path, qint64 size);

} // namespace musiaia::library
