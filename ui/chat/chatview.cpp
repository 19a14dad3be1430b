// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatview.h"

#include "chat/chatmessages.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace musiaia::gui {
namespace {
constexpr int ColumnWidth = 760;
} // namespace

ChatView::ChatView(QWidget *parent)
    : QScrollArea(parent)
    , m_column(new QWidget)
    , m_layout(new QVBoxLayout(m_column))
{
    setObjectName(QStringLiteral("chatView"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus);

    auto *page = new QWidget;
    page->setAutoFillBackground(false);
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(24, 20, 24, 12);
    row->addStretch(1);
    row->addWidget(m_column, 100);
    row->addStretch(1);
    m_column->setMaximumWidth(ColumnWidth);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(18);
    m_layout->addStretch(1);
    setWidget(page);
    // The conversation sits on the base colour, like the welcome view.
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    page->setAutoFillBackground(false);

    // Keep to the bottom while the reader is there; stay put when they scrolled up.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_followBottom = value >= verticalScrollBar()->maximum() - 24;
    });
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        if (m_followBottom)
            verticalScrollBar()->setValue(maximum);
    });
}

void ChatView::clear()
{
    while (m_layout->count() > 1) {
        QLayoutItem *item = m_layout->takeAt(1);
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    m_followBottom = true;
}

void ChatView::add(QWidget *widget, Qt::Alignment alignment)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    if (alignment & Qt::AlignRight) {
        row->addStretch(1);
        row->addWidget(widget, 0);
        widget->setMaximumWidth(int(ColumnWidth * 0.8));
    } else {
        row->addWidget(widget, 1);
    }
    m_layout->addLayout(row);
    m_followBottom = true;
}

UserBubble *ChatView::addUserMessage(const QString &text)
{
    auto *bubble = new UserBubble(text, m_column);
    add(bubble, Qt::AlignRight);
    return bubble;
}

AssistantMessage *ChatView::addAssistantMessage()
{
    auto *message = new AssistantMessage(m_column);
    add(message, Qt::AlignLeft);
    return message;
}

void ChatView::addNote(const QString &text)
{
    auto *note = new QLabel(text, m_column);
    note->setObjectName(QStringLiteral("chatNote"));
    note->setProperty("musiaiaRole", QStringLiteral("caption"));
    note->setAlignment(Qt::AlignCenter);
    note->setWordWrap(true);
    add(note, Qt::AlignLeft);
}

QList<AssistantMessage *> ChatView::assistantMessages() const
{
    return m_column->findChildren<AssistantMessage *>(QString(), Qt::FindDirectChildrenOnly);
}

AssistantMessage *ChatView::lastAssistantMessage() const
{
    const QList<AssistantMessage *> messages = assistantMessages();
    return messages.isEmpty() ? nullptr : messages.last();
}

bool ChatView::isEmpty() const
{
    return m_layout->count() <= 1;
}

} // namespace musiaia::gui
