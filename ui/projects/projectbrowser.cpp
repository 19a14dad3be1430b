// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectbrowser.h"

#include "appcontext.h"
#include "confirm.h"
#include "desktop.h"
#include "futures.h"
#include "icons.h"
#include "projects/projectdelegate.h"
#include "projects/projectmodel.h"
#include "projects/versiondetails.h"
#include "session/projectstore.h"
#include "widgets/emptystate.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace musiaia::gui {

using session::ProjectInfo;
using session::VersionInfo;

ProjectBrowser::ProjectBrowser(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ProjectModel(this))
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("project"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new QTreeView(this))
    , m_details(new VersionDetails(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("projectBrowser"));
    m_search->setObjectName(QStringLiteral("projectSearch"));
    m_search->setProperty("musiaiaRole", QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);

    m_view->setObjectName(QStringLiteral("projectView"));
    m_view->setProperty("musiaiaRole", QStringLiteral("flush"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProjectDelegate(m_view));
    m_view->setHeaderHidden(true);
    for (int column = 1; column < ProjectModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, true);
    m_view->setIndentation(14);
    m_view->setUniformRowHeights(true);
    m_view->setAnimated(true);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMouseTracking(true);
    // The delegate draws the selection; the branch column must not paint a second, solid one.
    QPalette viewPalette = m_view->palette();
    viewPalette.setColor(QPalette::Highlight, Qt::transparent);
    m_view->setPalette(viewPalette);
    auto *deleteAction = new QAction(m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (const ProjectInfo *project = m_model->projectAt(current))
            deleteItem(project->id, current.data(ProjectModel::VersionIdRole).toLongLong(), !m_model->versionAt(current));
    });

    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(detailsScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    auto *searchRow = new QVBoxLayout;
    searchRow->setContentsMargins(10, 0, 10, 0);
    searchRow->addWidget(m_search);
    layout->addLayout(searchRow);
    layout->addWidget(m_stack, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ProjectBrowser::reload);
    connect(m_model, &ProjectModel::versionsWanted, this, &ProjectBrowser::loadVersions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProjectBrowser::showSelection);
    connect(m_view, &QTreeView::activated, this, &ProjectBrowser::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ProjectBrowser::showContextMenu);
    connect(m_details, &VersionDetails::openRequested, this, [](const QString &path) { desktop::openFile(path); });
    connect(m_details, &VersionDetails::revealRequested, this, [](const QString &path) { desktop::revealFile(path); });
    connect(m_details, &VersionDetails::exportRequested, this, &ProjectBrowser::exportVersion);
    connect(m_details, &VersionDetails::deleteRequested, this, &ProjectBrowser::deleteItem);
    connect(&context, &AppContext::projectsChanged, this, &ProjectBrowser::reload);
    retranslate();
    reload();
}

void ProjectBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProjectBrowser::retranslate()
{
    m_search->setPlaceholderText(tr("Search songs, genres, keys, requests…"));
    m_search->setAccessibleName(tr("Search projects"));
    m_view->setAccessibleName(tr("Projects and their versions"));
    updateEmptyState();
}

void ProjectBrowser::reload()
{
    session::ProjectStore *store = m_context.projects();
    if (!store) {
        m_loadError = tr("The history could not be opened, so projects cannot be listed.");
        m_model->setProjects({});
        updateEmptyState();
        Q_EMIT loaded();
        return;
    }
    const int generation = ++m_loadGeneration;
    session::ProjectQuery query;
    query.text = m_search->text().trimmed();
    whenReady(QtConcurrent::run([store = *store, query] { return store.list(query); }), this,
              [this, generation](const Result<QList<ProjectInfo>> &projects) {
                  if (generation != m_loadGeneration)
                      return;
                  const qint64 selectedProject = m_wantedProject ? m_wantedProject
                                                                 : m_view->currentIndex().data(ProjectModel::ProjectIdRole).toLongLong();
                  const bool versionSelected = ProjectModel::Kind(m_view->currentIndex().data(ProjectModel::KindRole).toInt())
                      == ProjectModel::Kind::Version;
                  const qint64 selectedVersion = m_wantedVersion ? m_wantedVersion
                      : versionSelected ? m_view->currentIndex().data(ProjectModel::VersionIdRole).toLongLong() : 0;
                  m_loadError = projects ? QString() : projects.errorMessage();
                  m_model->setProjects(projects ? *projects : QList<ProjectInfo>{});
                  updateEmptyState();
                  if (selectedProject)
                      selectVersion(selectedProject, selectedVersion);
                  else if (m_model->rowCount() > 0)
                      m_view->setCurrentIndex(m_model->index(0, 0));
                  else
                      m_details->clear();
                  Q_EMIT loaded();
              });
}

void ProjectBrowser::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_splitter);
    if (!m_loadError.isEmpty()) {
        m_empty->setTitle(tr("Projects are not available"));
        m_empty->setText(m_loadError);
    } else if (!m_search->text().trimmed().isEmpty()) {
        m_empty->setTitle(tr("No song matches"));
        m_empty->setText(tr("Nothing in your projects matches “%1”.").arg(m_search->text().trimmed()));
    } else {
        m_empty->setTitle(tr("No songs yet"));
        m_empty->setText(tr("Songs you make in the chat appear here, with every version."));
    }
}

void ProjectBrowser::loadVersions(qint64 projectId)
{
    session::ProjectStore *store = m_context.projects();
    if (!store)
        return;
    whenReady(QtConcurrent::run([store = *store, projectId] { return store.versions(projectId); }), this,
              [this, projectId](const Result<QList<VersionInfo>> &versions) {
                  if (!versions) {
                      Q_EMIT message(versions.errorMessage());
                      return;
                  }
                  m_model->setVersions(projectId, *versions);
                  if (m_wantedVersion)
                      selectVersion(m_wantedProject, m_wantedVersion);
              });
}

