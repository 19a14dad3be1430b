// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzipinputdevice.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace musiaia::als {

namespace {
// Compressed bytes read from the source at a time. Large enough that zlib, not the source's
// read calls, dominates; small enough to stay in cache.
constexpr qint64 InputChunk = 64 * 1024;
}

struct GzipInputDevice::ZStream
{
    z_stream stream{};
    bool initialised = false;

    ~ZStream()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

GzipInputDevice::GzipInputDevice(QIODevice *source, qint64 maxOutputBytes, QObject *parent)
    : QIODevice(parent)
    , m_source(source)
    , m_zlib(std::make_unique<ZStream>())
    , m_maxOutput(maxOutputBytes)
{
}

GzipInputDevice::~GzipInputDevice() = default;

bool GzipInputDevice::hasGzipMagic(const QByteArray &head)
{
    return head.size() >= 2 && quint8(head.at(0)) == 0x1f && quint8(head.at(1)) == 0x8b;
}

bool GzipInputDevice::atEnd() const
{
    // Data may still sit in QIODevice's own buffer when the device is opened buffered.
    return !isOpen() || ((m_finished || m_status != Status::Ok) && QIODevice::bytesAvailable() == 0);
}

void GzipInputDevice::close()
{
    if (m_zlib->initialised) {
        inflateEnd(&m_zlib->stream);
        m_zlib->initialised = false;
    }
    QIODevice::close();
}

QString GzipInputDevice::statusMessage() const
{
    QString message;
    switch (m_status) {
    case Status::Ok:
        return {};
    case Status::Truncated:
        message = tr("the compressed data is cut short (the file is truncated)");
        break;
    case Status::Corrupt:
        message = tr("the compressed data is damaged");
        break;
    case Status::TooLarge:
        message = tr("it holds more than %1 MB of XML, more than any Live Set MusiaIA will read")
                      .arg(m_maxOutput / (1024 * 1024));
        break;
    case Status::SourceError:
        message = tr("it could not be read");
        break;
    }
    return m_detail.isEmpty() ? message : message + QStringLiteral(" (") + m_detail + QLatin1Char(')');
}

void GzipInputDevice::fail(Status status, const QString &detail)
{
    if (m_status != Status::Ok)
        return;
    m_status = status;
    m_detail = detail;
    setErrorString(statusMessage());
}

qint64 GzipInputDevice::writeData(const char *, qint64)
{
    return -1;
}

// Appends up to InputChunk bytes from the source to the unread input. False at the source's end.
bool GzipInputDevice::fillInput()
{
    if (m_inputPos > 0) {
        m_input.remove(0, m_inputPos);
        m_inputPos = 0;
    }
    const qsizetype kept = m_input.size();
    m_input.resize(kept + InputChunk);
    const qint64 got = m_source->read(m_input.data() + kept, InputChunk);
    if (got < 0) {
        m_input.resize(kept);
        fail(Status::SourceError, m_source->errorString());
        return false;
    }
    m_input.resize(kept + got);
    return got > 0;
}

bool GzipInputDevice::sniff()
{
    m_sniffed = true;
    while (m_input.size() < 2 && fillInput()) {
    }
    if (m_status != Status::Ok)
        return false;
    m_compressed = hasGzipMagic(m_input);
    if (!m_compressed)
        return true;
    // 16 + MAX_WBITS: a gzip wrapper, not zlib or raw deflate.
    if (inflateInit2(&m_zlib->stream, 16 + MAX_WBITS) != Z_OK) {
        fail(Status::Corrupt, tr("zlib could not start"));
        return false;
    }
    m_zlib->initialised = true;
    return true;
}

qint64 GzipInputDevice::readData(char *data, qint64 maxSize)
{
    if (m_status != Status::Ok || m_finished || maxSize <= 0)
        return 0;
    if (!m_sniffed && !sniff())
        return 0;
    const qint64 got = m_compressed ? inflateInto(data, maxSize) : passThrough(data, maxSize);
    if (got > 0)
        m_produced += got;
    if (m_produced > m_maxOutput) {
        fail(Status::TooLarge);
        return 0;
    }
    return got;
}

// One byte more than the cap is allowed through so that "exactly at the cap" and "over it" differ.
qint64 GzipInputDevice::passThrough(char *data, qint64 maxSize)
{
    maxSize = std::min(maxSize, m_maxOutput - m_produced + 1);
    qint64 copied = 0;
    const qint64 buffered = m_input.size() - m_inputPos;
    if (buffered > 0) {
        copied = std::min(buffered, maxSize);
        std::memcpy(data, m_input.constData() + m_inputPos, size_t(copied));
        m_inputPos += copied;
        if (copied == maxSize)
            return copied;
    }
    const qint64 got = m_source->read(data + copied, maxSize - copied);
    if (got < 0) {
        fail(Status::SourceError, m_source->errorString());
        return 0;
    }
    if (copied + got == 0)
        m_finished = true;
    return copied + got;
}

qint64 GzipInputDevice::inflateInto(char *data, qint64 maxSize)
{
    z_stream &zs = m_zlib->stream;
    const qint64 room = std::min({maxSize, m_maxOutput - m_produced + 1,
                                  qint64(std::numeric_limits<uInt>::max())});
    zs.next_out = reinterpret_cast<Bytef *>(data);
    zs.avail_out = uInt(room);

    while (zs.avail_out > 0) {
        if (m_inputPos >= m_input.size()) {
            if (!fillInput()) {
                if (m_status == Status::Ok)
                    fail(Status::Truncated);
                break;
            }
        }
        zs.next_in = reinterpret_cast<Bytef *>(m_input.data() + m_inputPos);
        zs.avail_in = uInt(m_input.size() - m_inputPos);
        const int rc = inflate(&zs, Z_NO_FLUSH);
        m_inputPos = m_input.size() - zs.avail_in;

        if (rc == Z_STREAM_END) {
            // Another gzip member may follow (gzip allows concatenation); anything else after the
            // end is ignored, as gzip itself does with trailing garbage.
            if (m_inputPos + 2 > m_input.size())
                fillInput();
            const QByteArray next = m_input.mid(m_inputPos, 2);
            if (m_status == Status::Ok && hasGzipMagic(next) && inflateReset(&zs) == Z_OK)
                continue;
            m_finished = true;
            break;
        }
        // Z_BUF_ERROR means no progress without more input, which the loop fetches; with input
        // left and room to write it cannot happen, and must not spin.
        if (rc == Z_OK || (rc == Z_BUF_ERROR && zs.avail_in == 0))
            continue;
        fail(Status::Corrupt, zs.msg ? QString::fromLatin1(zs.msg) : QString());
        break;
    }
    const qint64 produced = room - zs.avail_out;
    return m_status == Status::Ok || m_status == Status::TooLarge ? produced : 0;
}

} // namespace musiaia::als
