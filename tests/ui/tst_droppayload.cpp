// SPDX-License-Identifier: GPL-3.0-or-later
#include "droppayload.h"

#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using musiaia::gui::dropPayload;

class TestDropPayload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QStringList>("names");   // relative to a temporary folder; "/" = a folder
        QTest::addColumn<int>("sets");
        QTest::addColumn<int>("folders");
        QTest::newRow("one set") << QStringList{u"Song.als"_s} << 1 << 0;
        QTest::newRow("upper-case suffix") << QStringList{u"SONG.ALS"_s} << 1 << 0;
        QTest::newRow("a folder") << QStringList{u"Kicks/"_s} << 0 << 1;
        QTest::newRow("both") << QStringList{u"a.als"_s, u"Loops/"_s, u"b.als"_s} << 2 << 1;
        QTest::newRow("other files") << QStringList{u"kick.wav"_s, u"notes.txt"_s, u"song.als.bak"_s} << 0 << 0;
        QTest::newRow("missing file") << QStringList{u"!gone.als"_s} << 0 << 0;
    }

    void classifies()
    {
        QFETCH(QStringList, names);
        QFETCH(int, sets);
        QFETCH(int, folders);
        QTemporaryDir dir;
        QList<QUrl> urls;
        for (const QString &name : std::as_const(names)) {
            if (name.startsWith(u'!')) {
                urls << QUrl::fromLocalFile(dir.filePath(name.mid(1)));
                continue;
            }
            const QString path = dir.filePath(name);
            if (name.endsWith(u'/')) {
                QVERIFY(QDir().mkpath(path));
            } else {
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly));
            }
            urls << QUrl::fromLocalFile(path);
        }
        urls << QUrl(u"https://example.org/remote.als"_s);
        QMimeData mime;
        mime.setUrls(urls);
        const auto payload = dropPayload(&mime);
        QCOMPARE(payload.liveSets.size(), sets);
        QCOMPARE(payload.folders.size(), folders);
        QCOMPARE(payload.isEmpty(), sets + folders == 0);
    }

    void noUrls_isEmpty()
    {
        QMimeData text;
        text.setText(u"/tmp/song.als"_s);
        QVERIFY(dropPayload(&text).isEmpty());
        QVERIFY(dropPayload(nullptr).isEmpty());
    }
};

QTEST_MAIN(TestDropPayload)
#include "tst_droppayload.moc"
