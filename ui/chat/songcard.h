// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/sessiontypes.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace musiaia::gui {

class ArrangementView;
class DragHandle;

// The song MusiaIA just wrote, as a card in the chat: its name and version, genre, tempo, key,
// length and parts, the arrangement at a glance, what changed from the version before, and the
// ways to take it to Live: drag it (a file URL), open it, show it in its folder, copy its path.
class SongCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SongCard)

public:
    SongCard(const QString &projectName, const session::VersionInfo &version, QWidget *parent = nullptr);

    const session::VersionInfo &version() const { return m_version; }
    DragHandle *dragHandle() const { return m_drag; }
    ArrangementView *arrangementView() const { return m_arrangement; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadArrangement();

    QString m_projectName;
    session::VersionInfo m_version;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_meta;
    ArrangementView *m_arrangement;
    QLabel *m_changes;
    QLabel *m_samples;
    DragHandle *m_drag;
    QPushButton *m_open;
    QToolButton *m_reveal;
    QToolButton *m_copy;
};

} // namespace musiaia::gui
