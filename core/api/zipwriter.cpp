// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {
namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndOfCentralSignature = 0x06054b50;
constexpr quint16 VersionNeeded = 20;                 // 2.0: deflate, folders
constexpr quint16 VersionMadeBy = (3 << 8) | 30;      // Unix, APPNOTE 3.0
constexpr quint16 Utf8NameFlag = 1 << 11;
constexpr qint64 ChunkSize = 64 * 1024;
constexpr qint64 MaxZip32 = std::numeric_limits<quint32>::max();

void put16(QByteArray &to, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    to.append(bytes, 2);
}

void put32(QByteArray &to, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    to.append(bytes, 4);
}

// MS-DOS time: 2-second resolution, years from 1980.
void dosDateTime(const QDateTime &when, quint16 *time, quint16 *date)
{
    QDateTime local = when.isValid() ? when.toLocalTime() : QDateTime::currentDateTime();
    if (local.date().year() < 1980)
        local = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    const QDate d = local.date();
    const QTime t = local.time();
    *time = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    *date = quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
}

class Deflater
{
public:
    Deflater() { m_ok = deflateInit2(&m_stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                                     Z_DEFAULT_STRATEGY) == Z_OK; }
    ~Deflater() { deflateEnd(&m_stream); }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    bool isOk() const { return m_ok; }

    // Compresses `input` (finishing the stream when `last`) and appends the output to `out`.
    bool run(const char *input, qint64 size, bool last, QByteArray *out)
    {
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input));
        m_stream.avail_in = uInt(size);
        char buffer[ChunkSize];
        int status = Z_OK;
        do {
            m_stream.next_out = reinterpret_cast<Bytef *>(buffer);
            m_stream.avail_out = uInt(sizeof buffer);
            status = deflate(&m_stream, last ? Z_FINISH : Z_NO_FLUSH);
            if (status == Z_STREAM_ERROR)
                return false;
            out->append(buffer, qsizetype(sizeof buffer - m_stream.avail_out));
        } while (m_stream.avail_out == 0 || (last && status != Z_STREAM_END));
        return true;
    }

private:
    z_stream m_stream{};
    bool m_ok = false;
};

} // namespace

ZipWriter::ZipWriter(QIODevice *out, Method method)
    : m_out(out)
    , m_method(method)
{
}

Result<void> ZipWriter::writeBytes(const char *data, qint64 size)
{
    if (m_out->write(data, size) != size)
        return makeError(ErrorCode::Io, u"cannot write the archive: %1"_s.arg(m_out->errorString()));
    if (m_out->pos() > MaxZip32)
        return makeError(ErrorCode::TooLarge, u"the archive would be larger than 4 GiB"_s);
    return {};
}

Result<void> ZipWriter::checkName(const QString &archiveName) const
{
    if (m_finished)
        return makeError(ErrorCode::InvalidArgument, u"the archive is already finished"_s);
    const QStringList parts = archiveName.split(u'/', Qt::SkipEmptyParts);
    if (archiveName.isEmpty() || archiveName.startsWith(u'/') || archiveName.contains(u'\\')
        || parts.contains(u".."_s) || parts.contains(u"."_s))
        return makeError(ErrorCode::InvalidArgument, u"not a relative archive name: %1"_s.arg(archiveName));
    if (m_entries.size() >= 0xFFFF)
        return makeError(ErrorCode::TooLarge, u"too many files for one archive"_s);
    return {};
}

Result<ZipWriter::Entry> ZipWriter::beginEntry(const QString &archiveName, const QDateTime &modified,
                                               bool directory)
{
    if (auto checked = checkName(archiveName); !checked)
        return checked.error();
    Entry entry;
    entry.name = archiveName.toUtf8();
    if (directory && !entry.name.endsWith('/'))
        entry.name.append('/');
    entry.directory = directory;
    entry.method = (directory || m_method == Method::Store) ? 0 : 8;
    dosDateTime(modified, &entry.dosTime, &entry.dosDate);
    entry.headerOffset = quint32(m_out->pos());

    QByteArray header;
    put32(header, LocalHeaderSignature);
    put16(header, VersionNeeded);
    put16(header, Utf8NameFlag);
    put16(header, entry.method);
    put16(header, entry.dosTime);
    put16(header, entry.dosDate);
    put32(header, 0);   // CRC and sizes: filled in by endEntry()
    put32(header, 0);
    put32(header, 0);
    put16(header, quint16(entry.name.size()));
    put16(header, 0);
    header.append(entry.name);
    if (auto written = writeBytes(header.constData(), header.size()); !written)
        return written.error();
    return entry;
}

Result<void> ZipWriter::endEntry(Entry &entry)
{
    const qint64 end = m_out->pos();
    QByteArray sizes;
    put32(sizes, entry.crc);
    put32(sizes, entry.compressedSize);
    put32(sizes, entry.size);
    if (!m_out->seek(entry.headerOffset + 14))
        return makeError(ErrorCode::Io, u"the archive's device cannot seek"_s);
    if (auto written = writeBytes(sizes.constData(), sizes.size()); !written)
        return written;
    if (!m_out->seek(end))
        return makeError(ErrorCode::Io, u"the archive's device cannot seek"_s);
    m_entries.append(entry);
    return {};
}

