// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace musiaia::gui {

class MessageEdit;

// The message box at the bottom of the chat: a rounded field and a round button that sends, or
// stops the reply while MusiaIA is working. Esc also stops.
class ChatComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatComposer)

public:
    explicit ChatComposer(QWidget *parent = nullptr);

    MessageEdit *edit() const { return m_edit; }
    QToolButton *sendButton() const { return m_send; }
    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);
    void setText(const QString &text);   // replaces the draft and focuses the field

Q_SIGNALS:
    void submitted(const QString &message);
    void stopRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void retranslate();
    void updateButton();

    MessageEdit *m_edit;
    QToolButton *m_send;
    QLabel *m_hint;
    QWidget *m_field;
    bool m_busy = false;
};

} // namespace musiaia::gui
