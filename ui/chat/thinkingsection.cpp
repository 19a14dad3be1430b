// SPDX-License-Identifier: GPL-3.0-or-later
#include "thinkingsection.h"

#include "icons.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace musiaia::gui {

ThinkingSection::ThinkingSection(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_preview(new QLabel(this))
    , m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("thinkingSection"));
    m_toggle->setObjectName(QStringLiteral("thinkingToggle"));
    m_body->setObjectName(QStringLiteral("thinkingBody"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setIconSize(QSize(14, 14));
    m_toggle->setCursor(Qt::PointingHandCursor);
    m_preview->setProperty("musiaiaRole", QStringLiteral("caption"));
    m_preview->setMinimumWidth(60);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setProperty("musiaiaRole", QStringLiteral("caption"));
    m_body->setContentsMargins(22, 2, 8, 6);
    m_body->hide();

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_toggle);
    header->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_body);
    connect(m_toggle, &QToolButton::toggled, this, &ThinkingSection::setExpanded);
    m_clock.start();
    updateHeader();
}

void ThinkingSection::append(const QString &text)
{
    setText(m_text + text);
}

void ThinkingSection::setText(const QString &text)
{
    m_text = text;
    m_body->setText(m_text.trimmed());
    updateHeader();
}

void ThinkingSection::finish()
{
    if (m_seconds < 0)
        m_seconds = m_clock.elapsed() / 1000;
    updateHeader();
}

bool ThinkingSection::isExpanded() const
{
    return m_body->isVisible();
}

void ThinkingSection::setExpanded(bool expanded)
{
    m_body->setVisible(expanded);
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded);
    updateHeader();
}

void ThinkingSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateHeader();
    QWidget::changeEvent(event);
}

void ThinkingSection::updateHeader()
{
    const bool expanded = m_toggle->isChecked();
    m_toggle->setIcon(icons::icon(expanded ? QStringLiteral("chevron-down") : QStringLiteral("chevron-right"), theme::mutedText()));
    if (m_seconds < 0) {
        m_toggle->setText(tr("Thinking…"));
        // The latest words, so that the musician sees it is working without opening it.
        const QString last = m_text.simplified().right(120);
        m_preview->setText(expanded ? QString() : m_preview->fontMetrics().elidedText(last, Qt::ElideLeft, qMax(60, m_preview->width())));
    } else {
        m_toggle->setText(m_seconds > 0 ? tr("Thought for %n s", nullptr, int(m_seconds)) : tr("Reasoning"));
        m_preview->clear();
    }
    m_toggle->setAccessibleName(expanded ? tr("Hide the model's reasoning") : tr("Show the model's reasoning"));
}

} // namespace musiaia::gui
