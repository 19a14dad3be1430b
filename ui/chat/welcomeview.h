// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace musiaia::gui {

// What the chat shows before the first message: who MusiaIA is, and a few requests to start from.
// Clicking a suggestion puts its text in the message box (it is not sent, so it can be edited).
class WelcomeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeView)

public:
    explicit WelcomeView(QWidget *parent = nullptr);

Q_SIGNALS:
    void suggestionChosen(const QString &prompt);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshLogo();

    QLabel *m_logo;
    QLabel *m_title;
    QLabel *m_text;
    QGridLayout *m_suggestions;
};

} // namespace musiaia::gui
