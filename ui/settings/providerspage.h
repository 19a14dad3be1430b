// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settingspage.h"
#include "store/secrets.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QRadioButton;

namespace musiaia::gui {

class AppContext;
class ProviderBox;

// The AI providers: which one answers (routing and fallback), where keys are kept, and each
// provider's key, region, model and connection test.
class ProvidersPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPage)

public:
    explicit ProvidersPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("sparkle"); }
    void load(const store::Settings &settings) override;
    void save(store::Settings &settings) const override;

    QList<ProviderBox *> providerBoxes() const;
    // Where typed keys go: the keychain when it works, else what the musician chose below it.
    store::SecretStorage keyStorage() const;

protected:
    void retranslate() override;

private:
    void probeKeychain();
    void showKeychainState(store::KeychainState state);

    AppContext &m_context;
    QLabel *m_routingHeading;
    QLabel *m_routingLabel;
    QComboBox *m_routing;
    QLabel *m_routingCaption;
    QCheckBox *m_fallback;
    QLabel *m_keysHeading;
    QFrame *m_keychainNotice;
    QLabel *m_keychainText;
    QRadioButton *m_sessionOnly;
    QRadioButton *m_plainFile;
    QLabel *m_storageCaption;
    QButtonGroup *m_storageGroup;
    QLabel *m_privacyCaption;
    ProviderBox *m_glm;
    ProviderBox *m_miniMax;
    store::KeychainState m_keychainState = store::KeychainState::Unknown;
};

} // namespace musiaia::gui
