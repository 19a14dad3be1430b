// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdelegate.h"

#include "projects/projectmodel.h"
#include "theme.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace musiaia::gui {
namespace {

// "14:05" today, "Mon 14:05" this week, "3 Nov" this year, "3 Nov 2025" before.
QString shortWhen(const QDateTime &utc)
{
    const QDateTime when = utc.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    if (when.date() == today)
        return locale.toString(when.time(), QLocale::ShortFormat);
    if (when.date().daysTo(today) < 7)
        return locale.toString(when, QStringLiteral("ddd ")) + locale.toString(when.time(), QLocale::ShortFormat);
    if (when.date().year() == today.year())
        return locale.toString(when.date(), QStringLiteral("d MMM"));
    return locale.toString(when.date(), QStringLiteral("d MMM yyyy"));
}

} // namespace

QSize ProjectDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {200, option.fontMetrics.lineSpacing() * 2 + 14};
}

void ProjectDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const bool hovered = opt.state.testFlag(QStyle::State_MouseOver);
    const QRectF row = QRectF(opt.rect).adjusted(2, 1, -4, -1);
    if (selected || hovered) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? theme::accentSoft() : theme::withAlpha(opt.palette.color(QPalette::Text), 0.05));
        painter->drawRoundedRect(row, 6, 6);
    }
    if (opt.state.testFlag(QStyle::State_HasFocus) && selected) {
        painter->setPen(QPen(theme::withAlpha(theme::accent(), 0.7), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(row.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    }

    const bool project = ProjectModel::Kind(index.data(ProjectModel::KindRole).toInt()) == ProjectModel::Kind::Project;
    QRectF content = row.adjusted(8, 6, -8, -6);
    if (project && !opt.icon.isNull()) {
        const QSize iconSize(16, 16);
        opt.icon.paint(painter, QRect(QPoint(int(content.left()), int(content.top() + 1)), iconSize));
        content.setLeft(content.left() + 22);
    }

    const QString when = shortWhen(index.data(ProjectModel::UpdatedRole).toDateTime());
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const QFontMetrics smallMetrics(small);
    const int whenWidth = smallMetrics.horizontalAdvance(when);
    const qreal line = opt.fontMetrics.lineSpacing();

    QFont title = opt.font;
    if (project)
        title.setWeight(QFont::DemiBold);
    painter->setFont(title);
    painter->setPen(opt.palette.color(QPalette::Text));
    const QRectF titleRect(content.left(), content.top(), content.width() - whenWidth - 8, line);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(title).elidedText(opt.text, Qt::ElideRight, int(titleRect.width())));

    painter->setFont(small);
    painter->setPen(theme::mutedText());
    painter->drawText(QRectF(content.right() - whenWidth, content.top(), whenWidth, line), Qt::AlignRight | Qt::AlignVCenter, when);
    const QString subtitle = index.data(ProjectModel::SubtitleRole).toString();
    painter->drawText(QRectF(content.left(), content.top() + line + 1, content.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(subtitle, Qt::ElideRight, int(content.width())));
    painter->restore();
}

} // namespace musiaia::gui
