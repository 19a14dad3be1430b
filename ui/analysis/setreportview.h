// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/setreport.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;
class QVBoxLayout;

namespace musiaia::gui {

class ArrangementView;

// What a Live Set holds, for a musician: its figures (tempo, key, length, tracks, clips, notes,
// devices), the warnings worth knowing before opening it (missing samples, third-party plug-ins),
// its arrangement at a glance, and tabs with every track, plug-in and sample.
class SetReportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetReportView)

public:
    explicit SetReportView(QWidget *parent = nullptr);

    void setReport(const als::SetReport &report, const QString &setPath);
    const als::SetReport &report() const { return m_report; }
    QString setPath() const { return m_setPath; }

    QTreeWidget *tracks() const { return m_tracks; }
    QTreeWidget *plugins() const { return m_plugins; }
    QTreeWidget *samples() const { return m_samples; }
    QWidget *warnings() const { return m_warnings; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    als::SetReport m_report;
    QString m_setPath;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_figures;
    QWidget *m_warnings;
    QVBoxLayout *m_warningLines;
    ArrangementView *m_arrangement;
    QTabWidget *m_tabs;
    QTreeWidget *m_tracks;
    QTreeWidget *m_plugins;
    QTreeWidget *m_samples;
};

} // namespace musiaia::gui
