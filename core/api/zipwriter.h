// SPDX-License-Identifier: GPL-3.0-or-later
// A small ZIP writer (PKWARE APPNOTE 6.3: stored or deflated entries, UTF-8 names, no ZIP64), for
// handing a project folder to another program in one download.
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>

class QIODevice;

namespace musiaia::api {

class ZipWriter
{
public:
    enum class Method { Store, Deflate };

    // `out` must be open for writing and seekable (a file): each entry's sizes and CRC are written
    // into its local header once its data is through.
    explicit ZipWriter(QIODevice *out, Method method = Method::Deflate);

    // `archiveName` is '/'-separated and relative ("Song Project/Song.als").
    Result<void> addFile(const QString &archiveName, const QString &filePath,
                         const std::atomic_bool *cancel = nullptr);
    Result<void> addData(const QString &archiveName, const QByteArray &data,
                         const QDateTime &modified = QDateTime::currentDateTime());
    Result<void> addDirectory(const QString &archiveName, const QDateTime &modified);
    // Writes the central directory. Nothing can be added afterwards.
    Result<void> finish();

    int entryCount() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QByteArray name;
        quint16 method = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 headerOffset = 0;
        bool directory = false;
    };

    Result<Entry> beginEntry(const QString &archiveName, const QDateTime &modified, bool directory);
    Result<void> endEntry(Entry &entry);
    Result<void> writeBytes(const char *data, qint64 size);
    Result<void> checkName(const QString &archiveName) const;

    QIODevice *m_out;
    Method m_method;
    QList<Entry> m_entries;
    bool m_finished = false;
};

// Zips the folder tree `folder` into `out`, every entry below `rootName/` ("Song Project/...").
// Only regular files and folders are taken: symbolic links are left out, so that nothing outside
// the folder can end up in the archive.
Result<void> zipFolder(const QString &folder, const QString &rootName, QIODevice *out,
                       ZipWriter::Method method = ZipWriter::Method::Deflate,
                       const std::atomic_bool *cancel = nullptr);

} // namespace musiaia::api
