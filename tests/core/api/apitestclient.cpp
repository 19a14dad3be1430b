// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitestclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

namespace musiaia::test {

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpAnswer::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpAnswer request(QNetworkAccessManager &manager, const QByteArray &method, const QUrl &url, const QString &token,
                   const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest req(url);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[key, value] : headers)
        req.setRawHeader(key, value);
    QNetworkReply *reply = manager.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    reply->abort();
    reply->deleteLater();
    return answer;
}

HttpAnswer rawRequest(quint16 port, const QByteArray &raw, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    HttpAnswer answer;
    if (!socket.waitForConnected(timeoutMs))
        return answer;
    socket.write(raw);
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (clock.elapsed() < timeoutMs) {
        // The socket may close right after the answer: what arrived is kept.
        QTest::qWait(5);
        received += socket.readAll();
        if (headEnd < 0) {
            headEnd = received.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const QList<QByteArray> lines = received.left(headEnd).split('\n');
                answer.status = lines.value(0).split(' ').value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines[i].trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon > 0)
                        answer.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                }
                bool ok = false;
                length = answer.header("Content-Length").toLongLong(&ok);
                if (!ok)
                    length = -1;
            }
        }
        if (headEnd >= 0 && length >= 0 && received.size() - headEnd - 4 >= length)
            break;
        if (socket.state() == QAbstractSocket::UnconnectedState && socket.bytesAvailable() == 0)
            break;
    }
    if (headEnd >= 0)
        answer.body = received.mid(headEnd + 4, length >= 0 ? length : -1);
    return answer;
}

FrameLog::FrameLog(QWebSocket *socket)
    : QObject(socket)
{
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
}

int FrameLog::waitFor(const QString &type, int timeoutMs, int from)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        for (int i = from; i < frames.size(); ++i) {
            if (frames[i].value(QStringLiteral("type")).toString() == type)
                return i;
        }
        if (clock.elapsed() > timeoutMs)
            return -1;
        QTest::qWait(5);
    }
}

} // namespace musiaia::test
