// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerspage.h"

#include "appcontext.h"
#include "futures.h"
#include "settings/providerbox.h"
#include "store/secrets.h"
#include "theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace musiaia::gui {

using store::AiProvider;
using store::AiRouting;
using store::KeychainState;

ProvidersPage::ProvidersPage(AppContext &context, QWidget *parent)
    : SettingsPage(parent)
    , m_context(context)
    , m_routingHeading(settingsui::heading(this))
    , m_routingLabel(new QLabel(this))
    , m_routing(new QComboBox(this))
    , m_routingCaption(settingsui::caption(this))
    , m_fallback(new QCheckBox(this))
    , m_keysHeading(settingsui::heading(this))
    , m_keychainNotice(new QFrame(this))
    , m_keychainText(new QLabel(m_keychainNotice))
    , m_sessionOnly(new QRadioButton(m_keychainNotice))
    , m_plainFile(new QRadioButton(m_keychainNotice))
    , m_storageCaption(settingsui::caption(m_keychainNotice))
    , m_storageGroup(new QButtonGroup(this))
    , m_privacyCaption(settingsui::caption(this))
    , m_glm(new ProviderBox(context, AiProvider::Glm, this))
    , m_miniMax(new ProviderBox(context, AiProvider::MiniMax, this))
{
    setObjectName(QStringLiteral("providersPage"));
    m_routing->setObjectName(QStringLiteral("routingCombo"));
    m_fallback->setObjectName(QStringLiteral("fallbackCheck"));
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_sessionOnly->setObjectName(QStringLiteral("keepForSessionRadio"));
    m_plainFile->setObjectName(QStringLiteral("plainFileRadio"));

    for (AiRouting routing : {AiRouting::Auto, AiRouting::PreferGlm, AiRouting::PreferMiniMax, AiRouting::OfflineOnly})
        m_routing->addItem(QString(), int(routing));

    // The notice explains, honestly, what happens to a key when no keychain service runs.
    m_keychainNotice->setFrameShape(QFrame::StyledPanel);
    m_keychainNotice->setAutoFillBackground(true);
    QPalette noticePalette = m_keychainNotice->palette();
    noticePalette.setColor(QPalette::Window, theme::mix(theme::surface(), theme::warning(), 0.12));
    m_keychainNotice->setPalette(noticePalette);
    m_keychainText->setWordWrap(true);
    auto *noticeLayout = new QVBoxLayout(m_keychainNotice);
    noticeLayout->setContentsMargins(12, 10, 12, 10);
    noticeLayout->addWidget(m_keychainText);
    noticeLayout->addWidget(m_sessionOnly);
    noticeLayout->addWidget(m_plainFile);
    noticeLayout->addWidget(m_storageCaption);
    m_storageGroup->addButton(m_sessionOnly);
    m_storageGroup->addButton(m_plainFile);
    m_sessionOnly->setChecked(true);
    m_keychainNotice->hide();

    auto *form = new FormGrid;
    form->addRow(m_routingLabel, m_routing);
    form->addRow(m_routingCaption);
    form->addRow(m_fallback);
    m_routingLabel->setBuddy(m_routing);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_routingHeading);
    layout->addLayout(form);
    layout->addWidget(m_keysHeading);
    layout->addWidget(m_privacyCaption);
    layout->addWidget(m_keychainNotice);
    layout->addWidget(m_glm);
    layout->addWidget(m_miniMax);
    layout->addStretch();

    connect(m_routing, &QComboBox::currentIndexChanged, this, [this] {
        m_fallback->setEnabled(AiRouting(m_routing->currentData().toInt()) != AiRouting::OfflineOnly);
        Q_EMIT changed();
    });
    connect(m_fallback, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_glm, &ProviderBox::changed, this, &SettingsPage::changed);
    connect(m_miniMax, &ProviderBox::changed, this, &SettingsPage::changed);
    connect(&context.secrets(), &store::Secrets::keychainStateChanged, this, &ProvidersPage::showKeychainState);
    retranslate();
    probeKeychain();
}

