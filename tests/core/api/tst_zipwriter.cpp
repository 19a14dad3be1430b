// SPDX-License-Identifier: GPL-3.0-or-later
// The ZIP writer, checked by an independent reader: Python's zipfile tests every entry's CRC and
// gives back the bytes, names and kinds that were written.
#include "api/zipwriter.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;

namespace {

// {"name": [size, sha-free checksum of contents as hex of the bytes' sum, is_dir]}, via zipfile.
QJsonObject readBack(const QString &zipPath, QString *error)
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty()) {
        *error = u"no python3"_s;
        return {};
    }
    QProcess process;
    process.start(python, {u"-c"_s,
                           u"import sys, json, zipfile, hashlib\n"
                           "z = zipfile.ZipFile(sys.argv[1])\n"
                           "bad = z.testzip()\n"
                           "assert bad is None, 'bad CRC in ' + bad\n"
                           "out = {}\n"
                           "for i in z.infolist():\n"
                           "    data = z.read(i)\n"
                           "    out[i.filename] = {'size': len(data), 'md5': hashlib.md5(data).hexdigest(),\n"
                           "                       'dir': i.is_dir(), 'method': i.compress_type}\n"
                           "print(json.dumps(out))\n"_s,
                           zipPath});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QString md5(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
}

} // namespace

class TestZipWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("deflate") << int(api::ZipWriter::Method::Deflate);
        QTest::newRow("store") << int(api::ZipWriter::Method::Store);
    }

    void roundTrip()
    {
        QFETCH(int, method);
        QTemporaryDir dir;
        QByteArray random(300'000, Qt::Uninitialized);
        QRandomGenerator generator(7);
        generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        const QByteArray text = QByteArray("kick snare hat ").repeated(20'000);   // compresses well
        const QString bigFile = dir.filePath(u"big.bin"_s);
        {
            QFile file(bigFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(random);
            file.write(text);
        }

        const QString zipPath = dir.filePath(u"out.zip"_s);
        QFile out(zipPath);
        QVERIFY(out.open(QIODevice::ReadWrite));
        api::ZipWriter zip(&out, api::ZipWriter::Method(method));
        QVERIFY_RESULT(zip.addDirectory(u"Song Project"_s, QDateTime::currentDateTime()));
        QVERIFY_RESULT(zip.addData(u"Song Project/notes.txt"_s, text));
        QVERIFY_RESULT(zip.addData(u"Song Project/empty.txt"_s, QByteArray()));
        QVERIFY_RESULT(zip.addData(u"Song Project/Canción Ñ.txt"_s, "acentos"));
        QVERIFY_RESULT(zip.addFile(u"Song Project/Samples/big.bin"_s, bigFile));
        QCOMPARE(zip.addData(u"../escape.txt"_s, "x").errorCode(), ErrorCode::InvalidArgument);
        QCOMPARE(zip.addData(u"/abs.txt"_s, "x").errorCode(), ErrorCode::InvalidArgument);
        QCOMPARE(zip.addData(u"a/./b.txt"_s, "x").errorCode(), ErrorCode::InvalidArgument);
        QCOMPARE(zip.addFile(u"Song Project/missing"_s, dir.filePath(u"missing"_s)).errorCode(), ErrorCode::Io);
        QVERIFY_RESULT(zip.finish());
        out.close();
        if (method == int(api::ZipWriter::Method::Deflate))
            QVERIFY(QFileInfo(zipPath).size() < random.size() + text.size());

        QString error;
        const QJsonObject entries = readBack(zipPath, &error);
        if (error == u"no python3"_s)
            QSKIP("python3 is needed to read the archive back");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entries.size(), 5);
        QVERIFY(entries.value(u"Song Project/"_s).toObject().value(u"dir"_s).toBool());
        QCOMPARE(entries.value(u"Song Project/notes.txt"_s).toObject().value(u"md5"_s).toString(), md5(text));
        QCOMPARE(entries.value(u"Song Project/empty.txt"_s).toObject().value(u"size"_s).toInt(), 0);
        QCOMPARE(entries.value(u"Song Project/Canción Ñ.txt"_s).toObject().value(u"md5"_s).toString(), md5("acentos"));
        QCOMPARE(entries.value(u"Song Project/Samples/big.bin"_s).toObject().value(u"md5"_s).toString(), md5(random + text));
        QCOMPARE(entries.value(u"Song Project/Samples/big.bin"_s).toObject().value(u"method"_s).toInt(),
                 method == int(api::ZipWriter::Method::Deflate) ? 8 : 0);
    }

    void folderWithoutLinks()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"Song Project"_s);
        QVERIFY(QDir().mkpath(folder + u"/Samples/Imported"_s));
        QVERIFY(QDir().mkpath(folder + u"/Ableton Project Info"_s));
        auto write = [](const QString &path, const QByteArray &data) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        };
        write(folder + u"/Song.als"_s, "set");
        write(folder + u"/Samples/Imported/kick.wav"_s, "RIFF....WAVE");
        write(dir.filePath(u"outside.txt"_s), "private");
        QVERIFY(QFile::link(dir.filePath(u"outside.txt"_s), folder + u"/link.txt"_s));
        QVERIFY(QFile::link(dir.path(), folder + u"/linked-folder"_s));

        const QString zipPath = dir.filePath(u"song.zip"_s);
        QFile out(zipPath);
        QVERIFY(out.open(QIODevice::ReadWrite));
        QVERIFY_RESULT(api::zipFolder(folder, u"Song Project"_s, &out));
        out.close();
        QString error;
        const QJsonObject entries = readBack(zipPath, &error);
        if (error == u"no python3"_s)
            QSKIP("python3 is needed to read the archive back");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList names = entries.keys();
        QVERIFY(names.contains(u"Song Project/Song.als"_s));
        QVERIFY(names.contains(u"Song Project/Samples/Imported/kick.wav"_s));
        QVERIFY(names.contains(u"Song Project/Ableton Project Info/"_s));
        for (const QString &name : names)
            QVERIFY2(!name.contains(u"link"_s) && !name.contains(u"outside"_s), qPrintable(name));

        QFile again(dir.filePath(u"none.zip"_s));
        QVERIFY(again.open(QIODevice::ReadWrite));
        QCOMPARE(api::zipFolder(dir.filePath(u"nope"_s), u"x"_s, &again).errorCode(), ErrorCode::NotFound);
    }
};

QTEST_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
