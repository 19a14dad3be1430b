// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationstore.h"

#include "session/historysql.h"

#include "store/sql.h"
#include "store/transaction.h"

#include <QJsonDocument>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {
namespace {

const QString ConversationColumns =
    u"c.id, c.title, c.language, c.created_at, c.updated_at, c.current_project_id, c.current_version_id, "
    "c.reference, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id)"_s;

ConversationInfo readConversation(const QSqlQuery &query)
{
    ConversationInfo c;
    c.id = query.value(0).toLongLong();
    c.title = query.value(1).toString();
    c.language = query.value(2).toString();
    c.createdAt = parseTimestamp(query.value(3).toString());
    c.updatedAt = parseTimestamp(query.value(4).toString());
    c.currentProjectId = query.value(5).toLongLong();
    c.currentVersionId = query.value(6).toLongLong();
    c.reference = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    c.messageCount = query.value(8).toInt();
    return c;
}

const QString MessageColumns =
    u"id, conversation_id, role, content, reasoning, intent, language, status, provider, model, prompt_tokens, "
    "completion_tokens, duration_ms, version_id, created_at"_s;

MessageRecord readMessage(const QSqlQuery &query)
{
    MessageRecord m;
    m.id = query.value(0).toLongLong();
    m.conversationId = query.value(1).toLongLong();
    m.role = query.value(2).toString() == u"user" ? MessageRecord::Role::User : MessageRecord::Role::Assistant;
    m.content = query.value(3).toString();
    m.reasoning = query.value(4).toString();
    m.intent = query.value(5).toString();
    m.language = query.value(6).toString();
    const QString status = query.value(7).toString();
    m.status = status == u"failed"    ? MessageRecord::Status::Failed
               : status == u"cancelled" ? MessageRecord::Status::Cancelled
                                        : MessageRecord::Status::Ok;
    m.provider = query.value(8).toString();
    m.model = query.value(9).toString();
    m.promptTokens = query.value(10).isNull() ? -1 : query.value(10).toInt();
    m.completionTokens = query.value(11).isNull() ? -1 : query.value(11).toInt();
    m.durationMs = query.value(12).isNull() ? -1 : query.value(12).toLongLong();
    m.versionId = query.value(13).toLongLong();
    m.createdAt = parseTimestamp(query.value(14).toString());
    return m;
}

QVariant orNull(qint64 value, qint64 unset)
{
    return value == unset ? QVariant() : QVariant(value);
}

QString now()
{
    return timestampText(QDateTime::currentDateTimeUtc());
}

} // namespace

ConversationStore::ConversationStore(store::Database database) : m_database(std::move(database))
{
}

Result<ConversationInfo> ConversationStore::create(const QString &title, const QString &language) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto insert = store::prepare(*db, u"INSERT INTO conversations (title, language, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?)"_s);
    if (!insert)
        return insert.error();
    const QString time = now();
    insert->addBindValue(textValue(title));
    insert->addBindValue(language.isEmpty() ? u"en"_s : language);
    insert->addBindValue(time);
    insert->addBindValue(time);
    if (auto ran = store::exec(*insert); !ran)
        return ran.error();
    return conversation(insert->lastInsertId().toLongLong());
}

Result<QList<ConversationInfo>> ConversationStore::list(const ConversationQuery &request) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QString match = ftsMatchExpression(request.text);
    QString sql = u"SELECT "_s + ConversationColumns + u" FROM conversations c"_s;
    if (!match.isEmpty())
        sql += u" WHERE c.id IN (SELECT m.conversation_id FROM messages m WHERE m.id IN "
               "(SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?)) OR c.title LIKE ? ESCAPE '\\'"_s;
    // Ties (several changes within a millisecond) go to the conversation with the newest message.
    sql += u" ORDER BY c.updated_at DESC, (SELECT max(m.id) FROM messages m WHERE m.conversation_id = c.id) DESC,"
           " c.id DESC LIMIT ? OFFSET ?"_s;
    auto query = store::prepare(*db, sql);
    if (!query)
        return query.error();
    if (!match.isEmpty()) {
        QString like = request.text.trimmed();
        like.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        query->addBindValue(match);
        query->addBindValue(QString(u"%"_s + like + u"%"_s));
    }
    query->addBindValue(request.limit > 0 ? request.limit : -1);
    query->addBindValue(qMax(0, request.offset));
    if (auto ran = store::exec(*query); !ran)
        return ran.error();
    QList<ConversationInfo> conversations;
    while (query->next())
        conversations << readConversation(*query);
    return conversations;
}

