// SPDX-License-Identifier: GPL-3.0-or-later
#include "dropoverlay.h"

#include "icons.h"
#include "theme.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace musiaia::gui {

DropOverlay::DropOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dropOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
    parent->installEventFilter(this);
}

void DropOverlay::showMessage(const QString &title, const QString &detail)
{
    m_title = title;
    m_detail = detail;
    setGeometry(parentWidget()->rect());
    raise();
    show();
    update();
}

bool DropOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void DropOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), theme::withAlpha(palette().color(QPalette::Window), 0.86));

    const QRectF frame = QRectF(rect()).adjusted(16.5, 16.5, -16.5, -16.5);
    QPen pen(theme::accent(), 2.0, Qt::DashLine);
    pen.setDashPattern({5.0, 4.0});
    painter.setPen(pen);
    painter.setBrush(theme::withAlpha(theme::accent(), 0.06));
    painter.drawRoundedRect(frame, 18, 18);

    const QPixmap icon = icons::icon(QStringLiteral("import"), theme::accent()).pixmap(QSize(48, 48), devicePixelRatioF());
    const QPointF center = frame.center();
    painter.drawPixmap(QPointF(center.x() - 24, center.y() - 64), icon);

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    painter.setFont(titleFont);
    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF titleRect(frame.left() + 24, center.y() - 4, frame.width() - 48, 36);
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
                     painter.fontMetrics().elidedText(m_title, Qt::ElideMiddle, int(titleRect.width())));

    painter.setFont(font());
    painter.setPen(theme::mutedText());
    painter.drawText(QRectF(frame.left() + 48, center.y() + 34, frame.width() - 96, 60),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_detail);
}

} // namespace musiaia::gui
