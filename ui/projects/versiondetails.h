// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/sessiontypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace musiaia::gui {

class ArrangementView;
class DragHandle;

// One version of a song in detail: what it is (genre, tempo, key, length), its arrangement, the
// words that made it and what changed from the version before, who understood the request, the
// samples it uses; and what to do with it: drag it into Live, open it, show it, export or delete.
class VersionDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionDetails)

public:
    explicit VersionDetails(QWidget *parent = nullptr);

    // `isProject`: the project row is selected (delete removes the whole project).
    void showVersion(const session::ProjectInfo &project, const session::VersionInfo &version, bool isProject);
    void clear();
    const session::VersionInfo &version() const { return m_version; }
    ArrangementView *arrangementView() const { return m_arrangement; }

Q_SIGNALS:
    void openRequested(const QString &setPath);
    void revealRequested(const QString &setPath);
    void exportRequested(qint64 versionId);
    void deleteRequested(qint64 projectId, qint64 versionId, bool wholeProject);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void loadArrangement();

    session::ProjectInfo m_project;
    session::VersionInfo m_version;
    bool m_isProject = false;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_meta;
    ArrangementView *m_arrangement;
    QLabel *m_arrangementNote;
    QLabel *m_story;
    QLabel *m_samples;
    DragHandle *m_drag;
    QPushButton *m_open;
    QToolButton *m_reveal;
    QToolButton *m_export;
    QToolButton *m_delete;
    int m_loadGeneration = 0;
};

} // namespace musiaia::gui
