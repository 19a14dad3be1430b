// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerbox.h"

#include "ai/provider.h"
#include "ai/wireformat.h"
#include "appcontext.h"
#include "futures.h"
#include "icons.h"
#include "settings/settingspage.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>

namespace musiaia::gui {

using store::AiProvider;
using store::AiRegion;
using store::SecretSource;

ProviderBox::ProviderBox(AppContext &context, AiProvider provider, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_provider(provider)
    , m_keyLabel(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_revealKey(new QToolButton(this))
    , m_removeKey(new QPushButton(this))
    , m_keyState(settingsui::caption(this))
    , m_regionLabel(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_baseUrlLabel(new QLabel(this))
    , m_baseUrl(new QLineEdit(this))
    , m_modelLabel(new QLabel(this))
    , m_model(new QLineEdit(this))
    , m_reasoning(new QCheckBox(this))
    , m_test(new QPushButton(this))
    , m_testResult(settingsui::caption(this))
{
    const QString prefix = provider == AiProvider::Glm ? QStringLiteral("glm") : QStringLiteral("miniMax");
    setObjectName(prefix + QStringLiteral("Box"));
    m_key->setObjectName(prefix + QStringLiteral("KeyEdit"));
    m_removeKey->setObjectName(prefix + QStringLiteral("RemoveKey"));
    m_keyState->setObjectName(prefix + QStringLiteral("KeyState"));
    m_region->setObjectName(prefix + QStringLiteral("RegionCombo"));
    m_baseUrl->setObjectName(prefix + QStringLiteral("BaseUrlEdit"));
    m_model->setObjectName(prefix + QStringLiteral("ModelEdit"));
    m_reasoning->setObjectName(prefix + QStringLiteral("ReasoningCheck"));
    m_test->setObjectName(prefix + QStringLiteral("TestButton"));
    m_testResult->setObjectName(prefix + QStringLiteral("TestResult"));
    m_testResult->hide();

    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_revealKey->setCheckable(true);
    m_revealKey->setAutoRaise(true);
    m_revealKey->setIcon(icons::icon(QStringLiteral("eye")));
    connect(m_revealKey, &QToolButton::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_region->addItem(QString(), int(AiRegion::International));
    m_region->addItem(QString(), int(AiRegion::Mainland));
    m_region->addItem(QString(), int(AiRegion::Custom));
    m_model->setPlaceholderText(provider == AiProvider::Glm ? store::settings::glmModel.defaultValue
                                                            : store::settings::miniMaxModel.defaultValue);

    auto *form = new FormGrid;
    setLayout(form);
    auto *keyRow = new QHBoxLayout;
    keyRow->setSpacing(4);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_revealKey);
    keyRow->addWidget(m_removeKey);
    form->addRow(m_keyLabel, keyRow);
    form->addRow(m_keyState);
    form->addRow(m_regionLabel, m_region);
    form->addRow(m_baseUrlLabel, m_baseUrl);
    form->addRow(m_modelLabel, m_model);
    form->addRow(m_reasoning);
    auto *testRow = new QHBoxLayout;
    m_test->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);   // a button, not a bar, while no result shows
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(testRow);
    m_keyLabel->setBuddy(m_key);
    m_regionLabel->setBuddy(m_region);
    m_baseUrlLabel->setBuddy(m_baseUrl);
    m_modelLabel->setBuddy(m_model);

    connect(m_key, &QLineEdit::textEdited, this, &ProviderBox::changed);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        updateBaseUrlField();
        Q_EMIT changed();
    });
    connect(m_baseUrl, &QLineEdit::textEdited, this, &ProviderBox::changed);
    connect(m_model, &QLineEdit::textEdited, this, &ProviderBox::changed);
    connect(m_reasoning, &QCheckBox::toggled, this, &ProviderBox::changed);
    connect(m_removeKey, &QPushButton::clicked, this, &ProviderBox::removeKey);
    connect(m_test, &QPushButton::clicked, this, &ProviderBox::testConnection);
    retranslate();
    refreshKeyState();
}

ProviderBox::~ProviderBox()
{
    // The task needs its provider: stop it before the provider goes.
    delete m_testTask;
}

store::SecretId ProviderBox::secretId() const
{
    return m_provider == AiProvider::Glm ? store::SecretId::GlmApiKey : store::SecretId::MiniMaxApiKey;
}

void ProviderBox::retranslate()
{
    const bool glm = m_provider == AiProvider::Glm;
    setTitle(glm ? tr("GLM-4.6 (Zhipu AI)") : tr("MiniMax-M2"));
    m_keyLabel->setText(tr("API &key:"));
    m_key->setAccessibleName(glm ? tr("GLM API key") : tr("MiniMax API key"));
    m_revealKey->setToolTip(tr("Show or hide the key you are typing"));
    m_revealKey->setAccessibleName(tr("Show the key"));
    m_removeKey->setText(tr("Forget"));
    m_removeKey->setToolTip(tr("Remove the stored key from this computer"));
    m_removeKey->setAccessibleName(glm ? tr("Forget the GLM API key") : tr("Forget the MiniMax API key"));
    m_regionLabel->setText(tr("&Region:"));
    m_region->setItemText(0, glm ? tr("International (api.z.ai)") : tr("International (api.minimax.io)"));
    m_region->setItemText(1, glm ? tr("Mainland China (open.bigmodel.cn)") : tr("Mainland China (api.minimaxi.com)"));
    m_region->setItemText(2, tr("Custom address"));
    m_region->setAccessibleName(tr("Region"));
    m_baseUrlLabel->setText(tr("Base &URL:"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_modelLabel->setText(tr("&Model:"));
    m_model->setAccessibleName(tr("Model"));
    m_reasoning->setText(glm ? tr("Let the model think first (slower, better plans)")
                             : tr("Receive the model's reasoning separately from its answer"));
    m_reasoning->setAccessibleName(m_reasoning->text());
    m_test->setText(tr("Test the connection"));
    m_test->setAccessibleName(glm ? tr("Test the connection to GLM") : tr("Test the connection to MiniMax"));
    m_test->setToolTip(tr("Sends one very short message with the key and address above"));
    updateBaseUrlField();
    showKeyState(store::SecretValue{QString(), m_keySource});
}

void ProviderBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ProviderBox::updateBaseUrlField()
{
    const bool custom = AiRegion(m_region->currentData().toInt()) == AiRegion::Custom;
    m_baseUrl->setEnabled(custom);
    m_baseUrl->setPlaceholderText(custom ? tr("https://… (an OpenAI-compatible endpoint)")
                                         : tr("The region's standard address"));
}

void ProviderBox::load(const store::Settings &settings)
{
    namespace s = store::settings;
    const bool glm = m_provider == AiProvider::Glm;
    const QString baseUrl = settings.value(glm ? s::glmBaseUrl : s::miniMaxBaseUrl);
    AiRegion region = settings.value(glm ? s::glmRegion : s::miniMaxRegion);
    if (!baseUrl.trimmed().isEmpty())
        region = AiRegion::Custom;   // an explicit URL wins over the region, as the client reads it
    m_region->setCurrentIndex(m_region->findData(int(region)));
    m_baseUrl->setText(baseUrl);
    m_model->setText(settings.value(glm ? s::glmModel : s::miniMaxModel));
    m_reasoning->setChecked(settings.value(glm ? s::glmThinking : s::miniMaxReasoningSplit));
    updateBaseUrlField();
}

void ProviderBox::save(store::Settings &settings) const
{
    namespace s = store::settings;
    const bool glm = m_provider == AiProvider::Glm;
    const auto region = AiRegion(m_region->currentData().toInt());
    settings.setValue(glm ? s::glmRegion : s::miniMaxRegion, region);
    const QString url = m_baseUrl->text().trimmed();
    if (region == AiRegion::Custom && !url.isEmpty())
        settings.setValue(glm ? s::glmBaseUrl : s::miniMaxBaseUrl, url);
    else
        settings.reset(glm ? s::glmBaseUrl : s::miniMaxBaseUrl);
    const QString model = m_model->text().trimmed();
    if (model.isEmpty())
        settings.reset(glm ? s::glmModel : s::miniMaxModel);
    else
        settings.setValue(glm ? s::glmModel : s::miniMaxModel, model);
    settings.setValue(glm ? s::glmThinking : s::miniMaxReasoningSplit, m_reasoning->isChecked());
}

bool ProviderBox::hasPendingKey() const
{
    return !m_key->text().trimmed().isEmpty();
}

void ProviderBox::storePendingKey(store::SecretStorage storage)
{
    whenReady(m_context.secrets().store(secretId(), m_key->text(), storage), this, [this](const Result<store::StoreOutcome> &outcome) {
        if (!outcome) {
            showKeyMessage(outcome.errorMessage(), true);
            Q_EMIT keyStored(false);
            return;
        }
        m_key->clear();
        m_keySource = outcome->keptIn;
        if (outcome->notice.isEmpty())
            showKeyState(store::SecretValue{QString(), outcome->keptIn});
        else
            showKeyMessage(outcome->notice, true);
        m_context.notifySecretsChanged();
        Q_EMIT keyStored(true);
    });
}

void ProviderBox::refreshKeyState()
{
    whenReady(m_context.secrets().read(secretId()), this, [this](const Result<store::SecretValue> &value) {
        if (!value) {
            showKeyMessage(value.errorMessage(), true);
            return;
        }
        m_keySource = value->isSet() ? value->source : SecretSource::None;
        showKeyState(*value);
    });
}

void ProviderBox::removeKey()
{
    whenReady(m_context.secrets().remove(secretId()), this, [this](const Result<void> &removed) {
        if (!removed) {
            showKeyMessage(removed.errorMessage(), true);
            return;
        }
        m_context.notifySecretsChanged();
        refreshKeyState();
    });
}

void ProviderBox::showKeyState(const store::SecretValue &value)
{
    const QString variable = store::secretEnvironmentVariable(secretId());
    QString text;
    switch (value.source) {
    case SecretSource::None:
        text = tr("No key yet. Without one, MusiaIA's offline composer answers instead.");
        break;
    case SecretSource::Environment:
        text = tr("The key comes from the %1 environment variable, which overrides any key stored here.")
                   .arg(variable);
        break;
    case SecretSource::Session:
        text = tr("The key is kept for this session only: MusiaIA forgets it when it quits.");
        break;
    case SecretSource::PlainFile:
        text = tr("The key is stored unencrypted in %1, readable by your user only.")
                   .arg(m_context.secrets().plainFilePath());
        break;
    case SecretSource::Keychain:
        text = tr("The key is stored in the system keychain.");
        break;
    }
    const bool set = value.source != SecretSource::None;
    m_removeKey->setEnabled(set && value.source != SecretSource::Environment);
    m_key->setPlaceholderText(set ? tr("Type a new key to replace the stored one") : tr("Paste your API key"));
    showKeyMessage(text, value.source == SecretSource::PlainFile);
}

void ProviderBox::showKeyMessage(const QString &text, bool problem)
{
    m_keyState->setText(text);
    QPalette palette = m_keyState->palette();
    palette.setColor(QPalette::WindowText, problem ? theme::warning() : theme::mutedText());
    m_keyState->setPalette(palette);
    m_keyState->setStyleSheet(problem ? QStringLiteral("color: %1;").arg(theme::warning().name()) : QString());
}

} // namespace musiaia::gui

namespace musiaia::gui {

void ProviderBox::testConnection()
{
    if (m_testTask)
        return;
    m_test->setEnabled(false);
    showTestResult(tr("Connecting…"), true);
    const QString typed = m_key->text().trimmed();
    if (!typed.isEmpty()) {
        startTest(typed);
        return;
    }
    whenReady(m_context.secrets().read(secretId()), this, [this](const Result<store::SecretValue> &stored) {
        startTest(stored && stored->isSet() ? stored->value : QString());
    });
}

void ProviderBox::startTest(const QString &key)
{
    // The values on screen, not the saved ones: the musician tests before pressing OK.
    ai::ProviderConfig config = ai::ProviderConfig::fromSettings(m_provider, m_context.settings(), key);
    const ai::EndpointDefaults defaults = ai::endpointDefaults(m_provider);
    switch (AiRegion(m_region->currentData().toInt())) {
    case AiRegion::International:
        config.baseUrl = defaults.international;
        break;
    case AiRegion::Mainland:
        config.baseUrl = defaults.mainland;
        break;
    case AiRegion::Custom:
        config.baseUrl = m_baseUrl->text().trimmed();
        break;
    }
    config.model = m_model->text().trimmed().isEmpty() ? defaults.model : m_model->text().trimmed();
    config.thinking = false;
    config.policy.maxRetries = 0;
    config.policy.firstByteTimeoutMs = 30'000;

    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    delete m_testTask;
    m_testProvider = std::make_unique<ai::HttpChatProvider>(config, m_network);
    if (const QString reason = m_testProvider->unavailableReason(); !reason.isEmpty()) {
        showTestResult(reason, false);
        m_test->setEnabled(true);
        Q_EMIT testFinished(false);
        return;
    }
    ai::ChatRequest request;
    request.messages = {ai::ChatMessage::user(QStringLiteral("Reply with the single word OK."))};
    request.stream = false;
    request.thinking = false;
    request.maxTokens = 64;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_testTask = m_testProvider->send(request, this);
    connect(m_testTask, &ai::ChatTask::finished, this, [this, clock, model = config.model] {
        ai::ChatTask *task = m_testTask;
        m_testTask = nullptr;
        task->deleteLater();
        m_test->setEnabled(true);
        if (const auto error = task->error()) {
            showTestResult(error->message, false);
            Q_EMIT testFinished(false);
            return;
        }
        showTestResult(tr("Connected: %1 answered in %2 s.")
                           .arg(model, QLocale().toString(double(clock->elapsed()) / 1000.0, 'f', 1)),
                       true);
        Q_EMIT testFinished(true);
    });
}

void ProviderBox::showTestResult(const QString &text, bool ok)
{
    m_testResult->setText(text);
    m_testResult->setStyleSheet(ok ? QString() : QStringLiteral("color: %1;").arg(theme::danger().name()));
    m_testResult->show();
}

} // namespace musiaia::gui
