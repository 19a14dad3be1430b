// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/chatbackend.h"
#include "session/sessiontypes.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace musiaia::gui {

class ProgressSteps;
class ThinkingSection;

// The musician's words: a bubble on the right.
class UserBubble final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserBubble)

public:
    explicit UserBubble(const QString &text, QWidget *parent = nullptr);
    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_label;
};

// MusiaIA's reply: who answered, the thinking of a reasoning model, the words as they stream in,
// the steps of a generation, the song or analysis card, and copy and retry.
class AssistantMessage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssistantMessage)

public:
    explicit AssistantMessage(QWidget *parent = nullptr);

    void setProvider(const QString &provider, const QString &model);
    void appendText(const QString &text);
    void setText(const QString &text);
    QString text() const { return m_text; }
    void appendReasoning(const QString &text);
    void setProgress(const ChatProgress &step);
    void addCard(QWidget *card);
    // The turn is over. `text` is the stored reply (shown when nothing streamed).
    void finish(session::MessageRecord::Status status, const QString &text);
    void setRetryable(bool retryable);

    ThinkingSection *thinking() const { return m_thinking; }
    ProgressSteps *progress() const { return m_progress; }
    QList<QWidget *> cards() const { return m_cards; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void retryRequested();
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void renderText();

    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_provider;
    ThinkingSection *m_thinking;
    QLabel *m_body;
    ProgressSteps *m_progress;
    QVBoxLayout *m_cardLayout;
    QLabel *m_status;
    QToolButton *m_copy;
    QToolButton *m_retry;
    QList<QWidget *> m_cards;
    QString m_text;
    QString m_providerName;
    QString m_model;
    session::MessageRecord::Status m_statusValue = session::MessageRecord::Status::Ok;
    bool m_finished = false;
};

} // namespace musiaia::gui
