// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystate.h"

#include "icons.h"
#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace musiaia::gui {

EmptyState::EmptyState(const QString &iconName, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
    , m_extra(new QVBoxLayout)
    , m_iconName(iconName)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(8);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addLayout(m_extra);
    layout->addStretch(3);

    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    theme::setFontScale(m_title, 1.15, true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setProperty("musiaiaRole", QStringLiteral("caption"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->hide();
    connect(m_button, &QPushButton::clicked, this, &EmptyState::clicked);
    refreshIcon();
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

void EmptyState::setButtonText(const QString &text)
{
    m_button->setText(text);
    m_button->setAccessibleName(text);
    m_button->setVisible(!text.isEmpty());
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refreshIcon();
    QWidget::changeEvent(event);
}

void EmptyState::refreshIcon()
{
    const QIcon icon = icons::icon(m_iconName, theme::mutedText());
    m_icon->setPixmap(icon.pixmap(QSize(40, 40), devicePixelRatioF()));
}

} // namespace musiaia::gui
