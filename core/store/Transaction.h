#pragma once

#include "core/error/Result.h"

namespace Patronage {

class Store;

/// One transaction on a store: committed by commit(), rolled back when it
/// ends any other way (an error, an early return, a cancel).
class Transaction
{
public:
    enum class Kind {
        Read,      ///< a consistent snapshot for several reads
        Write,     ///< takes the write lock at once (waits for another writer)
        BulkWrite, ///< a Write whose writer makes every row it refers to first:
                   ///< per-row foreign key checks are off until it ends
    };

    static Result<Transaction> begin(Store &store, Kind kind);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    void rollback();

private:
    Transaction(Store *store, Kind kind)
        : m_store(store)
        , m_kind(kind)
    { }
    void end();

    Store *m_store;
    Kind m_kind;
};

} // namespace Patronage
