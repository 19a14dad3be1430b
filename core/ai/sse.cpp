// SPDX-License-Identifier: GPL-3.0-or-later
#include "sse.h"

namespace musiaia::ai {

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (bytes.isEmpty())
        return out;
    if (m_pendingCr) {
        m_pendingCr = false;
        if (bytes.front() == '\n')
            bytes = bytes.sliced(1);
    }
    m_buffer.append(bytes);

    qsizetype lineStart = 0;
    for (qsizetype i = m_scanFrom; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c != '\n' && c != '\r')
            continue;
        takeLine(QByteArrayView(m_buffer).sliced(lineStart, i - lineStart), out);
        if (c == '\r') {
            if (i + 1 < m_buffer.size()) {
                if (m_buffer.at(i + 1) == '\n')
                    ++i;
            } else {
                m_pendingCr = true;
            }
        }
        lineStart = i + 1;
    }
    m_buffer.remove(0, lineStart);
    m_scanFrom = m_buffer.size();
    return out;
}

QList<SseEvent> SseDecoder::finish()
{
    QList<SseEvent> out;
    if (!m_buffer.isEmpty()) {
        takeLine(m_buffer, out);
        m_buffer.clear();
    }
    m_scanFrom = 0;
    m_pendingCr = false;
    dispatch(out);
    return out;
}

void SseDecoder::takeLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return;   // comment, e.g. ": keep-alive"
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);
    if (field == "data") {
        if (m_hasData)
            m_current.data.append('\n');
        m_current.data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_current.event = value.toByteArray();
    }
    // id:, retry: and unknown fields are ignored.
}

void SseDecoder::dispatch(QList<SseEvent> &out)
{
    if (m_hasData)
        out.append(std::move(m_current));
    m_current = {};
    m_hasData = false;
}

} // namespace musiaia::ai