void ProjectBrowser::selectVersion(qint64 projectId, qint64 versionId)
{
    const QModelIndex project = m_model->indexOfProject(projectId);
    if (!project.isValid()) {
        m_wantedProject = projectId;   // not listed yet: selected when it is
        m_wantedVersion = versionId;
        return;
    }
    if (versionId == 0) {
        m_wantedProject = m_wantedVersion = 0;
        m_view->setCurrentIndex(project);
        m_view->scrollTo(project);
        return;
    }
    const QModelIndex version = m_model->indexOfVersion(versionId);
    if (version.isValid()) {
        m_wantedProject = m_wantedVersion = 0;
        m_view->expand(project);
        m_view->setCurrentIndex(version);
        m_view->scrollTo(version);
        return;
    }
    m_wantedProject = projectId;
    m_wantedVersion = versionId;
    // Fetches the versions once; the selection follows when they arrive.
    if (m_model->canFetchMore(project))
        m_model->fetchMore(project);
    m_view->expand(project);
}

void ProjectBrowser::showSelection()
{
    const QModelIndex current = m_view->currentIndex();
    const ProjectInfo *project = m_model->projectAt(current);
    if (!project) {
        m_details->clear();
        return;
    }
    if (const VersionInfo *version = m_model->versionAt(current)) {
        m_details->showVersion(*project, *version, false);
        return;
    }
    // The project's newest version, with its samples (the list leaves them out).
    m_details->showVersion(*project, project->latest, true);
    session::ProjectStore *store = m_context.projects();
    if (!store)
        return;
    const ProjectInfo shown = *project;
    whenReady(QtConcurrent::run([store = *store, id = shown.latest.id] { return store.version(id); }), this,
              [this, shown](const Result<VersionInfo> &version) {
                  if (version && m_details->version().id == version->id)
                      m_details->showVersion(shown, *version, true);
              });
}

void ProjectBrowser::activate(const QModelIndex &index)
{
    if (m_model->versionAt(index)) {
        desktop::openFile(index.data(ProjectModel::SetPathRole).toString());
        return;
    }
    m_view->setExpanded(index, !m_view->isExpanded(index));
}

void ProjectBrowser::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    const ProjectInfo *project = m_model->projectAt(index);
    if (!project)
        return;
    const VersionInfo *version = m_model->versionAt(index);
    const QString setPath = index.data(ProjectModel::SetPathRole).toString();
    const qint64 versionId = index.data(ProjectModel::VersionIdRole).toLongLong();
    const qint64 projectId = project->id;
    QMenu menu(this);
    menu.addAction(icons::icon(QStringLiteral("open-external")), tr("Open in Live"), this,
                   [setPath] { desktop::openFile(setPath); });
    menu.addAction(icons::icon(QStringLiteral("reveal")), tr("Show in Folder"), this,
                   [setPath] { desktop::revealFile(setPath); });
    menu.addAction(icons::icon(QStringLiteral("folder")), tr("Export…"), this,
                   [this, versionId] { exportVersion(versionId); });
    menu.addSeparator();
    const bool wholeProject = version == nullptr;
    menu.addAction(icons::icon(QStringLiteral("trash")), wholeProject ? tr("Delete Song…") : tr("Delete Version…"), this,
                   [this, projectId, versionId, wholeProject] { deleteItem(projectId, versionId, wholeProject); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ProjectBrowser::exportVersion(qint64 versionId)
{
    session::ProjectStore *store = m_context.projects();
    if (!store || versionId == 0)
        return;
    const QString destination = QFileDialog::getExistingDirectory(
        this, tr("Export the Project Folder To"), QStandardPaths::writableLocation(QStandardPaths::DesktopLocation));
    if (destination.isEmpty())
        return;
    whenReady(QtConcurrent::run([store = *store, versionId, destination] { return store.exportVersion(versionId, destination); }),
              this, [this](const Result<QString> &folder) {
                  Q_EMIT message(folder ? tr("Exported to %1").arg(*folder) : folder.errorMessage());
              });
}

void ProjectBrowser::deleteItem(qint64 projectId, qint64 versionId, bool wholeProject)
{
    session::ProjectStore *store = m_context.projects();
    const QModelIndex projectIndex = m_model->indexOfProject(projectId);
    const ProjectInfo *project = m_model->projectAt(projectIndex);
    if (!store || !project)
        return;
    const bool lastVersion = project->versionCount <= 1;
    QString question;
    if (wholeProject || lastVersion) {
        question = tr("Delete “%1” and its %n version(s)? Their Live project folders are deleted from disk too.",
                      nullptr, project->versionCount)
                       .arg(project->name);
    } else {
        const VersionInfo *version = m_model->versionAt(m_model->indexOfVersion(versionId));
        question = tr("Delete version %1 of “%2”? Its Live project folder is deleted from disk too.")
                       .arg(version ? version->number : 0)
                       .arg(project->name);
    }
    if (!confirmDestructive(this, tr("Delete"), question, tr("Delete")))
        return;
    auto work = wholeProject ? QtConcurrent::run([store = *store, projectId] { return store.deleteProject(projectId); })
                             : QtConcurrent::run([store = *store, versionId] { return store.deleteVersion(versionId); });
    whenReady(work, this, [this](const Result<void> &deleted) {
        if (!deleted)
            Q_EMIT message(deleted.errorMessage());
        m_context.notifyProjectsChanged();
    });
}

} // namespace musiaia::gui
