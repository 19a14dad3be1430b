// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/sessiontypes.h"

#include "common/result.h"
#include "store/database.h"

#include <QList>
#include <QString>

namespace musiaia::session {

struct ConversationQuery
{
    QString text;          // words to find in the messages; empty = every conversation
    int limit = 200;
    int offset = 0;
};

// Conversations and their messages. Cheap to copy; safe to use from several threads.
class ConversationStore
{
public:
    explicit ConversationStore(store::Database database);

    Result<ConversationInfo> create(const QString &title, const QString &language) const;
    // Newest activity first.
    Result<QList<ConversationInfo>> list(const ConversationQuery &query = {}) const;
    Result<ConversationInfo> conversation(qint64 conversationId) const;
    // Oldest first; `limit` > 0 keeps the newest `limit` messages.
    Result<QList<MessageRecord>> messages(qint64 conversationId, int limit = 0) const;

    // Stores a message (its id and time are filled in) and bumps the conversation's activity.
    Result<MessageRecord> addMessage(const MessageRecord &message) const;

    Result<void> setTitle(qint64 conversationId, const QString &title) const;
    Result<void> setLanguage(qint64 conversationId, const QString &language) const;
    // What "más rápido" changes from now on (0, 0 = nothing).
    Result<void> setCurrent(qint64 conversationId, qint64 projectId, qint64 versionId) const;
    // The analysed set that "in this style" refers to (empty = none).
    Result<void> setReference(qint64 conversationId, const QJsonObject &reference) const;

    // Deletes the conversation and its messages; its projects stay in the history.
    Result<void> remove(qint64 conversationId) const;

private:
    Result<void> update(qint64 conversationId, const QString &assignments, const QVariantList &values) const;

    store::Database m_database;
};

} // namespace musiaia::session
