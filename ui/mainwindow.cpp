// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "als/alsreader.h"
#include "als/setreport.h"
#include "analysis/setreportwindow.h"
#include "appcontext.h"
#include "chat/chatcontroller.h"
#include "chat/chatpanel.h"
#include "common/logging.h"
#include "droppayload.h"
#include "futures.h"
#include "icons.h"
#include "library/librarypanel.h"
#include "projects/projectbrowser.h"
#include "providerstatus.h"
#include "settings/settingsdialog.h"
#include "store/settings.h"
#include "theme.h"
#include "widgets/docktitlebar.h"
#include "widgets/dropoverlay.h"
#include "widgets/statuspill.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrentRun>

#include <musiaia/version.h>

namespace musiaia::gui {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_chat(new ChatPanel(this))
    , m_chatController(new ChatController(m_chat, this))
    , m_projects(new ProjectBrowser(context, this))
    , m_library(new LibraryPanel(context, this))
    , m_dropOverlay(new DropOverlay(this))
    , m_providerStatus(new ProviderStatus(context, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCentralWidget(m_chat);

    m_projectsDock = createDock(QStringLiteral("projectsDock"), m_projects, Qt::LeftDockWidgetArea);
    m_libraryDock = createDock(QStringLiteral("libraryDock"), m_library, Qt::RightDockWidgetArea);
    createActions();
    createMenus();
    createStatusBar();
    retranslate();

    resize(1320, 820);
    resizeDocks({m_projectsDock, m_libraryDock}, {DefaultProjectsWidth, DefaultLibraryWidth}, Qt::Horizontal);
    m_defaultLayout = saveState();
    restoreLayout();

    connect(m_library, &LibraryPanel::importRequested, this, &MainWindow::chooseSampleFolder);
    connect(m_chatController, &ChatController::message, this, [this](const QString &text) {
        if (!text.isEmpty())
            statusBar()->showMessage(text, 8000);
    });
    connect(m_chatController, &ChatController::songCreated, this, [this](const session::VersionInfo &version) {
        m_context.notifyProjectsChanged();
        m_projects->selectVersion(version.projectId, version.id);
    });
    connect(m_newChatAction, &QAction::triggered, m_chatController, &ChatController::newChat);
    connect(m_projects, &ProjectBrowser::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_library, &LibraryPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_providerStatus, &ProviderStatus::changed, this, &MainWindow::updateProviderPill);
    m_chat->focusMessage();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::createDock(const QString &objectName, QWidget *content, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    dock->setTitleBarWidget(new DockTitleBar(dock));
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createActions()
{
    m_newChatAction = new QAction(icons::icon(QStringLiteral("new-chat")), QString(), this);
    m_newChatAction->setObjectName(QStringLiteral("newChatAction"));
    m_newChatAction->setShortcut(QKeySequence::New);

    m_openSetAction = new QAction(icons::icon(QStringLiteral("analyze")), QString(), this);
    m_openSetAction->setObjectName(QStringLiteral("openSetAction"));
    m_openSetAction->setShortcut(QKeySequence::Open);
    connect(m_openSetAction, &QAction::triggered, this, &MainWindow::chooseSetToAnalyse);

    m_importFolderAction = new QAction(icons::icon(QStringLiteral("folder-add")), QString(), this);
    m_importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::chooseSampleFolder);

    m_settingsAction = new QAction(icons::icon(QStringLiteral("settings")), QString(), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] { showSettings(SettingsPage::General); });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_focusMessageAction = new QAction(this);
    m_focusMessageAction->setObjectName(QStringLiteral("focusMessageAction"));
    m_focusMessageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_focusMessageAction, &QAction::triggered, m_chat, &ChatPanel::focusMessage);

    m_resetLayoutAction = new QAction(this);
    m_resetLayoutAction->setObjectName(QStringLiteral("resetLayoutAction"));
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);

