// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypanel.h"

#include "widgets/emptystate.h"

#include <QEvent>
#include <QVBoxLayout>

namespace musiaia::gui {

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent)
    , m_empty(new EmptyState(QStringLiteral("waveform"), this))
{
    setObjectName(QStringLiteral("libraryPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    connect(m_empty, &EmptyState::clicked, this, &LibraryPanel::importRequested);
    retranslate();
}

void LibraryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LibraryPanel::retranslate()
{
    m_empty->setTitle(tr("Your sample library is empty"));
    m_empty->setText(tr("Import a folder of samples, or drop one here. MusiaIA works out what each sound is, "
                        "its tempo and its key, and uses them in your songs."));
    m_empty->setButtonText(tr("Import a folder…"));
}

} // namespace musiaia::gui
