// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/gzipwritedevice.h"

#include <QByteArray>

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace musiaia::als {

namespace {
constexpr int OutputChunk = 64 * 1024;
constexpr int GzipWindowBits = MAX_WBITS + 16; // a gzip wrapper with zlib's plain header
constexpr int MemoryLevel = 8;
} // namespace

struct GzipWriteDevice::State
{
    z_stream stream{};
    QByteArray output = QByteArray(OutputChunk, Qt::Uninitialized);
    bool initialised = false;
    bool finished = false;
    bool failed = false;
};

GzipWriteDevice::GzipWriteDevice(QIODevice *target, int level, QObject *parent)
    : QIODevice(parent)
    , m_state(std::make_unique<State>())
    , m_target(target)
    , m_level(level)
{
}

GzipWriteDevice::~GzipWriteDevice()
{
    if (m_state->initialised)
        deflateEnd(&m_state->stream);
}

bool GzipWriteDevice::open(OpenMode mode)
{
    if ((mode & ReadOnly) || !(mode & WriteOnly)) {
        setErrorString(tr("A gzip writer can only be opened for writing"));
        return false;
    }
    if (!m_target || !m_target->isWritable()) {
        setErrorString(tr("The device to compress into is not open for writing"));
        return false;
    }
    if (m_state->initialised) {
        deflateEnd(&m_state->stream);
        *m_state = State();
    }
    if (deflateInit2(&m_state->stream, m_level, Z_DEFLATED, GzipWindowBits, MemoryLevel, Z_DEFAULT_STRATEGY)
        != Z_OK) {
        setErrorString(tr("Could not start the gzip compressor"));
        return false;
    }
    m_state->initialised = true;
    return QIODevice::open(WriteOnly | Unbuffered);
}

void GzipWriteDevice::close()
{
    if (isOpen())
        finish();
    QIODevice::close();
}

bool GzipWriteDevice::finish()
{
    if (!m_state->initialised || m_state->failed)
        return !m_state->failed && m_state->initialised;
    if (m_state->finished)
        return true;
    m_state->finished = deflateInto(nullptr, 0, Z_FINISH);
    return m_state->finished;
}

qint64 GzipWriteDevice::readData(char *, qint64)
{
    return -1;
}

qint64 GzipWriteDevice::writeData(const char *data, qint64 size)
{
    if (!m_state->initialised || m_state->failed || m_state->finished)
        return -1;
    return deflateInto(data, size, Z_NO_FLUSH) ? size : -1;
}

bool GzipWriteDevice::deflateInto(const char *data, qint64 size, int flush)
{
    z_stream &stream = m_state->stream;
    qint64 remaining = size;
    const char *next = data;
    do {
        // zlib counts in uInt: feed very large writes in slices.
        const auto slice = uInt(std::min<qint64>(remaining, std::numeric_limits<uInt>::max()));
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(next));
        stream.avail_in = slice;
        next += slice;
        remaining -= slice;
        const int sliceFlush = remaining > 0 ? Z_NO_FLUSH : flush;
        int status = Z_OK;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(m_state->output.data());
            stream.avail_out = uInt(m_state->output.size());
            status = deflate(&stream, sliceFlush);
            if (status == Z_STREAM_ERROR)
                return fail(tr("The gzip compressor failed"));
            const qint64 produced = m_state->output.size() - qint64(stream.avail_out);
            if (produced > 0 && m_target->write(m_state->output.constData(), produced) != produced) {
                return fail(m_target->errorString().isEmpty() ? tr("The device refused the data")
                                                               : m_target->errorString());
            }
        } while (stream.avail_out == 0 || (sliceFlush == Z_FINISH && status != Z_STREAM_END));
    } while (remaining > 0);
    return true;
}

bool GzipWriteDevice::fail(const QString &reason)
{
    m_state->failed = true;
    setErrorString(reason);
    return false;
}

} // namespace musiaia::als
