// SPDX-License-Identifier: GPL-3.0-or-later
// Clients for the local API tests: QNetworkAccessManager requests, raw HTTP over a QTcpSocket (for
// targets and bodies a well-behaved client would not send), and QWebSocket frames.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

class QWebSocket;

namespace musiaia::test {

struct HttpAnswer
{
    int status = 0;             // 0: no HTTP answer (connection closed, timeout)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const;
    QString errorCode() const;   // json()["error"]["code"]
    QByteArray header(const QByteArray &name) const;
};

// One request with QNetworkAccessManager; waits up to `timeoutMs`.
HttpAnswer request(QNetworkAccessManager &manager, const QByteArray &method, const QUrl &url, const QString &token,
                   const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                   int timeoutMs = 20'000);

// Writes `raw` on a new connection to 127.0.0.1:port and reads one answer.
HttpAnswer rawRequest(quint16 port, const QByteArray &raw, int timeoutMs = 10'000);

// Collects a WebSocket's text frames as JSON objects.
class FrameLog : public QObject
{
public:
    explicit FrameLog(QWebSocket *socket);
    QList<QJsonObject> frames;
    // Waits until a frame of `type` has arrived (counting from `from`); its index or -1.
    int waitFor(const QString &type, int timeoutMs = 20'000, int from = 0);
};

} // namespace musiaia::test