    m_themeGroup = new QActionGroup(this);
    const auto themeAction = [this](ThemeChoice choice, const char *name) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        action->setChecked(theme::currentChoice() == choice);
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { setTheme(int(choice)); });
        return action;
    };
    m_themeSystemAction = themeAction(ThemeChoice::System, "themeSystemAction");
    m_themeLightAction = themeAction(ThemeChoice::Light, "themeLightAction");
    m_themeDarkAction = themeAction(ThemeChoice::Dark, "themeDarkAction");

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // The library dock offers its import right in its title bar.
    if (auto *title = qobject_cast<DockTitleBar *>(m_libraryDock->titleBarWidget()))
        title->addAction(m_importFolderAction);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newChatAction);
    m_fileMenu->addAction(m_openSetAction);
    m_fileMenu->addAction(m_importFolderAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    QAction *projects = m_projectsDock->toggleViewAction();
    projects->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *library = m_libraryDock->toggleViewAction();
    library->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_viewMenu->addAction(projects);
    m_viewMenu->addAction(library);
    m_viewMenu->addAction(m_focusMessageAction);
    m_viewMenu->addSeparator();
    m_appearanceMenu = m_viewMenu->addMenu(QString());
    m_appearanceMenu->addActions(m_themeGroup->actions());
    m_viewMenu->addAction(m_resetLayoutAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_providerPill = new StatusPill(this);
    m_providerPill->setObjectName(QStringLiteral("providerPill"));
    connect(m_providerPill, &StatusPill::clicked, this, [this] { showSettings(SettingsPage::Providers); });
    statusBar()->addPermanentWidget(m_providerPill);
    statusBar()->setSizeGripEnabled(false);
    updateProviderPill();
}

void MainWindow::updateProviderPill()
{
    const bool offline = m_providerStatus->offline();
    m_providerPill->setState(m_providerStatus->text(), offline ? theme::mutedText() : theme::success());
    m_providerPill->setToolTip(m_providerStatus->toolTip());
    m_providerPill->setAccessibleName(tr("AI provider: %1").arg(m_providerStatus->text()));
    m_providerPill->setAccessibleDescription(m_providerStatus->toolTip());
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("MusiaIA"));
    m_projectsDock->setWindowTitle(tr("Projects"));
    m_libraryDock->setWindowTitle(tr("Samples"));
    m_projectsDock->toggleViewAction()->setText(tr("&Projects"));
    m_libraryDock->toggleViewAction()->setText(tr("&Sample Library"));

    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_appearanceMenu->setTitle(tr("&Appearance"));
    m_helpMenu->setTitle(tr("&Help"));

    m_newChatAction->setText(tr("&New Chat"));
    m_newChatAction->setStatusTip(tr("Start a new conversation"));
    m_openSetAction->setText(tr("&Analyse a Live Set…"));
    m_openSetAction->setStatusTip(tr("Read an Ableton Live set and show its tracks, clips, devices and samples"));
    m_importFolderAction->setText(tr("&Import Sample Folder…"));
    m_importFolderAction->setToolTip(tr("Import a folder of samples (Ctrl+I)"));
    m_importFolderAction->setStatusTip(tr("Add a folder of samples to your library"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_focusMessageAction->setText(tr("&Write a Message"));
    m_resetLayoutAction->setText(tr("&Reset Layout"));
    m_themeSystemAction->setText(tr("Follow the &System"));
    m_themeLightAction->setText(tr("&Light"));
    m_themeDarkAction->setText(tr("&Dark"));
    m_aboutAction->setText(tr("&About MusiaIA"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateProviderPill();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    const store::Settings &settings = m_context.settings();
    const QByteArray geometry = settings.value(store::settings::uiWindowGeometry);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(store::settings::uiWindowState);
    m_layoutRestored = !state.isEmpty() && restoreState(state);
    if (!state.isEmpty() && !m_layoutRestored)
        qCInfo(lcUi) << "the saved window layout does not fit this version; using the default";
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Dock widths given before the window has its real size are lost on the first show: without a
    // saved layout, set them again so that the chat keeps the room, not the library's wide table.
    if (!m_shownOnce && !m_layoutRestored)
        resizeDocks({m_projectsDock, m_libraryDock}, {DefaultProjectsWidth, DefaultLibraryWidth}, Qt::Horizontal);
    m_shownOnce = true;
}

void MainWindow::saveLayout()
{
    store::Settings &settings = m_context.settings();
    settings.setValue(store::settings::uiWindowGeometry, saveGeometry());
    settings.setValue(store::settings::uiWindowState, saveState());
    QString why;
    if (!settings.sync(&why))
        qCWarning(lcUi).noquote() << "cannot save the window layout:" << why;
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout);
    m_projectsDock->show();
    m_libraryDock->show();
    resizeDocks({m_projectsDock, m_libraryDock}, {DefaultProjectsWidth, DefaultLibraryWidth}, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::setTheme(int choice)
{
    const auto themeChoice = ThemeChoice(choice);
    theme::apply(themeChoice);
    m_context.settings().setValue(store::settings::uiTheme, theme::choiceName(themeChoice));
    m_context.commitSettings();
    updateProviderPill();
}

void MainWindow::showSettings(SettingsPage page)
{
    auto *dialog = new SettingsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentPage(int(page));
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About MusiaIA"),
        tr("<h3>MusiaIA %1</h3>"
           "<p>Describe a song in your own words; MusiaIA composes it with your samples and writes an "
           "Ableton Live set.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(MUSIAIA_VERSION_STRING)));
}

void MainWindow::showProblem(const QString &title, const QString &text)
{
    // Window-modal and opened, not exec()'d: the window keeps running (and tests can answer it).
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("problemMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::chooseSetToAnalyse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Analyse a Live Set"), QStandardPaths::writableLocation(QStandardPaths::MusicLocation),
        tr("Ableton Live sets (*.als)"));
    if (!path.isEmpty())
        analyseSet(path);
}

void MainWindow::chooseSampleFolder()
{
    const QString path = QFileDialog::getExistingDirectory(
        this, tr("Import a Sample Folder"), QStandardPaths::writableLocation(QStandardPaths::MusicLocation));
    if (!path.isEmpty())
        importSampleFolder(path);
}

void MainWindow::setChatBackend(ChatBackend *backend, const QString &unavailableReason)
{
    m_chatController->setBackend(backend, unavailableReason);
}

void MainWindow::analyseSet(const QString &path)
{
    qCInfo(lcUi) << "analyse" << path;
    // In the chat when it can (the set then becomes the reference for "in this style"); in a
    // window of its own while the chat is busy or unavailable.
    if (m_chatController->analyse(path)) {
        Q_EMIT setAnalysed(path);
        return;
    }
    const QString name = QFileInfo(path).fileName();
    statusBar()->showMessage(tr("Reading %1…").arg(name));
    // The reader streams and may take a moment on a big set: off the GUI thread.
    whenReady(QtConcurrent::run([path]() -> Result<als::SetReport> {
                  const Result<als::LiveSet> set = als::readLiveSet(path);
                  if (!set)
                      return set.error();
                  return als::buildSetReport(*set, path);
              }),
              this, [this, path](const Result<als::SetReport> &report) {
                  statusBar()->clearMessage();
                  if (!report) {
                      showProblem(tr("Cannot Read the Set"), report.errorMessage());
                      return;
                  }
                  auto *window = new SetReportWindow(*report, path, this);
                  window->show();
                  Q_EMIT setAnalysed(path);
              });
}

void MainWindow::importSampleFolder(const QString &path)
{
    qCInfo(lcUi) << "import" << path;
    m_libraryDock->show();
    m_libraryDock->raise();
    m_library->importFolder(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const DropPayload payload = dropPayload(event->mimeData());
    if (payload.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    QString title;
    QString detail;
    if (!payload.liveSets.isEmpty() && payload.folders.isEmpty()) {
        title = payload.liveSets.size() == 1
            ? tr("Drop to analyse “%1”").arg(QFileInfo(payload.liveSets.first()).fileName())
            : tr("Drop to analyse %n Live sets", nullptr, int(payload.liveSets.size()));
        detail = tr("MusiaIA reads the set and shows its tracks, clips, devices, plugins and missing samples. "
                    "The file is not changed.");
    } else if (payload.liveSets.isEmpty()) {
        title = payload.folders.size() == 1
            ? tr("Drop to import “%1”").arg(QFileInfo(payload.folders.first()).fileName())
            : tr("Drop to import %n folders", nullptr, int(payload.folders.size()));
        detail = tr("Every audio file inside is added to your sample library and analysed: type, tempo, key "
                    "and loudness. Your files stay where they are.");
    } else {
        title = tr("Drop to analyse the sets and import the folders");
        detail = tr("Live sets are analysed; folders are added to your sample library.");
    }
    m_dropOverlay->showMessage(title, detail);
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    event->acceptProposedAction();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropOverlay->hide();
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_dropOverlay->hide();
    const DropPayload payload = dropPayload(event->mimeData());
    if (payload.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    for (const QString &set : payload.liveSets)
        analyseSet(set);
    for (const QString &folder : payload.folders)
        importSampleFolder(folder);
}

} // namespace musiaia::gui
