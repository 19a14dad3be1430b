// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/setreport.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;

namespace musiaia::gui {

class ArrangementView;

// A Live Set the musician dropped on the chat: its figures, its warnings (missing samples,
// plug-ins), its arrangement, and a button for the whole report (tracks, devices, plug-ins,
// samples). The chat's reply says the same in words, and the set becomes the reference for
// "make something in this style".
class AnalysisCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisCard)

public:
    explicit AnalysisCard(const QString &setPath, QWidget *parent = nullptr);

    QString setPath() const { return m_path; }
    bool isLoaded() const { return m_report.has_value(); }
    QPushButton *detailsButton() const { return m_details; }

Q_SIGNALS:
    void loaded();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QString m_path;
    std::optional<als::SetReport> m_report;
    QString m_error;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_warnings;
    ArrangementView *m_arrangement;
    QPushButton *m_details;
};

} // namespace musiaia::gui
