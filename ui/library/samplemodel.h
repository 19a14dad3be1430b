// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/evidence.h"
#include "library/sampletypes.h"

#include <QAbstractTableModel>

namespace musiaia::gui {

// The sample library as a table: name, type, one-shot or loop, tempo, key (or root note), length
// and how sure MusiaIA is of the type. Musical fields are editable: an edit is a correction the
// panel writes through core (correctionRequested), and the row is refreshed from what core then
// says. Rows drag out as the files' URLs.
class SampleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleModel)

public:
    enum Column { Name, Type, Kind, Tempo, Key, Duration, Confidence, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        PathRole,
        FolderIdRole,
        SortRole,         // raw values: numbers sort as numbers, empties last
        TypeRole,         // "kick" ... (sampleTypes()), empty when unknown
        KindRole,         // "loop" or "one-shot", empty when unknown
        BpmRole,          // double, invalid when unknown
        KeyCodeRole,      // MusicalKey::code(), invalid when unknown
        DurationRole,     // seconds
        ConfidenceRole,   // the type's confidence, 0..1
        SourceRole,       // library::Source of the column's value, invalid when unknown
        MissingRole,      // the file is gone
    };

    explicit SampleModel(QObject *parent = nullptr);

    void setSamples(const QList<library::SampleRecord> &samples);
    // Replaces the row of the same id (after a correction).
    void updateSample(const library::SampleRecord &sample);
    const library::SampleRecord *sampleAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // The field a column edits, if any.
    static std::optional<library::Field> fieldOf(int column);
    // "Kick", "Bombo": a type's name in the interface language.
    static QString typeDisplayName(const QString &type);
    static QString kindDisplayName(const QString &kind);
    static QString sourceDisplayName(library::Source source);

Q_SIGNALS:
    // The musician edited a field: the panel writes it as a correction and updates the row.
    void correctionRequested(qint64 sampleId, musiaia::library::Field field, const QString &value);

private:
    QVariant display(const library::SampleRecord &sample, int column) const;
    QVariant sortValue(const library::SampleRecord &sample, int column) const;
    QString toolTip(const library::SampleRecord &sample, int column) const;

    QList<library::SampleRecord> m_samples;
};

} // namespace musiaia::gui
