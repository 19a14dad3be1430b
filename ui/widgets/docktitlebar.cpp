// SPDX-License-Identifier: GPL-3.0-or-later
#include "docktitlebar.h"

#include "icons.h"
#include "theme.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace musiaia::gui {

DockTitleBar::DockTitleBar(QDockWidget *dock)
    : QWidget(dock)
    , m_dock(dock)
    , m_title(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addStretch();
    m_actions->setSpacing(2);
    layout->addLayout(m_actions);
    layout->addWidget(m_close);

    QFont font = m_title->font();
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 0.86);
    m_title->setFont(font);
    m_title->setProperty("musiaiaRole", QStringLiteral("caption"));

    m_close->setAutoRaise(true);
    m_close->setIcon(icons::icon(QStringLiteral("close")));
    m_close->setIconSize(QSize(14, 14));
    m_close->setFocusPolicy(Qt::TabFocus);
    connect(m_close, &QToolButton::clicked, dock, &QDockWidget::close);
    connect(dock, &QDockWidget::windowTitleChanged, this, &DockTitleBar::updateTitle);
    updateTitle();
    retranslate();
}

void DockTitleBar::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setIconSize(QSize(16, 16));
    button->setFocusPolicy(Qt::TabFocus);
    m_actions->addWidget(button);
}

QSize DockTitleBar::sizeHint() const
{
    QSize size = QWidget::sizeHint();
    size.setHeight(qMax(size.height(), 34));
    return size;
}

void DockTitleBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.setPen(theme::border());
    painter.drawLine(rect().bottomLeft(), rect().bottomRight());
}

void DockTitleBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool DockTitleBar::event(QEvent *event)
{
    // The dock floats on a double-click of its title, as with Qt's own title bar.
    if (event->type() == QEvent::MouseButtonDblClick
        && m_dock->features().testFlag(QDockWidget::DockWidgetFloatable)) {
        m_dock->setFloating(!m_dock->isFloating());
        return true;
    }
    return QWidget::event(event);
}

void DockTitleBar::retranslate()
{
    m_close->setToolTip(tr("Hide this panel"));
    m_close->setAccessibleName(tr("Hide the %1 panel").arg(m_dock->windowTitle()));
}

void DockTitleBar::updateTitle()
{
    m_title->setText(m_dock->windowTitle());
    retranslate();
}

} // namespace musiaia::gui
