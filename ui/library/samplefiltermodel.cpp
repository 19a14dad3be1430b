// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplefiltermodel.h"

#include "library/samplemodel.h"

namespace musiaia::gui {

SampleFilterModel::SampleFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SampleModel::SortRole);
    setDynamicSortFilter(true);
}

void SampleFilterModel::setFolder(qint64 folderId)
{
    m_folder = folderId;
    invalidateRowsFilter();
}

void SampleFilterModel::setType(const QString &type)
{
    m_type = type;
    invalidateRowsFilter();
}

void SampleFilterModel::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

void SampleFilterModel::setTempoRange(std::optional<double> min, std::optional<double> max)
{
    m_tempoMin = min;
    m_tempoMax = max;
    invalidateRowsFilter();
}

void SampleFilterModel::setKey(std::optional<library::MusicalKey> key, bool compatible)
{
    m_keyCodes.clear();
    if (key) {
        const QList<library::MusicalKey> keys = compatible ? key->compatible() : QList<library::MusicalKey>{*key};
        for (const library::MusicalKey &k : keys)
            m_keyCodes << k.code();
    }
    invalidateRowsFilter();
}

bool SampleFilterModel::isFiltering() const
{
    return m_folder != 0 || !m_type.isEmpty() || !m_kind.isEmpty() || m_tempoMin || m_tempoMax || !m_keyCodes.isEmpty();
}

bool SampleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_folder != 0 && index.data(SampleModel::FolderIdRole).toLongLong() != m_folder)
        return false;
    if (!m_type.isEmpty() && index.data(SampleModel::TypeRole).toString() != m_type)
        return false;
    if (!m_kind.isEmpty() && index.data(SampleModel::KindRole).toString() != m_kind)
        return false;
    if (m_tempoMin || m_tempoMax) {
        const QVariant bpm = index.data(SampleModel::BpmRole);
        if (!bpm.isValid())
            return false;
        if ((m_tempoMin && bpm.toDouble() < *m_tempoMin) || (m_tempoMax && bpm.toDouble() > *m_tempoMax))
            return false;
    }
    if (!m_keyCodes.isEmpty()) {
        const QVariant code = index.data(SampleModel::KeyCodeRole);
        if (!code.isValid() || !m_keyCodes.contains(code.toInt()))
            return false;
    }
    return true;
}

bool SampleFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(SampleModel::SortRole);
    const QVariant b = right.data(SampleModel::SortRole);
    const int order = QVariant::compare(a, b) == QPartialOrdering::Less ? -1
        : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1 : 0;
    if (order != 0)
        return order < 0;
    // Ties by name, so that the order is stable and predictable.
    return left.siblingAtColumn(SampleModel::Name).data(SampleModel::SortRole).toString()
        < right.siblingAtColumn(SampleModel::Name).data(SampleModel::SortRole).toString();
}

} // namespace musiaia::gui
