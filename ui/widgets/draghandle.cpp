// SPDX-License-Identifier: GPL-3.0-or-later
#include "draghandle.h"

#include "icons.h"
#include "theme.h"

#include <QApplication>
#include <QDrag>
#include <QFileInfo>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QUrl>

namespace musiaia::gui {

DragHandle::DragHandle(QWidget *parent)
    : QAbstractButton(parent)
{
    setCursor(Qt::OpenHandCursor);
    setFocusPolicy(Qt::NoFocus);   // a drag needs a pointer; the buttons beside it serve the keyboard
    setAttribute(Qt::WA_Hover);
}

void DragHandle::setFilePath(const QString &path)
{
    m_path = path;
    setEnabled(!path.isEmpty());
    update();
}

QMimeData *DragHandle::mimeDataFor(const QString &path)
{
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    mime->setText(path);
    return mime;
}

QSize DragHandle::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(text()) + 40, qMax(30, fontMetrics().height() + 14)};
}

void DragHandle::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor accent = theme::accent();
    QPen pen(theme::withAlpha(accent, isEnabled() ? 0.9 : 0.3), 1.2, Qt::DashLine);
    pen.setDashPattern({3.0, 2.5});
    painter.setPen(pen);
    painter.setBrush(theme::withAlpha(accent, underMouse() ? 0.16 : 0.08));
    painter.drawRoundedRect(box, 7, 7);
    const QPixmap grip = icons::icon(QStringLiteral("grip"), accent).pixmap(QSize(16, 16), devicePixelRatioF());
    painter.drawPixmap(QPointF(8, (height() - 16) / 2.0), grip);
    painter.setPen(isEnabled() ? palette().color(QPalette::WindowText) : theme::mutedText());
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    painter.setFont(bold);
    painter.drawText(QRectF(28, 0, width() - 34, height()), Qt::AlignVCenter | Qt::AlignLeft, text());
}

void DragHandle::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressedAt = event->position().toPoint();
    QAbstractButton::mousePressEvent(event);
}

void DragHandle::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_path.isEmpty()
        || (event->position().toPoint() - m_pressedAt).manhattanLength() < QApplication::startDragDistance()) {
        QAbstractButton::mouseMoveEvent(event);
        return;
    }
    setDown(false);
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeDataFor(m_path));
    drag->setPixmap(grab());
    drag->setHotSpot(m_pressedAt);
    drag->exec(Qt::CopyAction | Qt::LinkAction, Qt::CopyAction);
}

} // namespace musiaia::gui
