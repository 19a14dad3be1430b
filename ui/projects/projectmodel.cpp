// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectmodel.h"

#include "icons.h"
#include "language.h"
#include "music/genre.h"
#include "music/theory.h"
#include "session/wording.h"

#include <QLocale>
#include <QMimeData>
#include <QUrl>

namespace musiaia::gui {

using session::ProjectInfo;
using session::VersionInfo;

ProjectModel::ProjectModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ProjectModel::setProjects(const QList<ProjectInfo> &projects)
{
    beginResetModel();
    QList<Node> previous = std::exchange(m_nodes, {});
    for (const ProjectInfo &project : projects) {
        Node node{project, {}, false};
        // Keep loaded versions of a project that did not change, so that expanded rows stay.
        for (const Node &old : std::as_const(previous)) {
            if (old.project.id == project.id && old.project.versionCount == project.versionCount
                && old.project.latest.id == project.latest.id) {
                node.versions = old.versions;
                node.requested = old.requested;
            }
        }
        m_nodes.append(node);
    }
    endResetModel();
}

void ProjectModel::setVersions(qint64 projectId, const QList<VersionInfo> &versions)
{
    const QModelIndex parentIndex = indexOfProject(projectId);
    if (!parentIndex.isValid())
        return;
    Node &node = m_nodes[parentIndex.row()];
    node.requested = true;
    QList<VersionInfo> newestFirst = versions;
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [](const VersionInfo &a, const VersionInfo &b) { return a.number > b.number; });
    const auto sameIds = [&] {
        if (newestFirst.size() != node.versions.size())
            return false;
        for (qsizetype i = 0; i < newestFirst.size(); ++i) {
            if (newestFirst.at(i).id != node.versions.at(i).id)
                return false;
        }
        return true;
    };
    if (!newestFirst.isEmpty() && sameIds()) {
        // The same versions again: refresh them in place, so that the selection stays.
        node.versions = newestFirst;
        Q_EMIT dataChanged(index(0, 0, parentIndex), index(int(newestFirst.size()) - 1, ColumnCount - 1, parentIndex));
        return;
    }
    if (!node.versions.isEmpty()) {
        beginRemoveRows(parentIndex, 0, int(node.versions.size()) - 1);
        node.versions.clear();
        endRemoveRows();
    }
    if (newestFirst.isEmpty())
        return;
    beginInsertRows(parentIndex, 0, int(newestFirst.size()) - 1);
    node.versions = newestFirst;
    endInsertRows();
}

const ProjectInfo *ProjectModel::projectAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : int(index.internalId()) - 1;
    return row >= 0 && row < m_nodes.size() ? &m_nodes.at(row).project : nullptr;
}

const VersionInfo *ProjectModel::versionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const Node &node = m_nodes.at(int(index.internalId()) - 1);
    return index.row() < node.versions.size() ? &node.versions.at(index.row()) : nullptr;
}

QModelIndex ProjectModel::indexOfProject(qint64 projectId) const
{
    for (int row = 0; row < m_nodes.size(); ++row) {
        if (m_nodes.at(row).project.id == projectId)
            return index(row, 0);
    }
    return {};
}

QModelIndex ProjectModel::indexOfVersion(qint64 versionId) const
{
    for (int row = 0; row < m_nodes.size(); ++row) {
        const QList<VersionInfo> &versions = m_nodes.at(row).versions;
        for (int child = 0; child < versions.size(); ++child) {
            if (versions.at(child).id == versionId)
                return createIndex(child, 0, quintptr(row) + 1);
        }
    }
    return {};
}

QModelIndex ProjectModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() != 0)
        return {};   // versions have no children
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ProjectModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int ProjectModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_nodes.at(parent.row()).versions.size());
}

int ProjectModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ProjectModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_nodes.isEmpty();
    if (parent.column() != 0 || parent.internalId() != 0)
        return false;
    return m_nodes.at(parent.row()).project.versionCount > 0;
}

bool ProjectModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != 0 || parent.column() != 0)
        return false;
    const Node &node = m_nodes.at(parent.row());
    return !node.requested && node.versions.isEmpty() && node.project.versionCount > 0;
}

void ProjectModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node &node = m_nodes[parent.row()];
    node.requested = true;
    Q_EMIT versionsWanted(node.project.id);
}

QString ProjectModel::summary(const VersionInfo &version)
{
    QStringList parts;
    if (const music::GenreProfile *genre = music::findGenre(version.genre))
        parts << genre->name;
    else if (!version.genre.isEmpty())
        parts << version.genre;
    if (version.tempo > 0)
        parts << tr("%1 BPM").arg(QLocale().toString(version.tempo, 'g', 4));
    if (!version.keyName.isEmpty())
        parts << keyText(version.keyName);
    return parts.join(QStringLiteral(" · "));
}

