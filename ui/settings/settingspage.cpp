// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "theme.h"

#include <QEvent>
#include <QLabel>

namespace musiaia::gui {

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

FormGrid::FormGrid()
{
    setHorizontalSpacing(14);
    setVerticalSpacing(8);
    setColumnStretch(1, 1);
}

void FormGrid::addRow(QWidget *label, QWidget *field)
{
    const int row = rowCount();
    addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    addWidget(field, row, 1);
}

void FormGrid::addRow(QWidget *label, QLayout *field)
{
    const int row = rowCount();
    addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    addLayout(field, row, 1);
}

void FormGrid::addRow(QWidget *field)
{
    addWidget(field, rowCount(), 1);
}

void FormGrid::addRow(QLayout *field)
{
    addLayout(field, rowCount(), 1);
}

void FormGrid::addWide(QWidget *widget)
{
    addWidget(widget, rowCount(), 0, 1, 2);
}

namespace settingsui {

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    theme::setFontScale(label, 1.08, true);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

QLabel *caption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setProperty("musiaiaRole", QStringLiteral("caption"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setOpenExternalLinks(false);
    // Wrapped labels otherwise take their narrow size hint in a form.
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace settingsui
} // namespace musiaia::gui
