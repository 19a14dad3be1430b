// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/alswriter.h"

#include "als/gzipwritedevice.h"
#include "als/writer/preparedset.h"
#include "als/writer/setwriter.h"
#include "als/writer/xmlout.h"
#include "common/logging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::als {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("musiaia::als::LiveSetWriter", text);
}

QString schemaName(SchemaVersion schema)
{
    return schema == SchemaVersion::Live12 ? u"12"_s : u"11"_s;
}

// Writes the XML document of a prepared set into `device`.
Result<void> writeXml(const writer::PreparedSet &prepared, SchemaVersion schema, QIODevice *device)
{
    // First pass without a device: learn how many pointee ids the set needs, since
    // NextPointeeId comes first in the file and must be above all of them.
    int nextPointeeId = 0;
    {
        writer::XmlOut counting(nullptr);
        writer::SetWriter pass(prepared, schema, counting, 0);
        pass.writeDocument();
        nextPointeeId = pass.pointeeIdsEnd();
    }
    writer::XmlOut xml(device);
    writer::SetWriter pass(prepared, schema, xml, nextPointeeId);
    pass.writeDocument();
    if (xml.failed()) {
        const QString reason = xml.errorString();
        return makeError(ErrorCode::Io, reason.isEmpty() ? tr("the device refused the data") : reason);
    }
    return {};
}

Result<void> writeTo(const writer::PreparedSet &prepared, QIODevice *device, const WriteOptions &options)
{
    if (!options.compress)
        return writeXml(prepared, options.schema, device);
    GzipWriteDevice gzip(device, std::clamp(options.compressionLevel, 1, 9));
    if (!gzip.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, gzip.errorString());
    if (auto written = writeXml(prepared, options.schema, &gzip); !written)
        return written;
    if (!gzip.finish())
        return makeError(ErrorCode::Io, gzip.errorString());
    return {};
}

} // namespace

Result<void> writeLiveSet(const LiveSet &set, QIODevice *device, const WriteOptions &options)
{
    if (!device || !device->isWritable())
        return makeError(ErrorCode::InvalidArgument, tr("Could not write the Live Set: the device is not open for writing"));
    auto prepared = writer::prepareSet(set, options.schema);
    if (!prepared)
        return makeError(prepared.errorCode(), tr("Could not write the Live Set: %1").arg(prepared.errorMessage()));
    if (auto written = writeTo(*prepared, device, options); !written)
        return makeError(written.errorCode(), tr("Could not write the Live Set: %1").arg(written.errorMessage()));
    return {};
}

Result<void> writeLiveSet(const LiveSet &set, const QString &path, const WriteOptions &options)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    auto prepared = writer::prepareSet(set, options.schema);
    if (!prepared) {
        return makeError(prepared.errorCode(),
                         tr("Could not write the Live Set “%1”: %2").arg(shownPath, prepared.errorMessage()));
    }
    QElapsedTimer timer;
    timer.start();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io, tr("Could not write the Live Set “%1”: %2").arg(shownPath, file.errorString()));
    }
    auto written = writeTo(*prepared, &file, options);
    if (written && !file.commit())
        written = makeError(ErrorCode::Io, file.errorString());
    if (!written) {
        file.cancelWriting();
        return makeError(written.errorCode(),
                         tr("Could not write the Live Set “%1”: %2").arg(shownPath, written.errorMessage()));
    }
    logging::event(lcAls(), u"Live Set written"_s,
                   {{u"path"_s, path},
                    {u"schema"_s, schemaName(options.schema)},
                    {u"tracks"_s, int(set.tracks.size())},
                    {u"ms"_s, double(timer.nsecsElapsed()) / 1e6}});
    return {};
}

Result<LiveSet> normalizedForWriting(const LiveSet &set, SchemaVersion schema)
{
    auto prepared = writer::prepareSet(set, schema);
    if (!prepared)
        return prepared.error();
    return std::move(prepared->set);
}

Result<QByteArray> liveSetXml(const LiveSet &set, SchemaVersion schema)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    WriteOptions options;
    options.schema = schema;
    options.compress = false;
    if (auto written = writeLiveSet(set, &buffer, options); !written)
        return written.error();
    return bytes;
}

} // namespace musiaia::als
