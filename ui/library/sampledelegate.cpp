// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledelegate.h"

#include "library/evidence.h"
#include "library/samplemodel.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPainter>

namespace musiaia::gui {

QWidget *SampleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case SampleModel::Type: {
        auto *combo = new QComboBox(parent);
        for (const QString &type : library::sampleTypes())
            combo->addItem(SampleModel::typeDisplayName(type), type);
        combo->setAccessibleName(SampleModel::tr("Type"));
        return combo;
    }
    case SampleModel::Kind: {
        auto *combo = new QComboBox(parent);
        combo->addItem(SampleModel::kindDisplayName(library::oneShotKind()), library::oneShotKind());
        combo->addItem(SampleModel::kindDisplayName(library::loopKind()), library::loopKind());
        combo->setAccessibleName(SampleModel::tr("Kind"));
        return combo;
    }
    case SampleModel::Tempo:
    case SampleModel::Key: {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(index.column() == SampleModel::Tempo ? SampleModel::tr("e.g. 124") : SampleModel::tr("e.g. Am, F#, 8A"));
        edit->setAccessibleName(index.column() == SampleModel::Tempo ? SampleModel::tr("Tempo") : SampleModel::tr("Key"));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void SampleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SampleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void SampleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != SampleModel::Confidence) {
        QStyledItemDelegate::paint(painter, option, index);
        // A correction by the musician: a small accent dot in the cell's corner.
        const QVariant source = index.data(SampleModel::SourceRole);
        if (source.isValid() && library::Source(source.toInt()) == library::Source::User) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(theme::accent());
            painter->drawEllipse(QPointF(option.rect.right() - 5.0, option.rect.top() + 5.0), 2.5, 2.5);
            painter->restore();
        }
        return;
    }
    // The cell's background and selection without its text: the bar says it (the tooltip in words).
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (index.data(SampleModel::TypeRole).toString().isEmpty())
        return;
    const double confidence = qBound(0.0, index.data(SampleModel::ConfidenceRole).toDouble(), 1.0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF track = QRectF(option.rect).adjusted(8, option.rect.height() / 2.0 - 2, -8, -(option.rect.height() / 2.0 - 2));
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme::withAlpha(option.palette.color(QPalette::Text), 0.12));
    painter->drawRoundedRect(track, 2, 2);
    QColor fill = confidence >= 0.75 ? theme::success() : confidence >= 0.45 ? theme::warning() : theme::danger();
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(track.left(), track.top(), track.width() * confidence, track.height()), 2, 2);
    painter->restore();
}

} // namespace musiaia::gui
