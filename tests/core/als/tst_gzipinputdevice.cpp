// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/gzipinputdevice.h"

#include "gziptestutil.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using musiaia::als::GzipInputDevice;
using Status = GzipInputDevice::Status;

namespace {

QByteArray sampleText(int bytes)
{
    QByteArray text;
    text.reserve(bytes);
    for (int i = 0; text.size() < bytes; ++i)
        text += "<Event Time=\"" + QByteArray::number(i) + "\" Value=\"" + QByteArray::number(i * 7 % 127) + "\" />\n";
    text.truncate(bytes);
    return text;
}

// Reads everything through the device in small, uneven pieces.
QByteArray drain(GzipInputDevice &device)
{
    QByteArray out;
    char buffer[777];
    while (!device.atEnd()) {
        const qint64 got = device.read(buffer, sizeof buffer);
        if (got <= 0)
            break;
        out.append(buffer, got);
    }
    return out;
}

} // namespace

class TestGzipInputDevice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inflates_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<bool>("compress");
        QTest::newRow("small gzip") << sampleText(100) << true;
        QTest::newRow("1 MB gzip") << sampleText(1 << 20) << true;
        QTest::newRow("plain passes through") << sampleText(200000) << false;
        QTest::newRow("empty gzip member") << QByteArray() << true;
    }

    void inflates()
    {
        QFETCH(QByteArray, plain);
        QFETCH(bool, compress);
        QByteArray input = compress ? musiaia::test::gzip(plain) : plain;
        QBuffer source(&input);
        QVERIFY(source.open(QIODevice::ReadOnly));
        GzipInputDevice device(&source, 64 << 20);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QCOMPARE(drain(device), plain);
        QCOMPARE(device.status(), Status::Ok);
        QCOMPARE(device.isCompressed(), compress && !input.isEmpty());
        QCOMPARE(device.outputBytes(), plain.size());
    }

    void concatenatedMembers()
    {
        QByteArray input = musiaia::test::gzip("first ") + musiaia::test::gzip("second");
        QBuffer source(&input);
        QVERIFY(source.open(QIODevice::ReadOnly));
        GzipInputDevice device(&source, 1024);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QCOMPARE(drain(device), QByteArray("first second"));
        QCOMPARE(device.status(), Status::Ok);
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<int>("status");

        const QByteArray text = sampleText(300000);
        const QByteArray packed = musiaia::test::gzip(text);
        QTest::newRow("truncated in the middle") << packed.left(packed.size() / 2) << qint64(1 << 20) << int(Status::Truncated);
        QTest::newRow("truncated in the trailer") << packed.left(packed.size() - 3) << qint64(1 << 20) << int(Status::Truncated);
        QTest::newRow("header only") << packed.left(10) << qint64(1 << 20) << int(Status::Truncated);
        QByteArray flipped = packed;
        for (qsizetype i = 20; i < flipped.size() - 20; i += 97)
            flipped[i] = char(~flipped.at(i));
        QTest::newRow("damaged blocks") << flipped << qint64(1 << 20) << int(Status::Corrupt);
        QByteArray badCrc = packed;
        badCrc[badCrc.size() - 6] = char(~badCrc.at(badCrc.size() - 6));
        QTest::newRow("bad CRC") << badCrc << qint64(1 << 20) << int(Status::Corrupt);
        QByteArray badMethod = packed;
        badMethod[2] = 7;   // compression method: only 8 (deflate) exists
        QTest::newRow("bad header") << badMethod << qint64(1 << 20) << int(Status::Corrupt);
        QTest::newRow("over the cap, gzip") << packed << qint64(100000) << int(Status::TooLarge);
        QTest::newRow("over the cap, plain") << text << qint64(100000) << int(Status::TooLarge);
        // A bomb: 64 MB of zeros packs into about 64 KB; the cap stops it after 1 MB.
        QTest::newRow("gzip bomb") << musiaia::test::gzip(QByteArray(64 << 20, '\0'), 9) << qint64(1 << 20)
                                   << int(Status::TooLarge);
    }

    void failures()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, cap);
        QFETCH(int, status);
        QBuffer source(&input);
        QVERIFY(source.open(QIODevice::ReadOnly));
        GzipInputDevice device(&source, cap);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const QByteArray out = drain(device);
        QCOMPARE(int(device.status()), status);
        QVERIFY(out.size() <= cap);
        QVERIFY(device.atEnd());
        QVERIFY(!device.statusMessage().isEmpty());
        // Once failed, it stays failed.
        char byte;
        QCOMPARE(device.read(&byte, 1), qint64(0));
    }

    void exactlyAtTheCap()
    {
        const QByteArray text = sampleText(5000);
        QByteArray input = musiaia::test::gzip(text);
        QBuffer source(&input);
        QVERIFY(source.open(QIODevice::ReadOnly));
        GzipInputDevice device(&source, text.size());
        QVERIFY(device.open(QIODevice::ReadOnly));
        QCOMPARE(drain(device), text);
        QCOMPARE(device.status(), Status::Ok);
    }

    void randomNoiseNeverHangs()
    {
        QRandomGenerator random(1234);
        for (int round = 0; round < 200; ++round) {
            QByteArray input(int(random.bounded(1, 4096)), Qt::Uninitialized);
            for (char &c : input)
                c = char(random.bounded(256));
            input[0] = char(0x1f);
            input[1] = char(0x8b);
            QBuffer source(&input);
            QVERIFY(source.open(QIODevice::ReadOnly));
            GzipInputDevice device(&source, 1 << 20);
            QVERIFY(device.open(QIODevice::ReadOnly));
            drain(device);
            QVERIFY(device.atEnd());
        }
    }
};

QTEST_GUILESS_MAIN(TestGzipInputDevice)
#include "tst_gzipinputdevice.moc"
