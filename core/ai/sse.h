// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace musiaia::ai {

struct SseEvent
{
    QByteArray event;   // the `event:` field; empty for the default "message"
    QByteArray data;    // `data:` lines joined with '\n', still bytes (decode UTF-8 per event)
};

// Server-sent events, fed with whatever bytes the network delivers: any chunk boundary (inside a
// line, between "\r" and "\n", inside a multi-byte character), "\n", "\r\n" or "\r" line ends,
// comment lines (": keep-alive") and unknown fields are all fine. Pure; no Qt event loop.
class SseDecoder
{
public:
    // The events completed by these bytes, in order.
    QList<SseEvent> feed(QByteArrayView bytes);
    // End of stream: an event without its closing blank line still counts (lenient, so that a
    // final "data: [DONE]" with no blank line is not lost).
    QList<SseEvent> finish();

    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    void takeLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    QByteArray m_buffer;
    qsizetype m_scanFrom = 0;
    bool m_pendingCr = false;   // the previous chunk ended with "\r": a following "\n" belongs to it
    SseEvent m_current;
    bool m_hasData = false;
};

} // namespace musiaia::ai
