// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/setreport.h"

#include <QDialog>

class QPushButton;

namespace musiaia::gui {

class SetReportView;

// A window with the analysis of one Live Set, and buttons to open it in Live or show it in its
// folder. Several can be open side by side; each closes on its own.
class SetReportWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetReportWindow)

public:
    SetReportWindow(const als::SetReport &report, const QString &setPath, QWidget *parent = nullptr);

    SetReportView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SetReportView *m_view;
    QPushButton *m_open;
    QPushButton *m_reveal;
    QPushButton *m_close;
};

} // namespace musiaia::gui
