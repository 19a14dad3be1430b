// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatmessages.h"

#include "chat/progresssteps.h"
#include "chat/thinkingsection.h"
#include "icons.h"
#include "theme.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace musiaia::gui {

UserBubble::UserBubble(const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(text, this))
{
    setObjectName(QStringLiteral("userBubble"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(tr("You said"));
    m_label->setAccessibleDescription(text);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 9, 14, 9);
    layout->addWidget(m_label);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    // A wrapped label asks for a narrow width; a short message should sit on one line.
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, m_label->fontMetrics().horizontalAdvance(line));
    m_label->setMinimumWidth(qMin(widest + 2, 560));
}

QString UserBubble::text() const
{
    return m_label->text();
}

void UserBubble::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme::accentSoft());
    painter.drawRoundedRect(QRectF(rect()), 16, 16);
}

AssistantMessage::AssistantMessage(QWidget *parent)
    : QWidget(parent)
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_provider(new QLabel(this))
    , m_thinking(new ThinkingSection(this))
    , m_body(new QLabel(this))
    , m_progress(new ProgressSteps(this))
    , m_cardLayout(new QVBoxLayout)
    , m_status(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_retry(new QToolButton(this))
{
    setObjectName(QStringLiteral("assistantMessage"));
    m_body->setObjectName(QStringLiteral("replyText"));
    m_status->setObjectName(QStringLiteral("replyStatus"));
    m_copy->setObjectName(QStringLiteral("replyCopy"));
    m_retry->setObjectName(QStringLiteral("replyRetry"));
    m_avatar->setPixmap(QIcon(QStringLiteral(":/icons/musiaia.svg")).pixmap(QSize(22, 22), devicePixelRatioF()));
    QFont bold = m_name->font();
    bold.setWeight(QFont::DemiBold);
    m_name->setFont(bold);
    m_provider->setProperty("musiaiaRole", QStringLiteral("caption"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::MarkdownText);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_body->setOpenExternalLinks(true);
    m_body->hide();
    m_thinking->hide();
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->hide();
    for (QToolButton *button : {m_copy, m_retry}) {
        button->setAutoRaise(true);
        button->setIconSize(QSize(15, 15));
        button->hide();
    }
    m_copy->setIcon(icons::icon(QStringLiteral("copy"), theme::mutedText()));
    m_retry->setIcon(icons::icon(QStringLiteral("retry"), theme::mutedText()));

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_avatar);
    header->addWidget(m_name);
    header->addWidget(m_provider);
    header->addStretch();
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(26, 0, 0, 0);
    actions->setSpacing(2);
    actions->addWidget(m_copy);
    actions->addWidget(m_retry);
    actions->addStretch();
    auto *content = new QVBoxLayout;
    content->setContentsMargins(30, 0, 0, 0);
    content->setSpacing(8);
    content->addWidget(m_thinking);
    content->addWidget(m_body);
    content->addWidget(m_progress);
    content->addLayout(m_cardLayout);
    content->addWidget(m_status);
    m_cardLayout->setSpacing(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addLayout(content);
    layout->addLayout(actions);

    connect(m_progress, &ProgressSteps::stopRequested, this, &AssistantMessage::stopRequested);
    connect(m_retry, &QToolButton::clicked, this, &AssistantMessage::retryRequested);
    connect(m_copy, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_text.trimmed()); });
    retranslate();
}

void AssistantMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AssistantMessage::retranslate()
{
    m_name->setText(tr("MusiaIA"));
    if (m_providerName.isEmpty() || m_providerName == QLatin1String("local"))
        m_provider->setText(m_providerName.isEmpty() ? QString() : tr("offline composer"));
    else
        m_provider->setText(m_model.isEmpty() ? m_providerName : m_model);
    m_copy->setToolTip(tr("Copy the reply"));
    m_copy->setAccessibleName(tr("Copy the reply"));
    m_retry->setToolTip(tr("Send the message again"));
    m_retry->setAccessibleName(tr("Retry"));
    switch (m_statusValue) {
    case session::MessageRecord::Status::Cancelled:
        m_status->setText(tr("Stopped."));
        break;
    case session::MessageRecord::Status::Failed:
        if (m_text.isEmpty())
            m_status->setText(tr("Something went wrong."));
        break;
    case session::MessageRecord::Status::Ok:
        break;
    }
}

void AssistantMessage::setProvider(const QString &provider, const QString &model)
{
    m_providerName = provider;
    m_model = model;
    retranslate();
}

void AssistantMessage::appendText(const QString &text)
{
    m_thinking->finish();
    m_text += text;
    renderText();
}

void AssistantMessage::setText(const QString &text)
{
    m_text = text;
    renderText();
}

void AssistantMessage::renderText()
{
    // Markdown joins single line breaks into one paragraph; the replies use them as lines.
    static const QRegularExpression lineBreak(QStringLiteral("(?<!\\n)\\n(?!\\n)"));
    QString markdown = m_text;
    markdown.replace(lineBreak, QStringLiteral("  \n"));
    m_body->setText(markdown);
    m_body->setVisible(!m_text.trimmed().isEmpty());
}

void AssistantMessage::appendReasoning(const QString &text)
{
    m_thinking->show();
    m_thinking->append(text);
}

void AssistantMessage::setProgress(const ChatProgress &step)
{
    m_progress->show();
    m_progress->setStep(step);
}

void AssistantMessage::addCard(QWidget *card)
{
    card->setParent(this);
    m_cardLayout->addWidget(card);
    m_cards << card;
    // Once the song is there, the steps have told their story.
    if (m_progress->isVisible() && m_progress->currentStage() == ChatProgress::Stage::Done)
        m_progress->hide();
}

void AssistantMessage::finish(session::MessageRecord::Status status, const QString &text)
{
    m_finished = true;
    m_statusValue = status;
    m_thinking->finish();
    if (m_text.trimmed().isEmpty() && !text.isEmpty())
        setText(text);
    if (m_progress->isVisible())
        m_progress->finish(status != session::MessageRecord::Status::Ok);
    if (status == session::MessageRecord::Status::Ok && !m_cards.isEmpty())
        m_progress->hide();
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, status == session::MessageRecord::Status::Failed ? theme::danger() : theme::mutedText());
    m_status->setPalette(palette);
    retranslate();
    m_status->setVisible(status != session::MessageRecord::Status::Ok && !m_status->text().isEmpty());
    m_copy->setVisible(!m_text.trimmed().isEmpty());
}

void AssistantMessage::setRetryable(bool retryable)
{
    m_retry->setVisible(retryable && m_finished);
}

} // namespace musiaia::gui
