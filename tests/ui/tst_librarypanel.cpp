// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"
#include "library/librarypanel.h"
#include "library/samplefiltermodel.h"
#include "library/samplemodel.h"
#include "library/sampleplayer.h"
#include "library/samplestore.h"
#include "mainwindow.h"
#include "synthcorpus.h"
#include "testsupport.h"
#include "theme.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using gui::LibraryPanel;
using gui::SampleModel;
using test::TestContext;

class TestLibraryPanel final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_corpusDir;
    QString m_samples;           // a small labelled corpus with a few broken files
    QList<test::CorpusItem> m_items;
    int m_broken = 0;

    static void selectData(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

    static QStringList column(const QAbstractItemModel *model, int role)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, 0).data(role).toString();
        return values;
    }

    // Imports the corpus through a drop on the window, as a musician would.
    static library::ImportReport importByDrop(gui::MainWindow &window, const QString &folder)
    {
        LibraryPanel *panel = window.libraryPanel();
        QSignalSpy finished(panel, &LibraryPanel::importFinished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(folder)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QDropEvent drop(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        if (!QTest::qWaitFor([&finished] { return finished.count() == 1; }, 120000))
            qFatal("the import did not finish");
        return finished.at(0).at(0).value<library::ImportReport>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareGuiTestCase();
        m_samples = m_corpusDir.filePath(u"My Samples"_s);
        test::CorpusOptions options;
        options.oneShotsPerType = 1;
        options.drumLoops = 3;
        options.musicLoops = 3;
        options.variedFormats = false;
        m_items = test::writeSyntheticCorpus(m_samples, options);
        m_broken = int(test::writeBrokenFiles(QDir(m_samples).filePath(u"broken"_s)).size());
        QVERIFY(m_items.size() > 10);
    }

    void droppingAFolder_importsIt_andShowsItsRows()
    {
        TestContext context;
        gui::MainWindow window(*context);
        window.show();
        LibraryPanel *panel = window.libraryPanel();
        QAbstractItemModelTester sourceTester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(panel->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const library::ImportReport report = importByDrop(window, m_samples);
        QCOMPARE(report.added, m_items.size());
        QVERIFY(!report.problems.isEmpty());
        QTRY_COMPARE(panel->model()->rowCount(), int(m_items.size()));
        QVERIFY(panel->view()->isVisible());

        // Every row knows its file; types and kinds are filled in.
        for (int row = 0; row < panel->model()->rowCount(); ++row) {
            const QModelIndex index = panel->model()->index(row, 0);
            QVERIFY(QFileInfo::exists(index.data(SampleModel::PathRole).toString()));
            QVERIFY(!index.data(SampleModel::KindRole).toString().isEmpty());
        }

        // The banner says what happened and lists the files that were not imported.
        auto *banner = panel->findChild<QWidget *>(u"importBanner"_s);
        QVERIFY(banner->isVisible());
        auto *problems = panel->findChild<QPushButton *>(u"importBannerButton"_s);
        QVERIFY(problems->isVisible());
        QTest::mouseClick(problems, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = panel->findChild<QMessageBox *>(u"importProblems"_s)));
        QVERIFY(box->detailedText().contains(u"broken"_s));
        box->accept();

        const QStringList unnamed = test::unnamedControls(panel);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void filters_narrowTheTable()
    {
        TestContext context;
        gui::MainWindow window(*context);
        LibraryPanel *panel = window.libraryPanel();
        importByDrop(window, m_samples);
        QTRY_COMPARE(panel->model()->rowCount(), int(m_items.size()));
        const QAbstractItemModel *shown = panel->view()->model();
        QCOMPARE(shown->rowCount(), int(m_items.size()));   // no filter at first
        QVERIFY(!panel->filterModel()->isFiltering());

        const int loops = int(column(panel->model(), SampleModel::KindRole).count(u"loop"_s));
        QVERIFY(loops > 0 && loops < int(m_items.size()));
        selectData(panel->findChild<QComboBox *>(u"kindFilter"_s), u"loop"_s);
        QCOMPARE(shown->rowCount(), loops);
        for (const QString &kind : column(shown, SampleModel::KindRole))
            QCOMPARE(kind, u"loop"_s);

        auto *tempo = panel->findChild<QLineEdit *>(u"tempoFilter"_s);
        tempo->setText(u"40-250"_s);
        QVERIFY(shown->rowCount() > 0);
        tempo->setText(u"300-400"_s);
        QCOMPARE(shown->rowCount(), 0);
        QVERIFY(panel->findChild<QLabel *>()->isVisible() || !panel->view()->isVisible());
        tempo->clear();

        selectData(panel->findChild<QComboBox *>(u"kindFilter"_s), QString());
        selectData(panel->findChild<QComboBox *>(u"typeFilter"_s), u"kick"_s);
        QVERIFY(shown->rowCount() >= 1);
        for (const QString &type : column(shown, SampleModel::TypeRole))
            QCOMPARE(type, u"kick"_s);
        selectData(panel->findChild<QComboBox *>(u"typeFilter"_s), QString());
        QCOMPARE(shown->rowCount(), int(m_items.size()));

        // Search goes through the library's full-text search.
        QSignalSpy loaded(panel, &LibraryPanel::loaded);
        panel->searchField()->setText(u"kick"_s);
        QTRY_VERIFY(loaded.count() >= 1);
        QTRY_VERIFY(shown->rowCount() < int(m_items.size()));
        QVERIFY(shown->rowCount() >= 1);
    }

    void sortingByTempo_usesNumbers()
    {
        TestContext context;
        gui::MainWindow window(*context);
        LibraryPanel *panel = window.libraryPanel();
        importByDrop(window, m_samples);
        QTRY_COMPARE(panel->model()->rowCount(), int(m_items.size()));
        panel->view()->sortByColumn(SampleModel::Tempo, Qt::AscendingOrder);
        const QAbstractItemModel *shown = panel->view()->model();
        double previous = 0;
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QVariant bpm = shown->index(row, 0).data(SampleModel::BpmRole);
            if (!bpm.isValid())
                break;   // unknown tempos sort last
            QVERIFY(bpm.toDouble() >= previous);
            previous = bpm.toDouble();
        }
    }

    void editingACell_writesACorrection()
    {
        TestContext context;
        gui::MainWindow window(*context);
        LibraryPanel *panel = window.libraryPanel();
        importByDrop(window, m_samples);
        QTRY_COMPARE(panel->model()->rowCount(), int(m_items.size()));
        const QAbstractItemModel *shown = panel->view()->model();
        const QModelIndex type = shown->index(0, SampleModel::Type);
        const qint64 id = type.data(SampleModel::IdRole).toLongLong();
        const QString wanted = type.data(SampleModel::TypeRole).toString() == u"snare"_s ? u"clap"_s : u"snare"_s;
        QVERIFY(panel->view()->model()->setData(type, wanted));
        const int row = panel->model()->rowOfId(id);
        QTRY_COMPARE(panel->model()->index(row, SampleModel::Type).data(SampleModel::TypeRole).toString(), wanted);
        QCOMPARE(library::Source(panel->model()->index(row, SampleModel::Type).data(SampleModel::SourceRole).toInt()),
                 library::Source::User);
        const auto stored = library::SampleStore(context->database()).sample(id);
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->type->value, wanted);

        // A value core refuses changes nothing, and says why.
        QSignalSpy messages(panel, &LibraryPanel::message);
        QVERIFY(panel->model()->setData(panel->model()->index(row, SampleModel::Tempo), u"fast"_s));
        QTRY_COMPARE(messages.count(), 1);
        QVERIFY(messages.at(0).at(0).toString().contains(u"not saved"_s));
    }

    void rows_dragOutAsFileUrls()
    {
        TestContext context;
        gui::MainWindow window(*context);
        LibraryPanel *panel = window.libraryPanel();
        importByDrop(window, m_samples);
        QTRY_COMPARE(panel->model()->rowCount(), int(m_items.size()));
        const QModelIndex first = panel->model()->index(0, 0);
        QVERIFY(panel->model()->flags(first).testFlag(Qt::ItemIsDragEnabled));
        std::unique_ptr<QMimeData> mime(panel->model()->mimeData({first, panel->model()->index(1, 0)}));
        QCOMPARE(mime->urls().size(), 2);
        QVERIFY(QFileInfo(mime->urls().first().toLocalFile()).isFile());
    }

    void cancellingAnImport_keepsWhatWasDone()
    {
        TestContext context;
        gui::MainWindow window(*context);
        LibraryPanel *panel = window.libraryPanel();
        QSignalSpy finished(panel, &LibraryPanel::importFinished);
        QVERIFY(panel->importFolder(m_samples));
        QVERIFY(panel->isImporting());
        QVERIFY(!panel->importFolder(m_samples));   // one at a time
        panel->cancelImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto report = finished.at(0).at(0).value<library::ImportReport>();
        QVERIFY(report.cancelled || report.added == m_items.size());   // a fast machine may finish first
        QTRY_VERIFY(!panel->isImporting());
        QVERIFY(panel->importFolder(m_samples));   // carries on without duplicates
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        QTRY_COMPARE(panel->model()->rowCount(), int(m_items.size()));
    }

    void playback_withoutAnAudioDevice_saysSo()
    {
        TestContext context;
        gui::MainWindow window(*context);
        LibraryPanel *panel = window.libraryPanel();
        gui::SamplePlayer *player = panel->player();
        if (player->isAvailable())
            QSKIP("this machine has an audio output; the no-device path is not reachable here");
        QSignalSpy failed(player, &gui::SamplePlayer::failed);
        QVERIFY(!player->play(m_items.first().path));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!panel->findChild<QToolButton *>(u"playButton"_s)->isEnabled());
        QVERIFY(!player->unavailableReason().isEmpty());
    }
};

QTEST_MAIN(TestLibraryPanel)
#include "tst_librarypanel.moc"
