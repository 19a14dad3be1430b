// SPDX-License-Identifier: GPL-3.0-or-later
// The start of an HTTP/1.1 request (request line and headers), read before a connection is handed
// to the HTTP server or to the WebSocket server, so that upgrades can be checked and refused with
// a proper answer, and declared bodies over the cap refused before they are read.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace musiaia::api {

struct RequestHead
{
    QByteArray method;
    QByteArray target;       // as sent: "/ws/chat?token=..."
    QByteArray version;      // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers;
    qsizetype size = 0;      // bytes up to and including the blank line

    // The first header with this name (case-insensitive), trimmed; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // Whether a comma-separated header holds `token` ("Connection: keep-alive, Upgrade").
    bool headerHasToken(QByteArrayView name, QByteArrayView token) const;
    bool isWebSocketUpgrade() const;
    QByteArray path() const;   // the target without its query
};

enum class HeadStatus { NeedMore, Complete, Malformed, TooLarge };

// Parses `data` (the bytes received so far). `maxSize` bounds the head.
HeadStatus parseRequestHead(QByteArrayView data, qsizetype maxSize, RequestHead *head);

} // namespace musiaia::api