Result<void> ZipWriter::addDirectory(const QString &archiveName, const QDateTime &modified)
{
    auto entry = beginEntry(archiveName, modified, true);
    if (!entry)
        return entry.error();
    return endEntry(*entry);
}

Result<void> ZipWriter::addData(const QString &archiveName, const QByteArray &data, const QDateTime &modified)
{
    if (data.size() > MaxZip32)
        return makeError(ErrorCode::TooLarge, u"%1 is larger than 4 GiB"_s.arg(archiveName));
    auto entry = beginEntry(archiveName, modified, false);
    if (!entry)
        return entry.error();
    entry->crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    entry->size = quint32(data.size());
    QByteArray payload;
    if (entry->method == 8) {
        Deflater deflater;
        if (!deflater.isOk() || !deflater.run(data.constData(), data.size(), true, &payload))
            return makeError(ErrorCode::Unknown, u"zlib could not compress %1"_s.arg(archiveName));
    } else {
        payload = data;
    }
    entry->compressedSize = quint32(payload.size());
    if (auto written = writeBytes(payload.constData(), payload.size()); !written)
        return written;
    return endEntry(*entry);
}

Result<void> ZipWriter::addFile(const QString &archiveName, const QString &filePath, const std::atomic_bool *cancel)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, u"cannot read %1: %2"_s.arg(filePath, file.errorString()));
    if (file.size() > MaxZip32)
        return makeError(ErrorCode::TooLarge, u"%1 is larger than 4 GiB"_s.arg(filePath));
    auto entry = beginEntry(archiveName, QFileInfo(file).lastModified(), false);
    if (!entry)
        return entry.error();

    Deflater deflater;
    if (entry->method == 8 && !deflater.isOk())
        return makeError(ErrorCode::Unknown, u"zlib could not start"_s);
    uLong crc = crc32(0, nullptr, 0);
    qint64 total = 0;
    qint64 compressed = 0;
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    QByteArray output;
    for (;;) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled, u"cancelled"_s);
        const qint64 got = file.read(chunk.data(), chunk.size());
        if (got < 0)
            return makeError(ErrorCode::Io, u"cannot read %1: %2"_s.arg(filePath, file.errorString()));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(got));
        total += got;
        const bool last = got == 0 || file.atEnd();
        output.clear();
        if (entry->method == 8) {
            if (!deflater.run(chunk.constData(), got, last, &output))
                return makeError(ErrorCode::Unknown, u"zlib could not compress %1"_s.arg(filePath));
        } else {
            output = chunk.left(got);
        }
        compressed += output.size();
        if (auto written = writeBytes(output.constData(), output.size()); !written)
            return written;
        if (last)
            break;
    }
    if (total > MaxZip32 || compressed > MaxZip32)
        return makeError(ErrorCode::TooLarge, u"%1 is larger than 4 GiB"_s.arg(filePath));
    entry->crc = quint32(crc);
    entry->size = quint32(total);
    entry->compressedSize = quint32(compressed);
    return endEntry(*entry);
}

Result<void> ZipWriter::finish()
{
    if (m_finished)
        return {};
    const qint64 centralStart = m_out->pos();
    QByteArray central;
    for (const Entry &entry : std::as_const(m_entries)) {
        put32(central, CentralHeaderSignature);
        put16(central, VersionMadeBy);
        put16(central, VersionNeeded);
        put16(central, Utf8NameFlag);
        put16(central, entry.method);
        put16(central, entry.dosTime);
        put16(central, entry.dosDate);
        put32(central, entry.crc);
        put32(central, entry.compressedSize);
        put32(central, entry.size);
        put16(central, quint16(entry.name.size()));
        put16(central, 0);   // extra
        put16(central, 0);   // comment
        put16(central, 0);   // disk
        put16(central, 0);   // internal attributes
        // Unix mode in the high half (rwxr-xr-x folders, rw-r--r-- files), MS-DOS folder bit.
        put32(central, entry.directory ? ((040755u << 16) | 0x10) : (0100644u << 16));
        put32(central, entry.headerOffset);
        central.append(entry.name);
    }
    if (auto written = writeBytes(central.constData(), central.size()); !written)
        return written;
    QByteArray end;
    put32(end, EndOfCentralSignature);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(central.size()));
    put32(end, quint32(centralStart));
    put16(end, 0);
    if (auto written = writeBytes(end.constData(), end.size()); !written)
        return written;
    m_finished = true;
    return {};
}

Result<void> zipFolder(const QString &folder, const QString &rootName, QIODevice *out, ZipWriter::Method method,
                       const std::atomic_bool *cancel)
{
    const QFileInfo rootInfo(folder);
    if (!rootInfo.isDir() || rootInfo.isSymLink())
        return makeError(ErrorCode::NotFound, u"%1 is not a folder"_s.arg(folder));
    ZipWriter zip(out, method);
    const QDir root(folder);
    if (auto added = zip.addDirectory(rootName, rootInfo.lastModified()); !added)
        return added;
    // Sorted, so that the same folder always gives the same archive.
    QStringList paths;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(path);
        if (info.isSymLink())
            continue;
        const QString name = rootName + u'/' + root.relativeFilePath(path);
        Result<void> added = info.isDir() ? zip.addDirectory(name, info.lastModified())
                             : info.isFile() ? zip.addFile(name, path, cancel)
                                             : Result<void>();
        if (!added)
            return added;
    }
    return zip.finish();
}

} // namespace musiaia::api
