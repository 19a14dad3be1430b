// SPDX-License-Identifier: GPL-3.0-or-later
#include "thinksplitter.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::ai {
namespace {

const QString openTag = u"<think>"_s;
const QString closeTag = u"</think>"_s;

// Length of the longest suffix of `text` that is a proper prefix of `tag`.
qsizetype partialTagAtEnd(const QString &text, const QString &tag)
{
    for (qsizetype length = std::min(text.size(), tag.size() - 1); length > 0; --length) {
        if (QStringView(text).right(length) == QStringView(tag).left(length))
            return length;
    }
    return 0;
}

} // namespace

ThinkSplitter::Piece ThinkSplitter::feed(const QString &delta)
{
    Piece piece;
    QString text = m_held + delta;
    m_held.clear();
    while (!text.isEmpty()) {
        const QString &tag = m_inside ? closeTag : openTag;
        const qsizetype at = text.indexOf(tag);
        if (at >= 0) {
            emitText(text.left(at), piece);
            text.remove(0, at + tag.size());
            m_inside = !m_inside;
            continue;
        }
        const qsizetype partial = partialTagAtEnd(text, tag);
        emitText(text.left(text.size() - partial), piece);
        m_held = text.right(partial);
        break;
    }
    return piece;
}

ThinkSplitter::Piece ThinkSplitter::finish()
{
    Piece piece;
    emitText(m_held, piece);
    m_held.clear();
    return piece;
}

ThinkSplitter::Piece ThinkSplitter::splitAll(const QString &content)
{
    ThinkSplitter splitter;
    Piece all = splitter.feed(content);
    const Piece rest = splitter.finish();
    all.reasoning += rest.reasoning;
    all.answer += rest.answer;
    return all;
}

void ThinkSplitter::emitText(const QString &text, Piece &piece)
{
    if (text.isEmpty())
        return;
    if (m_inside) {
        if (!m_reasoningStarted) {
            // "<think>\n": the first newline is the tag's, not the reasoning's.
            QStringView view(text);
            while (!view.isEmpty() && (view.front() == u'\n' || view.front() == u'\r'))
                view = view.sliced(1);
            if (view.isEmpty())
                return;
            m_reasoningStarted = true;
            piece.reasoning += view;
            return;
        }
        piece.reasoning += text;
        return;
    }
    if (!m_answerStarted) {
        QStringView view(text);
        while (!view.isEmpty() && view.front().isSpace())
            view = view.sliced(1);
        if (view.isEmpty())
            return;
        m_answerStarted = true;
        piece.answer += view;
        return;
    }
    piece.answer += text;
}

} // namespace musiaia::ai
