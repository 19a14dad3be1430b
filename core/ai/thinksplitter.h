// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace musiaia::ai {

// Separates <think>...</think> blocks (MiniMax-M2's reasoning, inline in the content) from the
// answer, fed with content deltas that may split a tag anywhere ("</thi" + "nk>"). A block that
// is never closed stays reasoning. Leading blank lines of the answer are dropped. Pure.
class ThinkSplitter
{
public:
    struct Piece
    {
        QString reasoning;
        QString answer;
    };

    Piece feed(const QString &delta);
    Piece finish();   // releases text held back because it might have been the start of a tag

    static Piece splitAll(const QString &content);

private:
    void emitText(const QString &text, Piece &piece);

    QString m_held;          // a possible partial tag at the end of the last delta
    bool m_inside = false;
    bool m_answerStarted = false;
    bool m_reasoningStarted = false;
};

} // namespace musiaia::ai
