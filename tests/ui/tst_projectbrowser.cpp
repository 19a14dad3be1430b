// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirm.h"
#include "desktop.h"
#include "language.h"
#include "mainwindow.h"
#include "projects/projectbrowser.h"
#include "projects/projectmodel.h"
#include "projects/versiondetails.h"
#include "session/projectstore.h"
#include "theme.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/arrangementview.h"
#include "widgets/draghandle.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QToolButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using gui::ProjectBrowser;
using gui::ProjectModel;
using test::TestContext;

class TestProjectBrowser final : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TestContext context;
        session::VersionInfo nightV1;
        session::VersionInfo nightV2;
        session::VersionInfo sunrise;
    };

    static void makeHistory(Fixture &f)
    {
        session::ProjectStore &store = *f.context->projects();
        auto v1 = test::addVersion(store, 0, u"Night Drive"_s, u"house at 124 in A minor"_s, 124);
        QVERIFY_RESULT(v1);
        auto v2 = test::addVersion(store, v1->projectId, u"Night Drive"_s, u"faster"_s, 128, v1->id);
        QVERIFY_RESULT(v2);
        auto other = test::addVersion(store, 0, u"Sunrise"_s, u"something dreamy"_s, 100);
        QVERIFY_RESULT(other);
        f.nightV1 = *v1;
        f.nightV2 = *v2;
        f.sunrise = *other;
    }

    static QModelIndex projectRow(ProjectBrowser &browser, const QString &name)
    {
        for (int row = 0; row < browser.model()->rowCount(); ++row) {
            const QModelIndex index = browser.model()->index(row, 0);
            if (index.data().toString() == name)
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareGuiTestCase();
    }

    void cleanup()
    {
        gui::desktop::setRecorderForTests({});
        gui::answerNextConfirmationForTests(std::nullopt);
    }

    void listsSongs_andLoadsVersionsOnExpand()
    {
        Fixture f;
        makeHistory(f);
        ProjectBrowser browser(*f.context);
        QAbstractItemModelTester tester(browser.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser.show();
        QTRY_COMPARE(browser.model()->rowCount(), 2);
        QCOMPARE(browser.model()->index(0, 0).data().toString(), u"Sunrise"_s);   // newest first
        const QModelIndex night = projectRow(browser, u"Night Drive"_s);
        QVERIFY(night.isValid());
        const QString subtitle = night.data(ProjectModel::SubtitleRole).toString();
        QVERIFY2(subtitle.contains(u"House"_s) && subtitle.contains(u"128 BPM"_s) && subtitle.contains(u"2 versions"_s),
                 qPrintable(subtitle));

        browser.view()->expand(night);
        QTRY_COMPARE(browser.model()->rowCount(night), 2);
        const QModelIndex newest = browser.model()->index(0, 0, night);
        QCOMPARE(newest.data().toString(), u"Version 2"_s);
        QCOMPARE(newest.data(ProjectModel::SubtitleRole).toString(), u"tempo 124 → 128"_s);
        QCOMPARE(browser.model()->index(1, 0, night).data(ProjectModel::VersionIdRole).toLongLong(), f.nightV1.id);
    }

    void selectingAVersion_showsItsDetailsAndArrangement()
    {
        Fixture f;
        makeHistory(f);
        ProjectBrowser browser(*f.context);
        browser.show();
        QTRY_COMPARE(browser.model()->rowCount(), 2);
        browser.selectVersion(f.nightV1.projectId, f.nightV1.id);
        QTRY_COMPARE(browser.details()->version().id, f.nightV1.id);
        QTRY_COMPARE(browser.details()->arrangementView()->overview().lanes.size(), 3);
        QCOMPARE(browser.details()->arrangementView()->overview().sections.size(), 3);
        auto *story = browser.details()->findChild<QLabel *>(u"versionStory"_s);
        QVERIFY(story->text().contains(u"house at 124 in A minor"_s));
        QCOMPARE(browser.details()->findChild<gui::DragHandle *>()->filePath(), f.nightV1.setPath);
    }

    void search_filtersTheList()
    {
        Fixture f;
        makeHistory(f);
        ProjectBrowser browser(*f.context);
        QSignalSpy loaded(&browser, &ProjectBrowser::loaded);
        browser.show();
        QTRY_COMPARE(browser.model()->rowCount(), 2);
        QTest::keyClicks(browser.searchField(), u"dreamy"_s);
        QTRY_COMPARE(browser.model()->rowCount(), 1);
        QCOMPARE(browser.model()->index(0, 0).data().toString(), u"Sunrise"_s);
        browser.searchField()->setText(u"zzzz"_s);
        QTRY_COMPARE(browser.model()->rowCount(), 0);
        QVERIFY(!browser.view()->isVisible());
        browser.searchField()->clear();
        QTRY_COMPARE(browser.model()->rowCount(), 2);
    }

    void rows_dragOutAsTheSetsFileUrl()
    {
        Fixture f;
        makeHistory(f);
        ProjectBrowser browser(*f.context);
        QTRY_COMPARE(browser.model()->rowCount(), 2);
        const QModelIndex night = projectRow(browser, u"Night Drive"_s);
        QVERIFY(browser.model()->flags(night).testFlag(Qt::ItemIsDragEnabled));
        std::unique_ptr<QMimeData> mime(browser.model()->mimeData({night}));
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(u"text/uri-list"_s));
        QCOMPARE(mime->urls(), QList<QUrl>{QUrl::fromLocalFile(f.nightV2.setPath)});   // the newest version
        QVERIFY(QFileInfo(mime->urls().first().toLocalFile()).isFile());
        QVERIFY(f.nightV2.setPath.endsWith(u".als"_s));
    }

    void openAndReveal_goToTheDesktop()
    {
        Fixture f;
        makeHistory(f);
        QList<std::pair<gui::desktop::Action, QString>> requests;
        gui::desktop::setRecorderForTests([&requests](gui::desktop::Action action, const QString &path) {
            requests.append({action, path});
        });
        ProjectBrowser browser(*f.context);
        browser.show();
        QTRY_COMPARE(browser.model()->rowCount(), 2);
        browser.selectVersion(f.sunrise.projectId, 0);
        QTRY_COMPARE(browser.details()->version().id, f.sunrise.id);
        QTest::mouseClick(browser.details()->findChild<QPushButton *>(u"versionOpen"_s), Qt::LeftButton);
        QTest::mouseClick(browser.details()->findChild<QToolButton *>(u"versionReveal"_s), Qt::LeftButton);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0), std::make_pair(gui::desktop::Action::Open, f.sunrise.setPath));
        QCOMPARE(requests.at(1), std::make_pair(gui::desktop::Action::Reveal, f.sunrise.setPath));
    }

    void deleteVersion_asksFirst_thenRemovesItsFolder()
    {
        Fixture f;
        makeHistory(f);
        ProjectBrowser browser(*f.context);
        browser.show();
        QTRY_COMPARE(browser.model()->rowCount(), 2);
        browser.selectVersion(f.nightV1.projectId, f.nightV1.id);
        QTRY_COMPARE(browser.details()->version().id, f.nightV1.id);
        auto *remove = browser.details()->findChild<QToolButton *>(u"versionDelete"_s);

        gui::answerNextConfirmationForTests(false);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(QFileInfo::exists(f.nightV1.folder));

        gui::answerNextConfirmationForTests(true);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(!QFileInfo::exists(f.nightV1.folder));
        const QModelIndex night = projectRow(browser, u"Night Drive"_s);
        QTRY_COMPARE(night.data(ProjectModel::SubtitleRole).toString().contains(u"1 version"_s), true);
        QVERIFY(QFileInfo::exists(f.nightV2.folder));
    }

    void deleteSong_removesTheProject()
    {
        Fixture f;
        makeHistory(f);
        ProjectBrowser browser(*f.context);
        browser.show();
        QTRY_COMPARE(browser.model()->rowCount(), 2);
        browser.selectVersion(f.sunrise.projectId, 0);
        QTRY_COMPARE(browser.details()->version().id, f.sunrise.id);
        gui::answerNextConfirmationForTests(true);
        QTest::mouseClick(browser.details()->findChild<QToolButton *>(u"versionDelete"_s), Qt::LeftButton);
        QTRY_COMPARE(browser.model()->rowCount(), 1);
        QVERIFY(!QFileInfo::exists(f.sunrise.folder));
    }

    void theWindow_showsTheHistoryInItsDock()
    {
        Fixture f;
        makeHistory(f);
        gui::MainWindow window(*f.context);
        window.show();
        QTRY_COMPARE(window.projectBrowser()->model()->rowCount(), 2);
        window.projectBrowser()->selectVersion(f.nightV2.projectId, f.nightV2.id);
        QTRY_COMPARE(window.projectBrowser()->details()->arrangementView()->overview().lanes.size(), 3);
        window.resize(1400, 860);
        const QStringList unnamed = test::unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }
};

QTEST_MAIN(TestProjectBrowser)
#include "tst_projectbrowser.moc"
