// SPDX-License-Identifier: GPL-3.0-or-later
#include "localapipage.h"

#include "api/apitoken.h"
#include "appcontext.h"
#include "futures.h"
#include "icons.h"
#include "store/secrets.h"
#include "store/settings.h"
#include "theme.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace musiaia::gui {

LocalApiPage::LocalApiPage(AppContext &context, QWidget *parent)
    : SettingsPage(parent)
    , m_context(context)
    , m_heading(settingsui::heading(this))
    , m_intro(settingsui::caption(this))
    , m_enabled(new QCheckBox(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_addressWarning(settingsui::caption(this))
    , m_tokenLabel(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_revealToken(new QToolButton(this))
    , m_copyToken(new QPushButton(this))
    , m_regenerate(new QPushButton(this))
    , m_tokenCaption(settingsui::caption(this))
{
    setObjectName(QStringLiteral("localApiPage"));
    m_enabled->setObjectName(QStringLiteral("apiEnabledCheck"));
    m_address->setObjectName(QStringLiteral("apiAddressEdit"));
    m_port->setObjectName(QStringLiteral("apiPortSpin"));
    m_token->setObjectName(QStringLiteral("apiTokenEdit"));
    m_regenerate->setObjectName(QStringLiteral("apiRegenerateToken"));
    m_copyToken->setObjectName(QStringLiteral("apiCopyToken"));

    m_port->setRange(1024, 65535);
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("65535")) + 60);
    m_address->setMaximumWidth(m_address->fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255")) + 40);
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_revealToken->setCheckable(true);
    m_revealToken->setAutoRaise(true);
    m_revealToken->setIcon(icons::icon(QStringLiteral("eye")));
    m_copyToken->setIcon(icons::icon(QStringLiteral("copy")));
    m_regenerate->setIcon(icons::icon(QStringLiteral("retry")));
    m_addressWarning->setStyleSheet(QStringLiteral("color: %1;").arg(theme::warning().name()));

    auto *form = new FormGrid;
    form->addWide(m_enabled);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_addressWarning);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->setSpacing(4);
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_revealToken);
    tokenRow->addWidget(m_copyToken);
    tokenRow->addWidget(m_regenerate);
    form->addRow(m_tokenLabel, tokenRow);
    form->addRow(m_tokenCaption);
    m_addressLabel->setBuddy(m_address);
    m_portLabel->setBuddy(m_port);
    m_tokenLabel->setBuddy(m_token);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_enabled, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_address, &QLineEdit::textEdited, this, [this] {
        updateAddressWarning();
        Q_EMIT changed();
    });
    connect(m_port, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    connect(m_revealToken, &QToolButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_copyToken, &QPushButton::clicked, this, [this] {
        auto *mime = new QMimeData;
        mime->setText(m_token->text());
        // Clipboard managers that honour this hint do not keep the token in their history.
        mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
        QGuiApplication::clipboard()->setMimeData(mime);
    });
    connect(m_regenerate, &QPushButton::clicked, this, &LocalApiPage::regenerateToken);
    retranslate();
    readToken();
}

QString LocalApiPage::title() const
{
    return tr("Local API");
}

void LocalApiPage::retranslate()
{
    m_heading->setText(tr("Local API"));
    m_intro->setText(tr("Lets other programs on this computer (scripts, a controller, another app) ask MusiaIA "
                        "for songs and changes, follow their progress, and reach your projects, sample library and "
                        "chat history over HTTP and WebSocket while MusiaIA is open."));
    m_enabled->setText(tr("&Enable the local API"));
    m_enabled->setAccessibleName(tr("Enable the local API"));
    m_addressLabel->setText(tr("Listen &address:"));
    m_address->setAccessibleName(tr("Listen address"));
    m_portLabel->setText(tr("&Port:"));
    m_port->setAccessibleName(tr("Port"));
    m_tokenLabel->setText(tr("Access &token:"));
    m_token->setAccessibleName(tr("Access token"));
    m_revealToken->setToolTip(tr("Show or hide the token"));
    m_revealToken->setAccessibleName(tr("Show the token"));
    m_copyToken->setText(tr("Copy"));
    m_copyToken->setAccessibleName(tr("Copy the token"));
    m_regenerate->setText(tr("Regenerate"));
    m_regenerate->setAccessibleName(tr("Regenerate the token"));
    m_regenerate->setToolTip(tr("Make a new token; programs using the old one must be given the new one"));
    m_tokenCaption->setText(tr("Programs send this token with every request. It is kept like your API keys."));
    updateAddressWarning();
}

void LocalApiPage::updateAddressWarning()
{
    const QHostAddress address(m_address->text().trimmed());
    if (m_address->text().trimmed().isEmpty() || address.isNull())
        m_addressWarning->setText(tr("Enter an IP address, such as 127.0.0.1."));
    else if (!address.isLoopback())
        m_addressWarning->setText(tr("Other computers on your network will be able to reach MusiaIA (with the "
                                     "token). Use 127.0.0.1 to keep it to this computer."));
    else
        m_addressWarning->clear();
    m_addressWarning->setVisible(!m_addressWarning->text().isEmpty());
}

void LocalApiPage::load(const store::Settings &settings)
{
    m_enabled->setChecked(settings.value(store::settings::localApiEnabled));
    m_address->setText(settings.value(store::settings::localApiAddress));
    m_port->setValue(settings.value(store::settings::localApiPort));
    updateAddressWarning();
}

void LocalApiPage::save(store::Settings &settings) const
{
    settings.setValue(store::settings::localApiEnabled, m_enabled->isChecked());
    const QString address = m_address->text().trimmed();
    if (QHostAddress(address).isNull())
        settings.reset(store::settings::localApiAddress);
    else
        settings.setValue(store::settings::localApiAddress, address);
    settings.setValue(store::settings::localApiPort, m_port->value());
}

void LocalApiPage::readToken()
{
    whenReady(m_context.secrets().read(store::SecretId::LocalApiToken), this, [this](const Result<store::SecretValue> &token) {
        if (token && token->isSet()) {
            m_token->setText(token->value);
            m_copyToken->setEnabled(true);
        } else {
            m_token->clear();
            m_token->setPlaceholderText(tr("No token yet"));
            m_copyToken->setEnabled(false);
        }
    });
}

void LocalApiPage::regenerateToken()
{
    whenReady(api::regenerateApiToken(m_context.secrets()), this, [this](const Result<api::ApiToken> &token) {
        if (!token)
            m_tokenCaption->setText(token.errorMessage());
        else if (!token->notice.isEmpty())
            m_tokenCaption->setText(token->notice);
        readToken();
    });
}

} // namespace musiaia::gui
