// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMainWindow>

class QActionGroup;
class QDockWidget;

namespace musiaia::gui {

class AppContext;
class ChatBackend;
class ChatController;
class ChatPanel;
class DropOverlay;
class LibraryPanel;
class ProjectBrowser;
class ProviderStatus;
class StatusPill;

// The musician's window: the chat in the centre, the projects on the left and the sample library
// on the right (docks that can be moved, floated or hidden; the layout is remembered), menus with
// keyboard shortcuts, and a status bar with the active AI provider. Dropping a Live Set analyses
// it; dropping a folder imports it into the sample library.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class SettingsPage { General, Providers, LocalApi };

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    ChatPanel *chatPanel() const { return m_chat; }
    ChatController *chatController() const { return m_chatController; }
    // The chat session the window talks to (not owned); null: the chat says why it cannot answer.
    void setChatBackend(ChatBackend *backend, const QString &unavailableReason = {});
    ProjectBrowser *projectBrowser() const { return m_projects; }
    LibraryPanel *libraryPanel() const { return m_library; }
    QDockWidget *projectsDock() const { return m_projectsDock; }
    QDockWidget *libraryDock() const { return m_libraryDock; }

public Q_SLOTS:
    void showSettings(musiaia::gui::MainWindow::SettingsPage page = SettingsPage::General);
    // Reads a Live Set and shows what is in it.
    void analyseSet(const QString &path);
    // Imports a folder of samples into the library.
    void importSampleFolder(const QString &path);
    void chooseSetToAnalyse();
    void chooseSampleFolder();
    void resetLayout();

Q_SIGNALS:
    // A dropped or opened set was read and its analysis shown.
    void setAnalysed(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    QDockWidget *createDock(const QString &objectName, QWidget *content, Qt::DockWidgetArea area);
    void createStatusBar();
    void restoreLayout();
    void saveLayout();
    void setTheme(int choice);
    void retranslate();
    void updateProviderPill();
    void showAbout();
    void showProblem(const QString &title, const QString &text);

    AppContext &m_context;
    ChatPanel *m_chat;
    ChatController *m_chatController;
    ProjectBrowser *m_projects;
    LibraryPanel *m_library;
    QDockWidget *m_projectsDock = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    DropOverlay *m_dropOverlay;
    ProviderStatus *m_providerStatus;
    StatusPill *m_providerPill = nullptr;
    static constexpr int DefaultProjectsWidth = 280;
    static constexpr int DefaultLibraryWidth = 540;
    QByteArray m_defaultLayout;
    bool m_layoutRestored = false;   // the musician's own layout; otherwise the default widths on first show
    bool m_shownOnce = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_appearanceMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newChatAction = nullptr;
    QAction *m_openSetAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_focusMessageAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_themeSystemAction = nullptr;
    QAction *m_themeLightAction = nullptr;
    QAction *m_themeDarkAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace musiaia::gui
