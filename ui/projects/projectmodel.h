// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/sessiontypes.h"

#include <QAbstractItemModel>

namespace musiaia::gui {

// The history as a tree: projects (songs), newest first, each with its versions as children
// (newest first), loaded when a project is expanded. Rows drag out as the set's file URL, so a
// version goes straight into Live. The model only shows what it is given: the browser loads it
// from session::ProjectStore.
class ProjectModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectModel)

public:
    enum Column { Name, Genre, Tempo, Key, Length, Updated, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1,   // Kind
        ProjectIdRole,
        VersionIdRole,                 // the version itself, or a project's newest
        SetPathRole,                   // the .als of the version (a project's newest)
        SubtitleRole,                  // "House · 124 BPM · A minor · 3 versions" / the version's changes
        UpdatedRole,                   // QDateTime
        SortRole,                      // raw values for sorting
    };
    enum class Kind { Project, Version };

    explicit ProjectModel(QObject *parent = nullptr);

    void setProjects(const QList<session::ProjectInfo> &projects);
    // Children of a project, newest first. Ignored when the project is no longer listed.
    void setVersions(qint64 projectId, const QList<session::VersionInfo> &versions);

    const session::ProjectInfo *projectAt(const QModelIndex &index) const;
    // A version row's version (nullptr for a project row).
    const session::VersionInfo *versionAt(const QModelIndex &index) const;
    QModelIndex indexOfProject(qint64 projectId) const;
    QModelIndex indexOfVersion(qint64 versionId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // "House · 124 BPM · A minor", for a project's newest version or a version.
    static QString summary(const session::VersionInfo &version);
    // The history keeps English key names ("A minor"); a Spanish window says "La menor".
    static QString keyText(const QString &keyName);

Q_SIGNALS:
    // A project was expanded: the browser loads its versions and calls setVersions().
    void versionsWanted(qint64 projectId);

private:
    struct Node
    {
        session::ProjectInfo project;
        QList<session::VersionInfo> versions;
        bool requested = false;
    };
    QVariant projectData(const Node &node, int column, int role) const;
    QVariant versionData(const Node &node, const session::VersionInfo &version, int column, int role) const;

    QList<Node> m_nodes;
};

} // namespace musiaia::gui
