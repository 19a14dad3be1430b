// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settingspage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace musiaia::gui {

class AppContext;

// The local REST/WebSocket API: whether it runs, where it listens, and the token programs must
// send (kept by the secrets store; shown on demand, copied, regenerated).
class LocalApiPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalApiPage)

public:
    explicit LocalApiPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("api"); }
    void load(const store::Settings &settings) override;
    void save(store::Settings &settings) const override;

protected:
    void retranslate() override;

private:
    void readToken();
    void regenerateToken();
    void updateAddressWarning();

    AppContext &m_context;
    QLabel *m_heading;
    QLabel *m_intro;
    QCheckBox *m_enabled;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_addressWarning;
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QToolButton *m_revealToken;
    QPushButton *m_copyToken;
    QPushButton *m_regenerate;
    QLabel *m_tokenCaption;
};

} // namespace musiaia::gui
