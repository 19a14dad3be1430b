// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace musiaia::gui {

// A reasoning model's thinking, apart from its answer: a one-line header ("Thinking…" with the
// latest words while it streams, "Thought for 12 s" after) that opens the whole text.
class ThinkingSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThinkingSection)

public:
    explicit ThinkingSection(QWidget *parent = nullptr);

    void append(const QString &text);
    void setText(const QString &text);
    // The answer has started or the turn is over: the header says how long it thought.
    void finish();
    QString text() const { return m_text; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    QToolButton *toggle() const { return m_toggle; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeader();

    QToolButton *m_toggle;
    QLabel *m_preview;
    QLabel *m_body;
    QString m_text;
    QElapsedTimer m_clock;
    qint64 m_seconds = -1;   // set when finished
};

} // namespace musiaia::gui
