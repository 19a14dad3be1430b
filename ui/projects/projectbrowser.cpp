// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectbrowser.h"

#include "widgets/emptystate.h"

#include <QEvent>
#include <QVBoxLayout>

namespace musiaia::gui {

ProjectBrowser::ProjectBrowser(QWidget *parent)
    : QWidget(parent)
    , m_empty(new EmptyState(QStringLiteral("project"), this))
{
    setObjectName(QStringLiteral("projectBrowser"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    retranslate();
}

void ProjectBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProjectBrowser::retranslate()
{
    m_empty->setTitle(tr("No songs yet"));
    m_empty->setText(tr("Songs you make in the chat appear here, with every version."));
}

} // namespace musiaia::gui
