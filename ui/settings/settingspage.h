// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGridLayout>
#include <QWidget>

class QLabel;

namespace musiaia::store {
class Settings;
}

namespace musiaia::gui {

// One page of the settings dialog: it shows the stored values, and writes the edited ones back
// when the dialog applies.
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QString iconName() const = 0;
    virtual void load(const store::Settings &settings) = 0;
    virtual void save(store::Settings &settings) const = 0;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;
};

// A two-column form (labels, fields) on a grid, which, unlike QFormLayout, gives wrapped captions
// their real height.
class FormGrid final : public QGridLayout
{
public:
    FormGrid();
    void addRow(QWidget *label, QWidget *field);
    void addRow(QWidget *label, QLayout *field);
    void addRow(QWidget *field);      // in the field column: captions, check boxes
    void addRow(QLayout *field);
    void addWide(QWidget *widget);    // across both columns: headings
};

// Small builders shared by the pages.
namespace settingsui {
// A bold section heading; a caption: a muted, wrapping explanation under a field.
QLabel *heading(QWidget *parent);
QLabel *caption(QWidget *parent);
} // namespace settingsui

} // namespace musiaia::gui
