// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/chatpanel.h"
#include "chat/composer.h"
#include "chat/messageedit.h"
#include "language.h"
#include "mainwindow.h"
#include "projects/projectbrowser.h"
#include "store/settings.h"
#include "theme.h"
#include "uitestsupport.h"
#include "widgets/dropoverlay.h"
#include "widgets/statuspill.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using musiaia::gui::MainWindow;
using musiaia::test::TestContext;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    static void dragOnto(QWidget *target, const QList<QUrl> &urls, QEvent::Type type)
    {
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint centre = target->rect().center();
        if (type == QEvent::Drop) {
            QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(target, &drop);
        } else {
            QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(target, &enter);
            QVERIFY(enter.isAccepted());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        musiaia::gui::language::apply(musiaia::store::UiLanguage::English);
        musiaia::gui::theme::apply(musiaia::gui::ThemeChoice::Light);
    }

    void opens_withChatInTheMiddleAndBothDocks()
    {
        TestContext context;
        MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"MusiaIA"_s);
        QCOMPARE(window.centralWidget(), window.chatPanel());
        QCOMPARE(window.dockWidgetArea(window.projectsDock()), Qt::LeftDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.libraryDock()), Qt::RightDockWidgetArea);
        QVERIFY(window.projectsDock()->features().testFlag(QDockWidget::DockWidgetMovable));
        QVERIFY(window.libraryDock()->features().testFlag(QDockWidget::DockWidgetFloatable));
        auto *pill = window.findChild<musiaia::gui::StatusPill *>(u"providerPill"_s);
        QVERIFY(pill);
        QCOMPARE(pill->text(), u"Offline composer"_s);
        QTRY_VERIFY(window.chatPanel()->composer()->edit()->hasFocus());
    }

    void everyControl_hasAnAccessibleName()
    {
        TestContext context;
        MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList unnamed = musiaia::test::unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        for (QAction *menu : window.menuBar()->actions())
            QVERIFY(!menu->text().isEmpty());
    }

    void dockLayout_isSavedAndRestored()
    {
        TestContext context;
        {
            MainWindow window(*context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.addDockWidget(Qt::LeftDockWidgetArea, window.libraryDock());
            window.projectsDock()->hide();
            window.close();
        }
        QVERIFY(!context->settings().value(musiaia::store::settings::uiWindowState).isEmpty());
        MainWindow again(*context);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.dockWidgetArea(again.libraryDock()), Qt::LeftDockWidgetArea);
        QVERIFY(again.projectsDock()->isHidden());

        again.resetLayout();
        QVERIFY(again.projectsDock()->isVisible());
        QCOMPARE(again.dockWidgetArea(again.libraryDock()), Qt::RightDockWidgetArea);
    }

    void shortcuts_reachThePanels()
    {
        TestContext context;
        MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(window.libraryDock()->isVisible());
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(window.libraryDock()->isHidden());
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(window.libraryDock()->isVisible());

        window.projectsDock()->setFocus();
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(window.chatPanel()->composer()->edit()->hasFocus());
    }

    void tab_reachesTheMessageSendAndBothDocks()
    {
        TestContext context;
        MainWindow window(*context);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        musiaia::gui::MessageEdit *edit = window.chatPanel()->composer()->edit();
        QTRY_VERIFY(edit->hasFocus());
        // The send button only takes focus with something to send.
        QTest::keyClicks(edit, u"house"_s);

        // Tab walks the whole window and comes back to the message box; Shift+Tab walks it back.
        QList<QWidget *> forward;
        for (int i = 0; i < 100 && (forward.isEmpty() || QApplication::focusWidget() != edit); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            forward << QApplication::focusWidget();
        }
        QStringList chain;
        for (QWidget *w : std::as_const(forward))
            chain << (w ? QString::fromLatin1(w->metaObject()->className()) + u':' + w->objectName() : u"null"_s);
        qInfo().noquote() << "Tab order:" << chain.join(u" → "_s);
        QVERIFY2(forward.last() == edit, qPrintable(chain.join(u" → "_s)));
        const auto reached = [&forward](QWidget *ancestor) {
            return std::any_of(forward.cbegin(), forward.cend(),
                               [ancestor](QWidget *w) { return w && (w == ancestor || ancestor->isAncestorOf(w)); });
        };
        QVERIFY(reached(window.chatPanel()->composer()->sendButton()));
        QVERIFY2(reached(window.projectsDock()), qPrintable(chain.join(u" → "_s)));
        QVERIFY(reached(window.libraryDock()));
        QVERIFY(reached(window.findChild<QLineEdit *>(u"sampleSearch"_s)));
        QVERIFY(reached(window.projectBrowser()->searchField()));
        for (QWidget *stop : std::as_const(forward))
            QVERIFY2(stop->isVisible(), stop->metaObject()->className());

        QTest::keyClick(edit, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), forward.at(forward.size() - 2));
    }

    void enterSends_shiftEnterBreaksTheLine()
    {
        TestContext context;
        MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        musiaia::gui::ChatPanel *chat = window.chatPanel();
        musiaia::gui::MessageEdit *edit = chat->composer()->edit();
        QSignalSpy sent(chat, &musiaia::gui::ChatPanel::messageSubmitted);

        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(sent.count(), 0);   // nothing to send
        QTest::keyClicks(edit, u"house a 124"_s);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(edit, u"en La menor"_s);
        QCOMPARE(edit->toPlainText(), u"house a 124\nen La menor"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.at(0).at(0).toString(), u"house a 124\nen La menor"_s);
        QVERIFY(edit->toPlainText().isEmpty());

        QTest::keyClicks(edit, u"otra"_s);
        QTest::keyClick(edit, Qt::Key_Enter);   // the keypad's Enter sends too
        QCOMPARE(sent.count(), 2);
    }

    void suggestion_fillsTheMessageWithoutSending()
    {
        TestContext context;
        MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy sent(window.chatPanel(), &musiaia::gui::ChatPanel::messageSubmitted);
        auto *suggestion = window.findChild<QAbstractButton *>(u"suggestion0"_s);
        QVERIFY(suggestion);
        QTest::mouseClick(suggestion, Qt::LeftButton);
        QCOMPARE(window.chatPanel()->composer()->edit()->toPlainText(), suggestion->text());
        QCOMPARE(sent.count(), 0);
    }

    void draggingASetOrAFolder_showsWhatADropWillDo()
    {
        TestContext context;
        const QString set = context.dir.filePath(u"Night Drive.als"_s);
        QFile file(set);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *overlay = window.findChild<musiaia::gui::DropOverlay *>();
        QVERIFY(overlay);

        dragOnto(&window, {QUrl::fromLocalFile(set)}, QEvent::DragEnter);
        QVERIFY(overlay->isVisible());
        QVERIFY2(overlay->title().contains(u"Night Drive.als"_s), qPrintable(overlay->title()));
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(&window, &leave);
        QVERIFY(overlay->isHidden());

        dragOnto(&window, {QUrl::fromLocalFile(context.dir.path())}, QEvent::DragEnter);
        QVERIFY(overlay->title().contains(QFileInfo(context.dir.path()).fileName()));

        // Web links and other files are not MusiaIA's: the drag is refused.
        QMimeData web;
        web.setUrls({QUrl(u"https://example.org/a.als"_s), QUrl::fromLocalFile(context.dir.filePath(u"settings.ini"_s))});
        QDragEnterEvent refused(QPoint(5, 5), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void themeAndLanguage_switchLive()
    {
        TestContext context;
        MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *dark = window.findChild<QAction *>(u"themeDarkAction"_s);
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(musiaia::gui::theme::isDark());
        QVERIFY(window.palette().color(QPalette::Window).lightnessF() < 0.5);
        QCOMPARE(context->settings().value(musiaia::store::settings::uiTheme), u"dark"_s);
        window.findChild<QAction *>(u"themeLightAction"_s)->trigger();
        QVERIFY(!musiaia::gui::theme::isDark());

        musiaia::gui::language::apply(musiaia::store::UiLanguage::Spanish);
        QCOMPARE(musiaia::gui::language::current(), QLocale::Spanish);
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"&Archivo"_s);
        QCOMPARE(window.projectsDock()->windowTitle(), u"Proyectos"_s);
        musiaia::gui::language::apply(musiaia::store::UiLanguage::English);
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
