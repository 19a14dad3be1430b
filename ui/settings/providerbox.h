// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/secrets.h"
#include "store/settings.h"

#include <QGroupBox>
#include <QPointer>

#include <memory>

class QCheckBox;
class QNetworkAccessManager;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace musiaia::ai {
class ChatTask;
class HttpChatProvider;
} // namespace musiaia::ai

namespace musiaia::gui {

class AppContext;

// One AI provider's settings: its API key (kept by the secrets store, never shown back), region or
// base URL, model and reasoning option, and a connection test.
class ProviderBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderBox)

public:
    ProviderBox(AppContext &context, store::AiProvider provider, QWidget *parent = nullptr);
    ~ProviderBox() override;

    store::AiProvider provider() const { return m_provider; }
    store::SecretId secretId() const;
    void load(const store::Settings &settings);
    void save(store::Settings &settings) const;

    // True when a new key was typed and not stored yet.
    bool hasPendingKey() const;
    // Stores the typed key where `storage` says; emits keyStored() when done.
    void storePendingKey(store::SecretStorage storage);
    // Re-reads where the key is kept and says so under the field.
    void refreshKeyState();

    QLineEdit *keyEdit() const { return m_key; }

    // Sends one tiny request with the values on screen (the typed key, or the stored one) and says
    // how it went; testFinished() follows.
    void testConnection();

Q_SIGNALS:
    void changed();
    void keyStored(bool ok);
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateBaseUrlField();
    void removeKey();
    void showKeyState(const store::SecretValue &value);
    void showKeyMessage(const QString &text, bool problem);
    void startTest(const QString &key);
    void showTestResult(const QString &text, bool ok);

    AppContext &m_context;
    store::AiProvider m_provider;
    store::SecretSource m_keySource = store::SecretSource::None;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QToolButton *m_revealKey;
    QPushButton *m_removeKey;
    QLabel *m_keyState;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLabel *m_baseUrlLabel;
    QLineEdit *m_baseUrl;
    QLabel *m_modelLabel;
    QLineEdit *m_model;
    QCheckBox *m_reasoning;
    QPushButton *m_test;
    QLabel *m_testResult;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<ai::HttpChatProvider> m_testProvider;
    QPointer<ai::ChatTask> m_testTask;
};

} // namespace musiaia::gui
