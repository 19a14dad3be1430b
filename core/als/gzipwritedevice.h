// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

#include <memory>

namespace musiaia::als {

// A write-only device that deflates what it is given into a gzip member on another device, as Live
// writes a .als: one member, no file name, mtime 0. The target must be open for writing and must
// outlive this device. finish() (or close()) writes the trailer; check finish()'s result, since a
// failing target is only known then for the last block.
class GzipWriteDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit GzipWriteDevice(QIODevice *target, int level = -1, QObject *parent = nullptr);
    ~GzipWriteDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }

    // Flushes the compressor and writes the gzip trailer. False when the target failed; the reason
    // is in errorString(). Safe to call twice.
    bool finish();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool deflateInto(const char *data, qint64 size, int flush);
    bool fail(const QString &reason);

    struct State;
    std::unique_ptr<State> m_state;
    QIODevice *m_target;
    int m_level;
};

} // namespace musiaia::als
