// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia chat` as a user runs it, against the mock server.
#include "mockaiserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

using namespace Qt::Literals::StringLiterals;
using musiaia::mock::Dialect;
using musiaia::mock::MockAiServer;

class TestChatCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<MockAiServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;

    using Ran = musiaia::test::AppRun;

    Ran chat(const QStringList &arguments, const QHash<QString, QString> &variables = {})
    {
        musiaia::test::AppRunOptions options;
        options.home = m_home->path();   // no keychain: keys from `variables`
        options.environment = variables;
        options.serveEvents = true;      // the mock lives in this process
        options.timeoutMs = 30000;
        return musiaia::test::runApp(QStringList{u"chat"_s} + arguments, options);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<MockAiServer>();
        QVERIFY(m_server->listen());
        m_home = std::make_unique<QTemporaryDir>();
    }

    void streamsTheAnswerAndMarksTheReasoning()
    {
        const Ran ran = chat({u"Genera un house a 124 BPM"_s, u"--provider"_s, u"glm"_s, u"--base-url"_s,
                              m_server->baseUrl(Dialect::Glm)},
                             {{u"GLM_API_KEY"_s, u"test-glm-key"_s}});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        QVERIFY(ran.out.startsWith(u"Un house a 124 BPM en La menor"_s));
        QVERIFY(!ran.out.contains(u"user wants"_s));   // reasoning stays off stdout
        QVERIFY(ran.err.contains(u"thinking> The user wants house"_s));
        QVERIFY(ran.err.contains(u"answered by GLM (glm-4.6)"_s));
        QVERIFY(ran.err.contains(u"170 tokens"_s));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().headers.value("authorization"), QByteArray("Bearer test-glm-key"));
        // The request was recorded, its content was not.
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(m_home->filePath(u"data/musiaia.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery query(u"SELECT provider, model, outcome FROM ai_requests"_s, db);
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), u"glm"_s);
            QCOMPARE(query.value(2).toString(), u"ok"_s);
        }
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void miniMaxWithModelAndJson()
    {
        const Ran ran = chat({u"[[mock:think_split]] ¿qué es el sidechain?"_s, u"--provider"_s, u"minimax"_s, u"--base-url"_s,
                              m_server->baseUrl(Dialect::MiniMax), u"--model"_s, u"MiniMax-M2"_s, u"--json"_s},
                             {{u"MINIMAX_API_KEY"_s, u"test-minimax-key"_s}});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        const QJsonObject object = QJsonDocument::fromJson(ran.out.toUtf8()).object();
        QCOMPARE(object.value(u"provider"_s).toString(), u"minimax"_s);
        QCOMPARE(object.value(u"model"_s).toString(), u"MiniMax-M2"_s);
        QVERIFY(!object.value(u"content"_s).toString().contains(u"<think>"_s));
        QVERIFY(object.value(u"reasoning"_s).toString().startsWith(u"The user wants"_s));
        QCOMPARE(object.value(u"ok"_s).toBool(), true);
        QCOMPARE(m_server->requests().first().json.value(u"model"_s).toString(), u"MiniMax-M2"_s);
    }

    void errorsAreClearAndNotRetriedWhenTheyMustNotBe()
    {
        const Ran ran = chat({u"[[mock:balance]] hola"_s, u"--provider"_s, u"glm"_s, u"--base-url"_s,
                              m_server->baseUrl(Dialect::Glm)},
                             {{u"GLM_API_KEY"_s, u"test-glm-key"_s}});
        QCOMPARE(ran.exitCode, 1);
        QVERIFY(ran.err.contains(u"no balance left (code 1113)"_s));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void configuredRoutingFallsBackToOffline()
    {
        // No keys at all: the offline composer answers, in the message's language.
        const Ran ran = chat({u"hazme un techno oscuro"_s});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        QVERIFY(ran.out.contains(u"compositor sin conexión"_s));
        QVERIFY(ran.err.contains(u"answered by offline composer"_s));
    }

    void badArguments()
    {
        QCOMPARE(chat({}).exitCode, 2);
        QCOMPARE(chat({u"hola"_s, u"--provider"_s, u"gpt"_s}).exitCode, 2);
        QCOMPARE(chat({u"hola"_s, u"--base-url"_s, u"http://x"_s}).exitCode, 2);
        const Ran noKey = chat({u"hola"_s, u"--provider"_s, u"minimax"_s});
        QCOMPARE(noKey.exitCode, 1);
        QVERIFY(noKey.err.contains(u"MINIMAX_API_KEY"_s));
        const Ran help = chat({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"--provider"_s));
    }
};

QTEST_GUILESS_MAIN(TestChatCli)
#include "tst_chatcli.moc"
