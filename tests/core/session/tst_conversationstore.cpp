// SPDX-License-Identifier: GPL-3.0-or-later
// Conversations and messages on a real database file: order, search, survival across connections
// (a restart), deletion.
#include "session/conversationstore.h"

#include "store/database.h"
#include "store/sql.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using namespace musiaia::session;

class TestConversationStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_database;

    MessageRecord message(qint64 conversation, MessageRecord::Role role, const QString &text)
    {
        MessageRecord m;
        m.conversationId = conversation;
        m.role = role;
        m.content = text;
        m.language = u"es"_s;
        return m;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<store::Database>(m_dir->filePath(u"musiaia.sqlite"_s));
        QVERIFY_RESULT(m_database->open());
    }

    void cleanup()
    {
        m_database->closeThreadConnection();
        m_database.reset();
        m_dir.reset();
    }

    void storesMessagesInOrderWithTheirDetails()
    {
        ConversationStore store(*m_database);
        auto chat = store.create(u"House a 124"_s, u"es"_s);
        QVERIFY_RESULT(chat);
        QCOMPARE(chat->title, u"House a 124"_s);
        QCOMPARE(chat->messageCount, 0);
        MessageRecord user = message(chat->id, MessageRecord::Role::User, u"Genera un house a 124"_s);
        user.intent = u"generate"_s;
        auto storedUser = store.addMessage(user);
        QVERIFY_RESULT(storedUser);
        QVERIFY(storedUser->id > 0);
        QVERIFY(storedUser->createdAt.isValid());
        MessageRecord reply = message(chat->id, MessageRecord::Role::Assistant, u"Hecho: House 124 Am v1"_s);
        reply.provider = u"glm"_s;
        reply.model = u"glm-4.6"_s;
        reply.promptTokens = 120;
        reply.completionTokens = 50;
        reply.durationMs = 1234;
        reply.reasoning = u"pensando"_s;
        reply.status = MessageRecord::Status::Ok;
        QVERIFY_RESULT(store.addMessage(reply));
        MessageRecord stopped = message(chat->id, MessageRecord::Role::Assistant, u"Parado."_s);
        stopped.status = MessageRecord::Status::Cancelled;
        QVERIFY_RESULT(store.addMessage(stopped));

        // A fresh connection, as after a restart.
        m_database->closeThreadConnection();
        ConversationStore reopened(store::Database(m_dir->filePath(u"musiaia.sqlite"_s)));
        auto messages = reopened.messages(chat->id);
        QVERIFY_RESULT(messages);
        QCOMPARE(messages->size(), 3);
        QCOMPARE(messages->at(0).role, MessageRecord::Role::User);
        QCOMPARE(messages->at(0).intent, u"generate"_s);
        QCOMPARE(messages->at(1).provider, u"glm"_s);
        QCOMPARE(messages->at(1).promptTokens, 120);
        QCOMPARE(messages->at(1).completionTokens, 50);
        QCOMPARE(messages->at(1).durationMs, 1234);
        QCOMPARE(messages->at(1).reasoning, u"pensando"_s);
        QCOMPARE(messages->at(0).promptTokens, -1);
        QCOMPARE(messages->at(2).status, MessageRecord::Status::Cancelled);
        auto newest = reopened.messages(chat->id, 2);
        QVERIFY_RESULT(newest);
        QCOMPARE(newest->size(), 2);
        QCOMPARE(newest->first().content, u"Hecho: House 124 Am v1"_s);
        auto info = reopened.conversation(chat->id);
        QVERIFY_RESULT(info);
        QCOMPARE(info->messageCount, 3);
        QVERIFY(info->updatedAt >= info->createdAt);
        const QJsonObject json = messages->at(1).toJson();
        QCOMPARE(json.value(u"provider"_s).toString(), u"glm"_s);
        QCOMPARE(json.value(u"role"_s).toString(), u"assistant"_s);
    }

    void listsNewestFirstAndSearches()
    {
        ConversationStore store(*m_database);
        auto a = store.create(u"Primera"_s, u"es"_s);
        auto b = store.create(u"Second"_s, u"en"_s);
        QVERIFY_RESULT(a);
        QVERIFY_RESULT(b);
        QVERIFY_RESULT(store.addMessage(message(a->id, MessageRecord::Role::User, u"un reggaet\u00f3n oscuro"_s)));
        QVERIFY_RESULT(store.addMessage(message(b->id, MessageRecord::Role::User, u"make me a techno track"_s)));
        QVERIFY_RESULT(store.addMessage(message(a->id, MessageRecord::Role::User, u"m\u00e1s r\u00e1pido"_s)));
        auto all = store.list();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().id, a->id);   // the latest message was in a
        auto found = store.list({u"reggaeton"_s});
        QVERIFY_RESULT(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, a->id);
        auto byTitle = store.list({u"Second"_s});
        QVERIFY_RESULT(byTitle);
        QCOMPARE(byTitle->size(), 1);
        QCOMPARE(byTitle->first().id, b->id);
        auto none = store.list({u"100%_"_s});
        QVERIFY_RESULT(none);
        QVERIFY(none->isEmpty());
    }

    void keepsTheCurrentProjectAndReference()
    {
        ConversationStore store(*m_database);
        auto chat = store.create(u"x"_s, u"en"_s);
        QVERIFY_RESULT(chat);
        const QJsonObject reference{{u"tempo"_s, 97.0}, {u"path"_s, u"/sets/a.als"_s}};
        QVERIFY_RESULT(store.setReference(chat->id, reference));
        QVERIFY_RESULT(store.setLanguage(chat->id, u"es"_s));
        QVERIFY_RESULT(store.setTitle(chat->id, u"Dembow"_s));
        auto info = store.conversation(chat->id);
        QVERIFY_RESULT(info);
        QCOMPARE(info->reference, reference);
        QCOMPARE(info->language, u"es"_s);
        QCOMPARE(info->title, u"Dembow"_s);
        QVERIFY_RESULT(store.setReference(chat->id, {}));
        QVERIFY(store.conversation(chat->id)->reference.isEmpty());
        // A project id that does not exist is refused by the foreign key.
        QVERIFY(!store.setCurrent(chat->id, 777, 0));
        QCOMPARE(store.setTitle(4242, u"y"_s).errorCode(), ErrorCode::NotFound);
    }

    void deletesAConversationWithItsMessages()
    {
        ConversationStore store(*m_database);
        auto chat = store.create(u"x"_s, u"en"_s);
        QVERIFY_RESULT(chat);
        QVERIFY_RESULT(store.addMessage(message(chat->id, MessageRecord::Role::User, u"hello there"_s)));
        QVERIFY_RESULT(store.remove(chat->id));
        auto db = m_database->connection();
        QVERIFY_RESULT(db);
        QCOMPARE(store::queryValue(*db, u"SELECT count(*) FROM messages"_s)->toInt(), 0);
        QCOMPARE(store::queryValue(*db, u"SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'hello'"_s)->toInt(), 0);
        QCOMPARE(store.conversation(chat->id).errorCode(), ErrorCode::NotFound);
        QCOMPARE(store.remove(chat->id).errorCode(), ErrorCode::NotFound);
        QCOMPARE(store.addMessage(message(chat->id, MessageRecord::Role::User, u"late"_s)).errorCode(), ErrorCode::Database);
    }
};

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
