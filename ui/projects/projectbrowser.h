// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace musiaia::gui {

class AppContext;
class EmptyState;
class ProjectModel;
class VersionDetails;

// The projects dock: every song made in the chat, searchable, with its versions; the selected one
// in detail underneath. Versions drag out as their set, open in Live, show in their folder, export
// and delete (after asking).
class ProjectBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectBrowser)

public:
    explicit ProjectBrowser(AppContext &context, QWidget *parent = nullptr);

    ProjectModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    VersionDetails *details() const { return m_details; }
    QLineEdit *searchField() const { return m_search; }

    // Reloads the list from the history (after a search, or when projects changed).
    void reload();
    // Selects (and expands to) a version, once it is listed.
    void selectVersion(qint64 projectId, qint64 versionId);

Q_SIGNALS:
    // A short message for the status bar ("Exported to …").
    void message(const QString &text);
    // The list finished loading (tests wait for it).
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadVersions(qint64 projectId);
    void showSelection();
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &position);
    void exportVersion(qint64 versionId);
    void deleteItem(qint64 projectId, qint64 versionId, bool wholeProject);
    void updateEmptyState();

    AppContext &m_context;
    ProjectModel *m_model;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QSplitter *m_splitter;
    QTreeView *m_view;
    VersionDetails *m_details;
    QTimer *m_searchTimer;
    int m_loadGeneration = 0;
    qint64 m_wantedProject = 0;
    qint64 m_wantedVersion = 0;
    QString m_loadError;
};

} // namespace musiaia::gui
