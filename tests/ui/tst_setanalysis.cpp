// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/alsreader.h"
#include "als/alswriter.h"
#include "als/setreport.h"
#include "analysis/setreportview.h"
#include "analysis/setreportwindow.h"
#include "language.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "theme.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using gui::MainWindow;
using gui::SetReportWindow;
using test::TestContext;

namespace {

void drop(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    // Qt delivers a drop to the widget that accepted the drag's entry.
    QDragEnterEvent enter(target->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent event(target->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &event);
    QVERIFY(event.isAccepted());
}

// A set with a MIDI track and an audio clip whose sample is not on this computer.
QString writeSetWithMissingSample(const QString &dir)
{
    als::LiveSet set;
    set.tempo = 126;
    set.locators = {{0, u"Intro"_s}, {16, u"Drop"_s}};
    als::Track midi;
    midi.name = u"Chords"_s;
    als::Clip clip;
    clip.length = 32;
    clip.loop.end = 32;
    clip.notes = {als::MidiNote{}};
    midi.arrangementClips = {clip};
    als::Track audio;
    audio.type = als::Track::Type::Audio;
    audio.name = u"Vocal"_s;
    als::Clip vocal;
    vocal.kind = als::Clip::Kind::Audio;
    vocal.time = 16;
    vocal.length = 16;
    vocal.loop.end = 16;
    als::AudioContent content;
    content.sample.absolutePath = u"/nowhere/at/all/vocal-take.wav"_s;
    content.sample.frames = 44100 * 8;
    vocal.audio = content;
    audio.arrangementClips = {vocal};
    set.tracks = {midi, audio};
    const QString path = QDir(dir).filePath(u"Missing Vocal.als"_s);
    const Result<void> written = als::writeLiveSet(set, path);
    if (!written)
        qFatal("%s", qPrintable(written.errorMessage()));
    return path;
}

} // namespace

class TestSetAnalysis final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareGuiTestCase();
    }

    void droppingASet_showsItsReport_withTheMissingSample()
    {
        TestContext context;
        const QString path = writeSetWithMissingSample(context.dir.path());
        MainWindow window(*context);
        window.show();
        QSignalSpy analysed(&window, &MainWindow::setAnalysed);
        drop(&window, path);
        QTRY_COMPARE(analysed.count(), 1);
        auto *report = window.findChild<SetReportWindow *>();
        QVERIFY(report);
        QVERIFY(report->isVisible());
        gui::SetReportView *view = report->view();
        QCOMPARE(view->tracks()->topLevelItemCount(), 2);
        QCOMPARE(view->tracks()->topLevelItem(1)->text(0), u"Vocal"_s);
        QCOMPARE(view->samples()->topLevelItemCount(), 1);
        QCOMPARE(view->samples()->topLevelItem(0)->text(2), u"Missing"_s);
        QVERIFY(!view->warnings()->isHidden());
        const QList<QLabel *> warnings = view->warnings()->findChildren<QLabel *>();
        QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(),
                            [](QLabel *label) { return label->text().contains(u"missing"_s, Qt::CaseInsensitive); }));
        report->close();
        QTRY_VERIFY(!window.findChild<SetReportWindow *>());
    }

    void inSpanish_coresWordsAreSpanishToo()
    {
        // Core's messages come through its own tr() helpers, whose contexts differ from the ones
        // lupdate files them under: the report's warning and the reader's errors must still be
        // Spanish in a Spanish interface.
        TestContext context;
        gui::language::apply(store::UiLanguage::Spanish);
        const QString path = writeSetWithMissingSample(context.dir.path());
        const Result<als::LiveSet> set = als::readLiveSet(path);
        QVERIFY_RESULT(set);
        const als::SetReport report = als::buildSetReport(*set, path);
        QVERIFY(!report.warnings.isEmpty());
        QVERIFY2(report.warnings.first().message.contains(u"No se encuentra"_s), qPrintable(report.warnings.first().message));

        const Result<als::LiveSet> missing = als::readLiveSet(context.dir.filePath(u"nowhere.als"_s));
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(u"no existe"_s), qPrintable(missing.errorMessage()));
        const QString notASet = context.dir.filePath(u"notes.als"_s);
        QFile file(notASet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?><Notes/>");
        file.close();
        const Result<als::LiveSet> notes = als::readLiveSet(notASet);
        QVERIFY(!notes);
        QVERIFY2(notes.errorMessage().contains(u"no un set de Live"_s), qPrintable(notes.errorMessage()));
        gui::language::apply(store::UiLanguage::English);
    }

    void aBrokenFile_saysWhy_andNothingElse()
    {
        TestContext context;
        const QString path = context.dir.filePath(u"broken.als"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x1f\x8b not really gzip");
        file.close();
        MainWindow window(*context);
        window.show();
        window.analyseSet(path);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"problemMessage"_s)));
        QVERIFY2(box->text().contains(u"broken.als"_s), qPrintable(box->text()));
        QVERIFY(!window.findChild<SetReportWindow *>());
        box->accept();
    }

    void realSets_fromTheCorpus()
    {
        MUSIAIA_REQUIRE_CORPUS();
        TestContext context;
        MainWindow window(*context);
        QSignalSpy analysed(&window, &MainWindow::setAnalysed);
        const QStringList sets = QDir(test::corpusDir()).entryList({u"*.als"_s}, QDir::Files, QDir::Name);
        QVERIFY(!sets.isEmpty());
        for (const QString &name : sets)
            window.analyseSet(QDir(test::corpusDir()).filePath(name));
        QTRY_COMPARE_WITH_TIMEOUT(analysed.count(), int(sets.size()), 30000);
        QCOMPARE(window.findChildren<SetReportWindow *>().size(), sets.size());
        for (SetReportWindow *report : window.findChildren<SetReportWindow *>())
            QCOMPARE(report->view()->tracks()->topLevelItemCount(), report->view()->report().set.tracks.size());
    }
};

QTEST_MAIN(TestSetAnalysis)
#include "tst_setanalysis.moc"
