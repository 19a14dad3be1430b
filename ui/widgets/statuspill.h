// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QColor>

namespace musiaia::gui {

// A small status indicator for the status bar: a coloured dot and a short text ("GLM-4.6",
// "Offline composer"). Clicking it opens what it is about (the provider settings).
class StatusPill final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPill)

public:
    explicit StatusPill(QWidget *parent = nullptr);

    void setState(const QString &text, const QColor &dot);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_dot;
};

} // namespace musiaia::gui
