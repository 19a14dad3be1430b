// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/arrangementoverview.h"

#include <QWidget>

namespace musiaia::gui {

// Draws an arrangement overview: the sections across the top, a lane per track with its clips as
// blocks in Live's colours, so that a song's shape reads at a glance (where the drop is, which
// parts play in the break). Hovering shows the track and section under the pointer.
class ArrangementView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArrangementView)

public:
    explicit ArrangementView(QWidget *parent = nullptr);

    void setOverview(const als::ArrangementOverview &overview);
    const als::ArrangementOverview &overview() const { return m_overview; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int laneHeight() const;
    int laneGap() const;
    int headerHeight() const;
    int labelWidth() const;
    QRectF timelineRect() const;
    void updateAccessibleText();

    als::ArrangementOverview m_overview;
};

} // namespace musiaia::gui
