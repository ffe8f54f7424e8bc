#include "core/store/Transaction.h"

#include <utility>

#include "core/store/StoreAccess.h"

namespace Patronage {

Result<Transaction> Transaction::begin(Store &store, Kind kind)
{
    if (kind == Kind::BulkWrite)
        StoreAccess::execute(store, "PRAGMA foreign_keys = OFF");
    Error error;
    if (!StoreAccess::execute(store, kind == Kind::Read ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE", &error)) {
        if (kind == Kind::BulkWrite)
            StoreAccess::execute(store, "PRAGMA foreign_keys = ON");
        return error;
    }
    return Transaction(store, kind);
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
