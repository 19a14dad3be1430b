// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace musiaia::gui {

// The message field: Enter sends, Shift+Enter breaks the line. It grows with its text up to a
// few lines, then scrolls. Files dragged over it are left to the window (which analyses sets and
// imports folders) instead of being pasted as paths.
class MessageEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageEdit)

public:
    explicit MessageEdit(QWidget *parent = nullptr);

    QString message() const;   // trimmed text
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void submitRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    int heightForLines(int lines) const;
    void updateHeight();
};

} // namespace musiaia::gui
