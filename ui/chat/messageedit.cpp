// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageedit.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>

namespace musiaia::gui {
namespace {
constexpr int MaximumVisibleLines = 8;
} // namespace

MessageEdit::MessageEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("messageEdit"));
    setFrameShape(QFrame::NoFrame);
    setTabChangesFocus(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(2);
    QPalette transparent = palette();
    transparent.setColor(QPalette::Base, Qt::transparent);
    setPalette(transparent);
    viewport()->setAutoFillBackground(false);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &MessageEdit::updateHeight);
    updateHeight();
}

QString MessageEdit::message() const
{
    return toPlainText().trimmed();
}

QSize MessageEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), height()};
}

QSize MessageEdit::minimumSizeHint() const
{
    return {80, heightForLines(1)};
}

void MessageEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        event->accept();
        Q_EMIT submitRequested();
        return;
    }
    if (enter) {
        // Shift+Enter: a plain line break (QPlainTextEdit would insert a soft line separator).
        textCursor().insertBlock();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool MessageEdit::canInsertFromMimeData(const QMimeData *source) const
{
    if (source->hasUrls()) {
        const QList<QUrl> urls = source->urls();
        if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); }))
            return false;
    }
    return source->hasText();
}

void MessageEdit::insertFromMimeData(const QMimeData *source)
{
    // Plain text only: pasting from a web page must not bring its formatting.
    if (source->hasText())
        insertPlainText(source->text());
}

int MessageEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    return fontMetrics().lineSpacing() * lines + int(document()->documentMargin() * 2) + margins.top()
        + margins.bottom() + 2;
}

void MessageEdit::updateHeight()
{
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        lines += qMax(1, block.layout() ? block.layout()->lineCount() : 1);
    const int target = heightForLines(qBound(1, lines, MaximumVisibleLines));
    if (height() != target) {
        setFixedHeight(target);
        updateGeometry();
    }
}

} // namespace musiaia::gui
