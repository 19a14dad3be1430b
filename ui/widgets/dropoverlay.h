// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace musiaia::gui {

// Covers its parent while something droppable is dragged over it and says what a drop will do
// ("Drop to analyse Night Drive.als"). It never takes mouse events: the parent handles the drop.
class DropOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DropOverlay)

public:
    explicit DropOverlay(QWidget *parent);

    void showMessage(const QString &title, const QString &detail);
    QString title() const { return m_title; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_title;
    QString m_detail;
};

} // namespace musiaia::gui
