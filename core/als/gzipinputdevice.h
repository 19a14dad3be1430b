// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace musiaia::als {

// A read-only, sequential device that inflates a gzip stream from a source device as it is read,
// so that a 21 MB set never has to sit in memory as a whole. Input that does not start with the
// gzip magic is passed through unchanged (Live also opens uncompressed XML sets). Whatever the
// input, at most `maxOutputBytes` are produced: past that the device stops with TooLarge, so that a
// small "gzip bomb" cannot fill the memory of whoever reads from it.
//
// Errors never surface as a short read that looks like a clean end: readData() stops returning
// data and status() says why (a reader that sees a premature end asks the device first).
class GzipInputDevice final : public QIODevice
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        Truncated,     // the source ended inside the gzip stream
        Corrupt,       // zlib rejected the data (bad header, bad block, bad CRC)
        TooLarge,      // more than maxOutputBytes of output
        SourceError,   // reading the source device failed
    };

    // The source must be open for reading and outlive this device.
    explicit GzipInputDevice(QIODevice *source, qint64 maxOutputBytes, QObject *parent = nullptr);
    ~GzipInputDevice() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    void close() override;

    // True once the first bytes have been seen and were the gzip magic (1f 8b).
    bool isCompressed() const { return m_compressed; }
    Status status() const { return m_status; }
    // What went wrong, in words for a musician ("the gzip data is cut short").
    QString statusMessage() const;
    qint64 outputBytes() const { return m_produced; }
    qint64 maxOutputBytes() const { return m_maxOutput; }

    // Whether `head` (the first bytes of a file) starts a gzip stream.
    static bool hasGzipMagic(const QByteArray &head);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    bool fillInput();
    bool sniff();
    qint64 inflateInto(char *data, qint64 maxSize);
    qint64 passThrough(char *data, qint64 maxSize);
    void fail(Status status, const QString &detail = {});

    struct ZStream;
    QIODevice *m_source;
    std::unique_ptr<ZStream> m_zlib;
    QByteArray m_input;
    qint64 m_inputPos = 0;
    qint64 m_maxOutput;
    qint64 m_produced = 0;
    Status m_status = Status::Ok;
    QString m_detail;
    bool m_sniffed = false;
    bool m_compressed = false;
    bool m_finished = false;       // a clean end of data
};

} // namespace musiaia::als
