// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/chatbackend.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace musiaia::gui {

// A generation as it happens: understanding the request, choosing samples, composing each part,
// writing the set, done; each step ticked off as it ends, the current one with its detail
// ("Composing the bass (3/8)"), a progress line and a Stop button.
class ProgressSteps final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressSteps)

public:
    explicit ProgressSteps(QWidget *parent = nullptr);

    void setStep(const ChatProgress &step);
    // The turn ended: `stopped` when the musician stopped it or it failed.
    void finish(bool stopped);
    ChatProgress::Stage currentStage() const { return m_current; }
    QPushButton *stopButton() const { return m_stop; }

Q_SIGNALS:
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    QList<QLabel *> m_icons;
    QList<QLabel *> m_labels;
    QLabel *m_detail;
    QProgressBar *m_bar;
    QPushButton *m_stop;
    ChatProgress::Stage m_current = ChatProgress::Stage::Understanding;
    bool m_started = false;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace musiaia::gui