QString ProjectModel::keyText(const QString &keyName)
{
    if (language::current() != QLocale::Spanish)
        return keyName;
    const qsizetype space = keyName.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return keyName;
    music::Key key;
    key.root = music::parseNoteName(QStringView(keyName).left(space));
    if (key.root < 0 || !music::parseModeName(QStringView(keyName).mid(space + 1), &key.mode))
        return keyName;
    return session::keyWord(key, session::Language::Spanish);
}

QVariant ProjectModel::projectData(const Node &node, int column, int role) const
{
    const ProjectInfo &project = node.project;
    const VersionInfo &latest = project.latest;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Name: return project.name;
        case Genre: return latest.genre;
        case Tempo: return latest.tempo > 0 ? QLocale().toString(latest.tempo, 'g', 4) : QString();
        case Key: return keyText(latest.keyName);
        case Length: return latest.bars > 0 ? tr("%n bar(s)", nullptr, latest.bars) : QString();
        case Updated: return QLocale().toString(project.updatedAt.toLocalTime(), QLocale::ShortFormat);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1\n%2\nUpdated %3").arg(project.name, summary(latest),
                                             QLocale().toString(project.updatedAt.toLocalTime(), QLocale::LongFormat));
    case Qt::DecorationRole:
        return column == Name ? icons::icon(QStringLiteral("project")) : QVariant();
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %n version(s)", nullptr, project.versionCount).arg(project.name, summary(latest));
    case KindRole: return QVariant::fromValue(int(Kind::Project));
    case ProjectIdRole: return project.id;
    case VersionIdRole: return latest.id;
    case SetPathRole: return latest.setPath;
    case SubtitleRole: {
        const QString versions = tr("%n version(s)", nullptr, project.versionCount);
        const QString text = summary(latest);
        return text.isEmpty() ? versions : text + QStringLiteral(" · ") + versions;
    }
    case UpdatedRole: return project.updatedAt;
    case SortRole:
        switch (Column(column)) {
        case Name: return project.name.toLower();
        case Genre: return latest.genre;
        case Tempo: return latest.tempo;
        case Key: return keyText(latest.keyName);
        case Length: return latest.bars;
        case Updated: return project.updatedAt;
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ProjectModel::versionData(const Node &node, const VersionInfo &version, int column, int role) const
{
    const QString title = tr("Version %1").arg(version.number);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Name: return title;
        case Genre: return version.genre;
        case Tempo: return version.tempo > 0 ? QLocale().toString(version.tempo, 'g', 4) : QString();
        case Key: return keyText(version.keyName);
        case Length: return version.bars > 0 ? tr("%n bar(s)", nullptr, version.bars) : QString();
        case Updated: return QLocale().toString(version.createdAt.toLocalTime(), QLocale::ShortFormat);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        return version.prompt.isEmpty() ? title : tr("%1: “%2”").arg(title, version.prompt);
    case Qt::AccessibleTextRole:
        return tr("%1 of %2: %3").arg(title, node.project.name, version.diff.isEmpty() ? version.prompt : version.diff);
    case KindRole: return QVariant::fromValue(int(Kind::Version));
    case ProjectIdRole: return node.project.id;
    case VersionIdRole: return version.id;
    case SetPathRole: return version.setPath;
    case SubtitleRole:
        if (!version.diff.isEmpty())
            return version.diff;
        return version.prompt.isEmpty() ? summary(version) : tr("“%1”").arg(version.prompt);
    case UpdatedRole: return version.createdAt;
    case SortRole: return column == Updated ? QVariant(version.createdAt) : QVariant(version.number);
    default:
        return {};
    }
}

QVariant ProjectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return projectData(m_nodes.at(index.row()), index.column(), role);
    const Node &node = m_nodes.at(int(index.internalId()) - 1);
    return versionData(node, node.versions.at(index.row()), index.column(), role);
}

QVariant ProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Genre: return tr("Genre");
    case Tempo: return tr("Tempo");
    case Key: return tr("Key");
    case Length: return tr("Length");
    case Updated: return tr("Updated");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags ProjectModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!data(index, SetPathRole).toString().isEmpty())
        flags |= Qt::ItemIsDragEnabled;
    if (index.internalId() != 0)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QStringList ProjectModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

QMimeData *ProjectModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QUrl> urls;
    QStringList paths;
    for (const QModelIndex &index : indexes) {
        const QString path = data(index, SetPathRole).toString();
        if (!path.isEmpty() && !paths.contains(path)) {
            paths << path;
            urls << QUrl::fromLocalFile(path);
        }
    }
    if (urls.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    mime->setText(paths.join(QLatin1Char('\n')));
    return mime;
}

Qt::DropActions ProjectModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

} // namespace musiaia::gui
