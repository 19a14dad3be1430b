// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settingspage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace musiaia::gui {

// Language, appearance, where projects are written and which Live version they target.
class GeneralPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralPage)

public:
    explicit GeneralPage(QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("settings"); }
    void load(const store::Settings &settings) override;
    void save(store::Settings &settings) const override;

protected:
    void retranslate() override;

private:
    void browseProjectsFolder();

    QLabel *m_languageHeading;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QLabel *m_languageCaption;
    QLabel *m_projectsHeading;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_folderCaption;
    QLabel *m_liveLabel;
    QComboBox *m_liveVersion;
    QLabel *m_liveCaption;
};

} // namespace musiaia::gui
