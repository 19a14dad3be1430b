// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDockWidget;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace musiaia::gui {

// A quiet title bar for the side docks: the title in small capitals on the left, the dock's own
// actions (import, search…) and a close button on the right. Drag it to move the dock; double-
// click it to float the dock, as with the standard title bar.
class DockTitleBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockTitleBar)

public:
    explicit DockTitleBar(QDockWidget *dock);

    void addAction(QAction *action);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void retranslate();
    void updateTitle();

    QDockWidget *m_dock;
    QLabel *m_title;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
};

} // namespace musiaia::gui
