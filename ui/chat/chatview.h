// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QVBoxLayout;

namespace musiaia::gui {

class AssistantMessage;
class UserBubble;

// The conversation, in a column of comfortable reading width: the musician's bubbles on the
// right, MusiaIA's replies on the left. It follows new messages while the reader is at the bottom,
// and leaves them be when they scrolled up to read.
class ChatView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)

public:
    explicit ChatView(QWidget *parent = nullptr);

    void clear();
    UserBubble *addUserMessage(const QString &text);
    AssistantMessage *addAssistantMessage();
    // A quiet line between messages ("Now changing “Night Drive”, version 2").
    void addNote(const QString &text);
    AssistantMessage *lastAssistantMessage() const;
    QList<AssistantMessage *> assistantMessages() const;
    bool isEmpty() const;

private:
    void add(QWidget *widget, Qt::Alignment alignment);

    QWidget *m_column;
    QVBoxLayout *m_layout;
    bool m_followBottom = true;
};

} // namespace musiaia::gui
