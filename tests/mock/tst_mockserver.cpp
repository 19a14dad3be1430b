// SPDX-License-Identifier: GPL-3.0-or-later
// The mock server itself: it refuses what the real providers refuse (docs/ai-providers.md 4.2), in
// their real error shapes, so that a client bug cannot pass unnoticed; routes, auth and control.
#include "mockaiserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using musiaia::mock::Dialect;
using musiaia::mock::MockAiServer;

class TestMockServer : public QObject
{
    Q_OBJECT

    MockAiServer m_server;
    QNetworkAccessManager m_network;

    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
    };

    Reply post(const QString &path, const QByteArray &body, const QByteArray &key = "k",
               const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.port()).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + key);
        QNetworkReply *reply = m_network.post(request, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
            qWarning("no reply");
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), {}, reply->readAll()};
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setAcceptedKeys(Dialect::Glm, {});
        m_server.setAcceptedKeys(Dialect::MiniMax, {});
    }

    void glmRules_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown model") << QByteArray(R"j({"model":"gpt-4","messages":[{"role":"user","content":"hi"}]})j") << u"1211"_s;
        QTest::newRow("no messages") << QByteArray(R"j({"model":"glm-4.6","messages":[]})j") << u"1214"_s;
        QTest::newRow("only system") << QByteArray(R"j({"model":"glm-4.6","messages":[{"role":"system","content":"x"}]})j") << u"1214"_s;
        QTest::newRow("bad role") << QByteArray(R"j({"model":"glm-4.6","messages":[{"role":"developer","content":"x"}]})j") << u"1214"_s;
        QTest::newRow("temperature") << QByteArray(R"j({"model":"glm-4.6","temperature":1.5,"messages":[{"role":"user","content":"x"}]})j") << u"1214"_s;
        QTest::newRow("top_p") << QByteArray(R"j({"model":"glm-4.6","top_p":0,"messages":[{"role":"user","content":"x"}]})j") << u"1214"_s;
        QTest::newRow("max_tokens") << QByteArray(R"j({"model":"glm-4.6","max_tokens":200000,"messages":[{"role":"user","content":"x"}]})j") << u"1214"_s;
        QTest::newRow("tool_choice") << QByteArray(R"j({"model":"glm-4.6","tool_choice":"required","messages":[{"role":"user","content":"x"}]})j") << u"1214"_s;
        QTest::newRow("thinking") << QByteArray(R"j({"model":"glm-4.6","thinking":{"type":"on"},"messages":[{"role":"user","content":"x"}]})j") << u"1214"_s;
        QTest::newRow("tool without id") << QByteArray(R"j({"model":"glm-4.6","messages":[{"role":"user","content":"x"},{"role":"tool","content":"y"}]})j") << u"1214"_s;
        QTest::newRow("too long") << "{\"model\":\"glm-4.6\",\"messages\":[{\"role\":\"user\",\"content\":\"" + QByteArray(500000, 'a') + "\"}]}" << u"1261"_s;
    }
    void glmRules()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const Reply reply = post(u"/api/paas/v4/chat/completions"_s, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error"_s).toObject().value(u"code"_s).toString(), code);
    }

    void miniMaxRules_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("two system messages") << QByteArray(R"j({"model":"MiniMax-M2","messages":[{"role":"system","content":"a"},{"role":"system","content":"b"},{"role":"user","content":"x"}]})j") << u"invalid chat setting"_s;
        QTest::newRow("temperature 0") << QByteArray(R"j({"model":"MiniMax-M2","temperature":0,"messages":[{"role":"user","content":"x"}]})j") << u"temperature"_s;
        QTest::newRow("tool without parameters") << QByteArray(R"j({"model":"MiniMax-M2","tools":[{"type":"function","function":{"name":"f"}}],"messages":[{"role":"user","content":"x"}]})j") << u"function parameters is empty"_s;
        QTest::newRow("orphan tool result") << QByteArray(R"j({"model":"MiniMax-M2","messages":[{"role":"user","content":"x"},{"role":"tool","tool_call_id":"call_9","content":"y"}]})j") << u"tool id(call_9) not found"_s;
        // A plain literal: moc does not lex raw strings, and this one has an unbalanced brace.
        QTest::newRow("bad replayed arguments") << QByteArray("{\"model\":\"MiniMax-M2\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":\"<think>a</think>\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{oops\"}}]}]}") << u"invalid function arguments json string"_s;
        QTest::newRow("n") << QByteArray(R"j({"model":"MiniMax-M2","n":2,"messages":[{"role":"user","content":"x"}]})j") << u"n must be 1"_s;
    }
    void miniMaxRules()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        const Reply reply = post(u"/v1/chat/completions"_s, body);
        QCOMPARE(reply.status, 400);
        const QString message = reply.json.value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(detail) && message.endsWith(u"(2013)"_s), qPrintable(message));
    }

    void strippedHistoryIsFlagged()
    {
        m_server.clearRequests();
        const Reply reply = post(u"/v1/chat/completions"_s,
                                 R"j({"model":"MiniMax-M2","messages":[{"role":"user","content":"x"},{"role":"assistant","content":"Hi"},{"role":"user","content":"y"}]})j");
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_server.requests().last().warnings.size(), 1);
    }

    void routesAndAuth()
    {
        QCOMPARE(post(u"/v2/chat/completions"_s, "{}").status, 404);
        const Reply glm = post(u"/api/paas/v4/chat/completions"_s, R"j({"model":"glm-4.6","messages":[{"role":"user","content":"x"}]})j", {});
        QCOMPARE(glm.status, 401);
        QCOMPARE(glm.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"1002"_s);
        const Reply miniMax = post(u"/v1/chat/completions"_s, R"j({"model":"MiniMax-M2","messages":[{"role":"user","content":"x"}]})j", {});
        QCOMPARE(miniMax.status, 401);
        QVERIFY(miniMax.json.value(u"error"_s).toObject().value(u"message"_s).toString().endsWith(u"(2049)"_s));
        QCOMPARE(post(u"/api/paas/v4/chat/completions"_s, R"j({"model":"glm-4.6"})j", "k", "text/plain").status, 400);
        QCOMPARE(post(u"/api/coding/paas/v4/chat/completions"_s, R"j({"model":"glm-4.6","messages":[{"role":"user","content":"x"}]})j").status, 200);
        QCOMPARE(post(u"/v1/text/chatcompletion_v2"_s, R"j({"model":"MiniMax-M2","messages":[{"role":"user","content":"x"}]})j").status, 200);
    }

    void controlEndpoints()
    {
        QCOMPARE(post(u"/__mock/reset"_s, {}).status, 200);
        QCOMPARE(post(u"/__mock/next"_s, R"j({"scenarios":["500"]})j").json.value(u"queued"_s).toInt(), 1);
        QCOMPARE(post(u"/api/paas/v4/chat/completions"_s, R"j({"model":"glm-4.6","messages":[{"role":"user","content":"x"}]})j").status, 500);
        QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/__mock/requests"_s.arg(m_server.port()))));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000));
        const QJsonArray requests = QJsonDocument::fromJson(reply->readAll()).object().value(u"requests"_s).toArray();
        reply->deleteLater();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().toObject().value(u"scenario"_s).toString(), u"500"_s);
    }
};

QTEST_GUILESS_MAIN(TestMockServer)
#include "tst_mockserver.moc"
