// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatpanel.h"

#include "chat/chatview.h"
#include "chat/composer.h"
#include "chat/messageedit.h"
#include "chat/welcomeview.h"

#include <QHBoxLayout>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace musiaia::gui {

ChatPanel::ChatPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomeView(this))
    , m_view(new ChatView(this))
    , m_composer(new ChatComposer(this))
{
    setObjectName(QStringLiteral("chatPanel"));
    // The conversation sits on the base colour, one step off the side panels.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_view);

    auto *composerRow = new QHBoxLayout;
    composerRow->setContentsMargins(24, 8, 24, 14);
    composerRow->addStretch(1);
    composerRow->addWidget(m_composer, 100);
    composerRow->addStretch(1);
    m_composer->setMaximumWidth(760);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(composerRow);

    connect(m_welcome, &WelcomeView::suggestionChosen, m_composer, &ChatComposer::setText);
    connect(m_composer, &ChatComposer::submitted, this, &ChatPanel::messageSubmitted);
    connect(m_composer, &ChatComposer::stopRequested, this, &ChatPanel::stopRequested);
    // No focus proxy here or in the composer: with one, Qt keeps Tab cycling between the message
    // box and the send button, and the docks cannot be reached from the keyboard.
}

void ChatPanel::showTranscript()
{
    m_stack->setCurrentWidget(m_view);
}

void ChatPanel::showWelcome()
{
    m_stack->setCurrentWidget(m_welcome);
}

void ChatPanel::focusMessage()
{
    m_composer->edit()->setFocus(Qt::ShortcutFocusReason);
}

} // namespace musiaia::gui
