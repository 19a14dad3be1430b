// SPDX-License-Identifier: GPL-3.0-or-later
#include "generalpage.h"

#include "store/settings.h"
#include "theme.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace musiaia::gui {

using store::LiveVersion;
using store::UiLanguage;

GeneralPage::GeneralPage(QWidget *parent)
    : SettingsPage(parent)
    , m_languageHeading(settingsui::heading(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_themeLabel(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_languageCaption(settingsui::caption(this))
    , m_projectsHeading(settingsui::heading(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_folderCaption(settingsui::caption(this))
    , m_liveLabel(new QLabel(this))
    , m_liveVersion(new QComboBox(this))
    , m_liveCaption(settingsui::caption(this))
{
    setObjectName(QStringLiteral("generalPage"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_folder->setObjectName(QStringLiteral("projectsFolderEdit"));
    m_browse->setObjectName(QStringLiteral("projectsFolderBrowse"));
    m_liveVersion->setObjectName(QStringLiteral("liveVersionCombo"));
    m_folder->setPlaceholderText(store::Settings::projectsFolderDefault());
    m_folder->setClearButtonEnabled(true);

    for (int i = 0; i < 3; ++i)
        m_language->addItem(QString());
    m_language->setItemData(0, int(UiLanguage::System));
    m_language->setItemData(1, int(UiLanguage::Spanish));
    m_language->setItemData(2, int(UiLanguage::English));
    for (ThemeChoice choice : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark})
        m_theme->addItem(QString(), int(choice));
    m_liveVersion->addItem(QString(), int(LiveVersion::Live12));
    m_liveVersion->addItem(QString(), int(LiveVersion::Live11));

    auto *form = new FormGrid;
    form->addWide(m_languageHeading);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_languageCaption);
    form->addWide(m_projectsHeading);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_folderCaption);
    form->addRow(m_liveLabel, m_liveVersion);
    form->addRow(m_liveCaption);
    m_languageLabel->setBuddy(m_language);
    m_themeLabel->setBuddy(m_theme);
    m_folderLabel->setBuddy(m_folder);
    m_liveLabel->setBuddy(m_liveVersion);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_browse, &QPushButton::clicked, this, &GeneralPage::browseProjectsFolder);
    for (QComboBox *combo : {m_language, m_theme, m_liveVersion})
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    connect(m_folder, &QLineEdit::textEdited, this, &SettingsPage::changed);
    retranslate();
}

QString GeneralPage::title() const
{
    return tr("General");
}

void GeneralPage::retranslate()
{
    m_languageHeading->setText(tr("Language and appearance"));
    m_languageLabel->setText(tr("&Language:"));
    // Language names are written in their own language, so that anyone can find theirs.
    m_language->setItemText(0, tr("Follow the system"));
    m_language->setItemText(1, QStringLiteral("Español"));
    m_language->setItemText(2, QStringLiteral("English"));
    m_language->setAccessibleName(tr("Language"));
    m_themeLabel->setText(tr("&Appearance:"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setAccessibleName(tr("Appearance"));
    m_languageCaption->setText(tr("MusiaIA understands requests in Spanish and English whatever the interface "
                                  "language is. Changes apply as soon as you press OK."));

    m_projectsHeading->setText(tr("Projects"));
    m_folderLabel->setText(tr("Projects &folder:"));
    m_folder->setAccessibleName(tr("Projects folder"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose the projects folder"));
    m_folderCaption->setText(tr("Each song is written here as an Ableton Live project folder. Leave it empty to use "
                                "the default shown."));
    m_liveLabel->setText(tr("Ableton &Live version:"));
    m_liveVersion->setItemText(0, tr("Live 12"));
    m_liveVersion->setItemText(1, tr("Live 11"));
    m_liveVersion->setAccessibleName(tr("Ableton Live version"));
    m_liveCaption->setText(tr("The version new sets are written for. Live 12 also opens sets written for Live 11."));
}

void GeneralPage::load(const store::Settings &settings)
{
    m_language->setCurrentIndex(m_language->findData(int(settings.value(store::settings::language))));
    m_theme->setCurrentIndex(m_theme->findData(int(theme::parseChoice(settings.value(store::settings::uiTheme)))));
    m_folder->setText(settings.value(store::settings::projectsFolder));
    m_liveVersion->setCurrentIndex(m_liveVersion->findData(int(settings.value(store::settings::defaultLiveVersion))));
}

void GeneralPage::save(store::Settings &settings) const
{
    settings.setValue(store::settings::language, UiLanguage(m_language->currentData().toInt()));
    settings.setValue(store::settings::uiTheme, theme::choiceName(ThemeChoice(m_theme->currentData().toInt())));
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty())
        settings.reset(store::settings::projectsFolder);
    else
        settings.setValue(store::settings::projectsFolder, folder);
    settings.setValue(store::settings::defaultLiveVersion, LiveVersion(m_liveVersion->currentData().toInt()));
}

void GeneralPage::browseProjectsFolder()
{
    const QString start = m_folder->text().trimmed().isEmpty() ? m_folder->placeholderText() : m_folder->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Projects Folder"), start);
    if (!folder.isEmpty()) {
        m_folder->setText(folder);
        Q_EMIT changed();
    }
}

} // namespace musiaia::gui