Result<ConversationInfo> ConversationStore::conversation(qint64 conversationId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = store::prepare(*db, u"SELECT "_s + ConversationColumns + u" FROM conversations c WHERE c.id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(conversationId);
    if (auto ran = store::exec(*query); !ran)
        return ran.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, u"there is no conversation %1"_s.arg(conversationId));
    return readConversation(*query);
}

Result<QList<MessageRecord>> ConversationStore::messages(qint64 conversationId, int limit) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // The newest `limit`, put back in order.
    auto query = store::prepare(*db, u"SELECT * FROM (SELECT "_s + MessageColumns
                                         + u" FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT ?) "
                                           "ORDER BY id"_s);
    if (!query)
        return query.error();
    query->addBindValue(conversationId);
    query->addBindValue(limit > 0 ? limit : -1);
    if (auto ran = store::exec(*query); !ran)
        return ran.error();
    QList<MessageRecord> messages;
    while (query->next())
        messages << readMessage(*query);
    return messages;
}

Result<MessageRecord> ConversationStore::addMessage(const MessageRecord &message) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = store::Transaction::begin(*db);
    if (!tx)
        return tx.error();
    MessageRecord stored = message;
    stored.createdAt = QDateTime::currentDateTimeUtc();
    auto insert = store::prepare(*db, u"INSERT INTO messages (conversation_id, role, content, reasoning, intent, "
                                       "language, status, provider, model, prompt_tokens, completion_tokens, "
                                       "duration_ms, version_id, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return insert.error();
    insert->addBindValue(stored.conversationId);
    insert->addBindValue(roleName(stored.role));
    insert->addBindValue(textValue(stored.content));
    insert->addBindValue(textValue(stored.reasoning));
    insert->addBindValue(textValue(stored.intent));
    insert->addBindValue(textValue(stored.language));
    insert->addBindValue(statusName(stored.status));
    insert->addBindValue(textValue(stored.provider));
    insert->addBindValue(textValue(stored.model));
    insert->addBindValue(orNull(stored.promptTokens, -1));
    insert->addBindValue(orNull(stored.completionTokens, -1));
    insert->addBindValue(orNull(stored.durationMs, -1));
    insert->addBindValue(orNull(stored.versionId, 0));
    insert->addBindValue(timestampText(stored.createdAt));
    if (auto ran = store::exec(*insert); !ran)
        return ran.error();
    stored.id = insert->lastInsertId().toLongLong();
    auto touch = store::prepare(*db, u"UPDATE conversations SET updated_at = ? WHERE id = ?"_s);
    if (!touch)
        return touch.error();
    touch->addBindValue(timestampText(stored.createdAt));
    touch->addBindValue(stored.conversationId);
    if (auto ran = store::exec(*touch); !ran)
        return ran.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return stored;
}

Result<void> ConversationStore::update(qint64 conversationId, const QString &assignments,
                                       const QVariantList &values) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = store::prepare(*db, u"UPDATE conversations SET "_s + assignments + u" WHERE id = ?"_s);
    if (!query)
        return query.error();
    for (const QVariant &value : values)
        query->addBindValue(value);
    query->addBindValue(conversationId);
    if (auto ran = store::exec(*query); !ran)
        return ran;
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"there is no conversation %1"_s.arg(conversationId));
    return {};
}

Result<void> ConversationStore::setTitle(qint64 conversationId, const QString &title) const
{
    return update(conversationId, u"title = ?"_s, {title});
}

Result<void> ConversationStore::setLanguage(qint64 conversationId, const QString &language) const
{
    return update(conversationId, u"language = ?"_s, {language});
}

Result<void> ConversationStore::setCurrent(qint64 conversationId, qint64 projectId, qint64 versionId) const
{
    return update(conversationId, u"current_project_id = ?, current_version_id = ?, updated_at = ?"_s,
                  {orNull(projectId, 0), orNull(versionId, 0), now()});
}

Result<void> ConversationStore::setReference(qint64 conversationId, const QJsonObject &reference) const
{
    return update(conversationId, u"reference = ?"_s,
                  {reference.isEmpty() ? QVariant()
                                       : QVariant(QString::fromUtf8(QJsonDocument(reference).toJson(QJsonDocument::Compact)))});
}

Result<void> ConversationStore::remove(qint64 conversationId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = store::prepare(*db, u"DELETE FROM conversations WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(conversationId);
    if (auto ran = store::exec(*query); !ran)
        return ran;
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"there is no conversation %1"_s.arg(conversationId));
    return {};
}

} // namespace musiaia::session