QString ProvidersPage::title() const
{
    return tr("AI Providers");
}

QList<ProviderBox *> ProvidersPage::providerBoxes() const
{
    return {m_glm, m_miniMax};
}

store::SecretStorage ProvidersPage::keyStorage() const
{
    if (m_keychainState == KeychainState::Available || m_keychainState == KeychainState::Unknown)
        return store::SecretStorage::Keychain;
    return m_plainFile->isChecked() ? store::SecretStorage::PlainFile : store::SecretStorage::SessionOnly;
}

void ProvidersPage::retranslate()
{
    m_routingHeading->setText(tr("Who answers"));
    m_routingLabel->setText(tr("&Routing:"));
    m_routing->setItemText(0, tr("Automatic: songs to GLM-4.6, conversation to MiniMax-M2"));
    m_routing->setItemText(1, tr("Prefer GLM-4.6"));
    m_routing->setItemText(2, tr("Prefer MiniMax-M2"));
    m_routing->setItemText(3, tr("Offline only: never use the network"));
    m_routing->setAccessibleName(tr("Routing"));
    m_routingCaption->setText(tr("Without a key, or offline, MusiaIA's own composer writes the song on this "
                                 "computer. The chat always says who answered."));
    m_fallback->setText(tr("If one fails, try the other, then the offline composer"));
    m_fallback->setAccessibleName(m_fallback->text());

    m_keysHeading->setText(tr("Keys"));
    m_privacyCaption->setText(tr("A key is only sent to its provider. It never goes into the database, the "
                                 "settings file or a log. A message sends your words and the conversation so far; "
                                 "your audio files never leave this computer."));
    // The choices stay short (radio buttons do not wrap); the path, which can be long, goes below.
    m_sessionOnly->setText(tr("Keep keys for this session only"));
    m_plainFile->setText(tr("Store keys unencrypted in a file"));
    m_storageCaption->setText(tr("For this session only: MusiaIA forgets them when it quits. In a file: %1, "
                                 "readable by your user only.")
                                  .arg(m_context.secrets().plainFilePath()));
    m_sessionOnly->setAccessibleName(m_sessionOnly->text());
    m_plainFile->setAccessibleName(m_plainFile->text());
    showKeychainState(m_keychainState);
}

void ProvidersPage::probeKeychain()
{
    whenReady(m_context.secrets().probeKeychain(), this, [this](KeychainState state) { showKeychainState(state); });
}

void ProvidersPage::showKeychainState(KeychainState state)
{
    m_keychainState = state;
    switch (state) {
    case KeychainState::Unknown:
    case KeychainState::Available:
        m_keychainNotice->hide();
        return;
    case KeychainState::NoService:
        m_keychainText->setText(tr("<b>No keychain service is running on this computer</b> (no Secret Service, "
                                   "KWallet or D-Bus session was found), so MusiaIA cannot store keys safely. "
                                   "Choose what to do with the keys you enter:"));
        break;
    case KeychainState::Failing:
        m_keychainText->setText(tr("<b>The system keychain is not working</b> (it refused or failed the last "
                                   "request). Choose what to do with the keys you enter:"));
        break;
    }
    m_keychainNotice->show();
}

void ProvidersPage::load(const store::Settings &settings)
{
    m_routing->setCurrentIndex(m_routing->findData(int(settings.value(store::settings::aiRouting))));
    m_fallback->setChecked(settings.value(store::settings::aiFallback));
    m_glm->load(settings);
    m_miniMax->load(settings);
}

void ProvidersPage::save(store::Settings &settings) const
{
    settings.setValue(store::settings::aiRouting, AiRouting(m_routing->currentData().toInt()));
    settings.setValue(store::settings::aiFallback, m_fallback->isChecked());
    m_glm->save(settings);
    m_miniMax->save(settings);
}

} // namespace musiaia::gui
