// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "common/logging.h"
#include "store/sql.h"

#include <utility>

namespace musiaia::store {

Result<Transaction> Transaction::begin(const QSqlDatabase &db, Mode mode)
{
    if (!db.isOpen())
        return makeError(ErrorCode::Database, QStringLiteral("the database connection is not open"));
    const QString sql = mode == Mode::Immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (Result<void> began = execStatement(db, sql); !began)
        return makeError(ErrorCode::Database, QStringLiteral("cannot start a transaction: ") + began.errorMessage());
    return Transaction(db);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::move(other.m_db)), m_active(std::exchange(other.m_active, false))
{
}

Transaction &Transaction::operator=(Transaction &&other) noexcept
{
    if (this != &other) {
        rollback();
        m_db = std::move(other.m_db);
        m_active = std::exchange(other.m_active, false);
    }
    return *this;
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Database, QStringLiteral("no transaction to commit"));
    if (Result<void> committed = execStatement(m_db, QStringLiteral("COMMIT")); !committed) {
        rollback();
        return makeError(ErrorCode::Database, QStringLiteral("cannot commit: ") + committed.errorMessage());
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (Result<void> rolledBack = execStatement(m_db, QStringLiteral("ROLLBACK")); !rolledBack)
        qCWarning(lcStore) << "rollback failed:" << rolledBack.errorMessage();
}

} // namespace musiaia::store
