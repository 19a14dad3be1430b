// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>

class QMimeData;

namespace musiaia::gui {

// "Drag into Live": a grip that, dragged, carries a file as a file URL (text/uri-list), which
// Ableton Live, file managers and other apps accept. Clicking it does nothing; the keyboard
// alternative is the open and copy buttons next to it.
class DragHandle final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DragHandle)

public:
    explicit DragHandle(QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const { return m_path; }
    // What a drag carries: the file URL, and the path as text for terminals and chats.
    static QMimeData *mimeDataFor(const QString &path);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QString m_path;
    QPoint m_pressedAt;
};

} // namespace musiaia::gui
