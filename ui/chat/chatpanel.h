// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QStackedWidget;

namespace musiaia::gui {

class ChatComposer;
class ChatView;
class WelcomeView;

// The centre of the window: the conversation (or the welcome view before the first message) and
// the message box under it, in a column of comfortable reading width.
class ChatPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatPanel)

public:
    explicit ChatPanel(QWidget *parent = nullptr);

    ChatComposer *composer() const { return m_composer; }
    WelcomeView *welcomeView() const { return m_welcome; }
    ChatView *view() const { return m_view; }
    void showTranscript();
    void showWelcome();
    // Focuses the message box (Ctrl+L).
    void focusMessage();

Q_SIGNALS:
    void messageSubmitted(const QString &message);
    void stopRequested();

private:
    QStackedWidget *m_stack;
    WelcomeView *m_welcome;
    ChatView *m_view;
    ChatComposer *m_composer;
};

} // namespace musiaia::gui
