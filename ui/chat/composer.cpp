// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer.h"

#include "chat/messageedit.h"
#include "icons.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyleOptionToolButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace musiaia::gui {
namespace {

// The round send/stop button, accent-filled when it can act.
class RoundButton final : public QToolButton
{
public:
    using QToolButton::QToolButton;
    QSize sizeHint() const override { return {34, 34}; }
    void setIconName(const QString &name)
    {
        m_iconName = name;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF circle = QRectF(rect()).adjusted(1, 1, -1, -1);
        QColor fill = isEnabled() ? theme::accent() : theme::withAlpha(palette().color(QPalette::WindowText), 0.12);
        if (isEnabled() && underMouse())
            fill = fill.lighter(110);
        if (isDown())
            fill = fill.darker(110);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawEllipse(circle);
        if (hasFocus()) {
            painter.setPen(QPen(theme::withAlpha(theme::accent(), 0.5), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(circle.adjusted(-0.5, -0.5, 0.5, 0.5));
        }
        const QColor glyph = isEnabled() ? theme::accentText() : theme::mutedText();
        const QSize iconSize(18, 18);
        const QPixmap pixmap = icons::icon(m_iconName, glyph).pixmap(iconSize, devicePixelRatioF());
        painter.drawPixmap(QPointF((width() - iconSize.width()) / 2.0, (height() - iconSize.height()) / 2.0), pixmap);
    }

private:
    QString m_iconName = QStringLiteral("send");
};

} // namespace

ChatComposer::ChatComposer(QWidget *parent)
    : QWidget(parent)
    , m_edit(new MessageEdit(this))
    , m_send(new RoundButton(this))
    , m_hint(new QLabel(this))
    , m_field(new QWidget(this))
{
    setObjectName(QStringLiteral("chatComposer"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(6);

    auto *fieldLayout = new QHBoxLayout(m_field);
    fieldLayout->setContentsMargins(14, 8, 8, 8);
    fieldLayout->setSpacing(8);
    fieldLayout->addWidget(m_edit, 1, Qt::AlignVCenter);
    fieldLayout->addWidget(m_send, 0, Qt::AlignBottom);
    m_field->installEventFilter(this);
    outer->addWidget(m_field);

    m_hint->setObjectName(QStringLiteral("composerHint"));
    m_hint->setProperty("musiaiaRole", QStringLiteral("caption"));
    m_hint->setAlignment(Qt::AlignCenter);
    theme::setFontScale(m_hint, 0.88);
    outer->addWidget(m_hint);

    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setCursor(Qt::PointingHandCursor);
    m_send->setFocusPolicy(Qt::TabFocus);
    connect(m_send, &QToolButton::clicked, this, [this] {
        if (m_busy)
            Q_EMIT stopRequested();
        else
            submit();
    });
    connect(m_edit, &MessageEdit::submitRequested, this, &ChatComposer::submit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ChatComposer::updateButton);
    m_edit->installEventFilter(this);
    retranslate();
    updateButton();
}

void ChatComposer::setBusy(bool busy)
{
    m_busy = busy;
    static_cast<RoundButton *>(m_send)->setIconName(busy ? QStringLiteral("stop") : QStringLiteral("send"));
    retranslate();
    updateButton();
}

void ChatComposer::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void ChatComposer::submit()
{
    const QString message = m_edit->message();
    if (message.isEmpty() || m_busy)
        return;
    m_edit->clear();
    Q_EMIT submitted(message);
}

void ChatComposer::updateButton()
{
    m_send->setEnabled(m_busy || !m_edit->message().isEmpty());
    m_send->update();
}

void ChatComposer::retranslate()
{
    m_edit->setPlaceholderText(tr("Describe a song, or ask for a change…"));
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setAccessibleDescription(tr("Enter sends the message; Shift+Enter starts a new line."));
    m_hint->setText(tr("Enter to send · Shift+Enter for a new line"));
    const QString action = m_busy ? tr("Stop") : tr("Send");
    m_send->setToolTip(m_busy ? tr("Stop the reply (Esc)") : tr("Send (Enter)"));
    m_send->setAccessibleName(action);
}

void ChatComposer::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF field = QRectF(m_field->geometry()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(m_edit->hasFocus() ? theme::withAlpha(theme::accent(), 0.8) : theme::border(), 1.0));
    painter.setBrush(theme::surface());
    painter.drawRoundedRect(field, 14, 14);
}

void ChatComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ChatComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
            update();
        if (event->type() == QEvent::KeyPress && m_busy
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            Q_EMIT stopRequested();
            return true;
        }
    }
    if (watched == m_field && event->type() == QEvent::MouseButtonPress)
        m_edit->setFocus(Qt::MouseFocusReason);
    return QWidget::eventFilter(watched, event);
}

} // namespace musiaia::gui
