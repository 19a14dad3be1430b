// SPDX-License-Identifier: GPL-3.0-or-later
#include "arrangementview.h"

#include "theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace musiaia::gui {
namespace {
constexpr int MaxLanesAtFullHeight = 10;
constexpr int MaxCompactHeight = 150;   // many tracks share this much height
} // namespace

ArrangementView::ArrangementView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("arrangementView"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
    updateAccessibleText();
}

void ArrangementView::setOverview(const als::ArrangementOverview &overview)
{
    m_overview = overview;
    updateAccessibleText();
    updateGeometry();
    update();
}

int ArrangementView::laneHeight() const
{
    // Many tracks get thinner lanes, so a big set still fits in a card.
    if (m_overview.lanes.size() <= MaxLanesAtFullHeight)
        return 13;
    return qMax(2, int((MaxCompactHeight - headerHeight()) / m_overview.lanes.size()) - laneGap());
}

int ArrangementView::laneGap() const
{
    return m_overview.lanes.size() > MaxLanesAtFullHeight ? 1 : 3;
}

int ArrangementView::headerHeight() const
{
    return fontMetrics().height() + 6;
}

int ArrangementView::labelWidth() const
{
    return m_overview.lanes.size() > MaxLanesAtFullHeight ? 0 : 78;
}

QSize ArrangementView::sizeHint() const
{
    const int lanes = int(m_overview.lanes.size());
    return {480, headerHeight() + lanes * (laneHeight() + laneGap()) + 2};
}

QSize ArrangementView::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

QRectF ArrangementView::timelineRect() const
{
    return QRectF(labelWidth(), headerHeight(), width() - labelWidth(), height() - headerHeight());
}

void ArrangementView::updateAccessibleText()
{
    setAccessibleName(tr("Arrangement"));
    QStringList sections;
    for (const als::OverviewSection &section : std::as_const(m_overview.sections)) {
        if (!section.name.isEmpty())
            sections << section.name;
    }
    setAccessibleDescription(tr("%n track(s) over the sections: %1", nullptr, int(m_overview.lanes.size()))
                                 .arg(QLocale().createSeparatedList(sections)));
}

void ArrangementView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_overview.isEmpty())
        return;
    const QRectF timeline = timelineRect();
    const double scale = timeline.width() / m_overview.length;
    const QColor text = palette().color(QPalette::WindowText);
    const QColor muted = theme::mutedText();

    // Section bands: every other one slightly tinted, a hairline at each boundary, the name above.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetrics smallMetrics(small);
    for (qsizetype i = 0; i < m_overview.sections.size(); ++i) {
        const als::OverviewSection &section = m_overview.sections.at(i);
        const QRectF band(timeline.left() + section.start * scale, 0, (section.end - section.start) * scale, height());
        if (i % 2 == 1)
            painter.fillRect(band.adjusted(0, headerHeight() - 2, 0, 0), theme::withAlpha(text, 0.035));
        if (i > 0) {
            painter.setPen(QPen(theme::withAlpha(text, 0.14), 1));
            painter.drawLine(QPointF(band.left() + 0.5, 2), QPointF(band.left() + 0.5, height()));
        }
        painter.setPen(muted);
        const QRectF label = band.adjusted(4, 0, -2, 0);
        painter.drawText(QRectF(label.left(), 0, label.width(), headerHeight() - 2), Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(section.name, Qt::ElideRight, int(label.width())));
    }

    const int lane = laneHeight();
    for (qsizetype row = 0; row < m_overview.lanes.size(); ++row) {
        const als::OverviewLane &laneData = m_overview.lanes.at(row);
        const double top = timeline.top() + row * (lane + laneGap());
        if (labelWidth() > 0) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(theme::liveColor(laneData.color));
            painter.drawRoundedRect(QRectF(0, top + lane / 2.0 - 3, 6, 6), 1.5, 1.5);
            painter.setPen(text);
            painter.drawText(QRectF(11, top - 2, labelWidth() - 16, lane + 4), Qt::AlignLeft | Qt::AlignVCenter,
                             smallMetrics.elidedText(laneData.name, Qt::ElideRight, labelWidth() - 16));
        }
        // A faint track line, so that empty stretches still read as the lane.
        painter.fillRect(QRectF(timeline.left(), top + lane / 2.0 - 0.5, timeline.width(), 1), theme::withAlpha(text, 0.06));
        for (const als::OverviewBlock &block : laneData.blocks) {
            QColor color = theme::liveColor(block.color);
            if (theme::isDark())
                color = theme::mix(color, palette().color(QPalette::Window), 0.12);
            const QRectF box(timeline.left() + block.start * scale + 0.5, top, qMax(1.5, (block.end - block.start) * scale - 1.0), lane);
            painter.setPen(QPen(color.darker(135), 0.8));
            painter.setBrush(color);
            painter.drawRoundedRect(box, 2, 2);
        }
    }
}

bool ArrangementView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_overview.isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QRectF timeline = timelineRect();
        const int row = int((help->pos().y() - timeline.top()) / (laneHeight() + laneGap()));
        const double beat = (help->pos().x() - timeline.left()) / timeline.width() * m_overview.length;
        QString tip;
        if (row >= 0 && row < m_overview.lanes.size() && help->pos().y() >= timeline.top())
            tip = m_overview.lanes.at(row).name;
        for (const als::OverviewSection &section : std::as_const(m_overview.sections)) {
            if (beat >= section.start && beat < section.end && !section.name.isEmpty()) {
                tip = tip.isEmpty() ? section.name : tr("%1 · %2").arg(tip, section.name);
                break;
            }
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace musiaia::gui
