// SPDX-License-Identifier: GPL-3.0-or-later
#include "setreportwindow.h"

#include "analysis/setreportview.h"
#include "desktop.h"
#include "icons.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace musiaia::gui {

SetReportWindow::SetReportWindow(const als::SetReport &report, const QString &setPath, QWidget *parent)
    : QDialog(parent)
    , m_view(new SetReportView(this))
    , m_open(new QPushButton(this))
    , m_reveal(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("setReportWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    m_view->setReport(report, setPath);
    m_open->setObjectName(QStringLiteral("reportOpen"));
    m_reveal->setObjectName(QStringLiteral("reportReveal"));
    m_open->setIcon(icons::icon(QStringLiteral("open-external")));
    m_reveal->setIcon(icons::icon(QStringLiteral("reveal")));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(16, 0, 16, 14);
    buttons->addWidget(m_open);
    buttons->addWidget(m_reveal);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [setPath] { desktop::openFile(setPath); });
    connect(m_reveal, &QPushButton::clicked, this, [setPath] { desktop::revealFile(setPath); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    m_close->setDefault(true);
    retranslate();
    resize(760, 680);
}

void SetReportWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SetReportWindow::retranslate()
{
    setWindowTitle(tr("%1 — Analysis").arg(m_view->report().fileName));
    m_open->setText(tr("Open in Live"));
    m_reveal->setText(tr("Show in Folder"));
    m_close->setText(tr("Close"));
}

} // namespace musiaia::gui
