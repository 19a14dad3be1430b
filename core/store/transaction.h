// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace musiaia::store {

// A transaction that rolls back unless committed:
//
//     auto tx = Transaction::begin(db);
//     if (!tx)
//         return tx.error();
//     ... statements ...
//     return tx->commit();
//
// Immediate mode (the default) takes the write lock at BEGIN, waiting up to the busy timeout, so
// that a writer never fails half-way with SQLITE_BUSY when another connection writes at the same
// time. Transactions do not nest.
class Transaction
{
public:
    enum class Mode { Deferred, Immediate };

    static Result<Transaction> begin(const QSqlDatabase &db, Mode mode = Mode::Immediate);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    bool isActive() const { return m_active; }
    Result<void> commit();
    void rollback();

private:
    explicit Transaction(const QSqlDatabase &db) : m_db(db), m_active(true) {}

    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace musiaia::store
