#include "core/store/Transaction.h"

#include <sqlite3.h>
#include <utility>

#include "core/store/StoreAccess.h"

namespace Patronage {

Result<Transaction> Transaction::begin(Store &store, Kind kind)
{
    // A read inside a transaction already reads one snapshot: nothing to begin.
    if (kind == Kind::Read && !sqlite3_get_autocommit(StoreAccess::connection(store)))
        return Transaction(nullptr, kind);
    if (kind == Kind::BulkWrite)
        StoreAccess::execute(store, "PRAGMA foreign_keys = OFF");
    Error error;
    if (!StoreAccess::execute(store, kind == Kind::Read ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE", &error)) {
        if (kind == Kind::BulkWrite)
            StoreAccess::execute(store, "PRAGMA foreign_keys = ON");
        return error;
    }
    Transaction transaction(&store, kind);
    // Every write names the store in the WAL it leaves (see Migrations.cpp, version 3).
    if (kind != Kind::Read
        && !StoreAccess::execute(store, "UPDATE store_identity SET writes = writes + 1 WHERE id = 1", &error)) {
        return error;
    }
    return transaction;
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_store(std::exchange(other.m_store, nullptr))
    , m_kind(other.m_kind)
{ }

Transaction::~Transaction()
{
    rollback();
}

void Transaction::end()
{
    if (m_kind == Kind::BulkWrite)
        StoreAccess::execute(*m_store, "PRAGMA foreign_keys = ON");
    m_store = nullptr;
}

Status Transaction::commit()
{
    if (!m_store)
        return {};
    Error error;
    if (!StoreAccess::execute(*m_store, "COMMIT", &error)) {
        rollback();
        return error;
    }
    end();
    return {};
}

void Transaction::rollback()
{
    if (!m_store)
        return;
    StoreAccess::execute(*m_store, "ROLLBACK");
    end();
}

} // namespace Patronage
