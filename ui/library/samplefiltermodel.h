// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/musicalkey.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace musiaia::gui {

// Narrows the library table the way a producer browses: by folder, type, one-shot or loop, a
// tempo range and a key (optionally the keys that mix with it); sorts by the raw values.
class SampleFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleFilterModel)

public:
    explicit SampleFilterModel(QObject *parent = nullptr);

    void setFolder(qint64 folderId);                  // 0 = every folder
    void setType(const QString &type);                // empty = any
    void setKind(const QString &kind);                // empty = any
    void setTempoRange(std::optional<double> min, std::optional<double> max);
    void setKey(std::optional<library::MusicalKey> key, bool compatible);

    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    qint64 m_folder = 0;
    QString m_type;
    QString m_kind;
    std::optional<double> m_tempoMin;
    std::optional<double> m_tempoMax;
    QList<int> m_keyCodes;   // accepted keys; empty = any
};

} // namespace musiaia::gui
