// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspill.h"

#include "theme.h"

#include <QPainter>

namespace musiaia::gui {

StatusPill::StatusPill(QWidget *parent)
    : QAbstractButton(parent)
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setAttribute(Qt::WA_Hover);
}

void StatusPill::setState(const QString &text, const QColor &dot)
{
    setText(text);
    m_dot = dot;
    updateGeometry();
    update();
}

QSize StatusPill::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(text()) + 30, fontMetrics().height() + 8};
}

void StatusPill::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 1.5, -0.5, -1.5);
    if (underMouse() || hasFocus()) {
        painter.setPen(hasFocus() ? QPen(theme::accent()) : Qt::NoPen);
        painter.setBrush(theme::surfaceRaised());
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_dot);
    painter.drawEllipse(QPointF(12, height() / 2.0), 3.5, 3.5);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(22, 0, width() - 26, height()), Qt::AlignVCenter | Qt::AlignLeft, text());
}

} // namespace musiaia::gui
