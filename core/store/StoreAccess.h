#pragma once

// Private to core/store: the repositories' way to the connection.

#include "core/error/Error.h"

struct sqlite3;

namespace Patronage {

class Statement;
class Store;

/// What only core/store may do with a Store: reach its connection, run SQL
/// without results, and turn a SQLite failure into an Error naming the store.
class StoreAccess
{
public:
    static sqlite3 *connection(const Store &store);
    /// Runs statements without results; false (and the failure in \a error) on error.
    static bool execute(const Store &store, const char *sql, Error *error = nullptr);
    /// The failure of \a statement (or, without one, the connection's last)
    /// as an Error: busy, disk full, read-only, damaged, or \a fallback.
    static Error failure(const Store &store, const Statement &statement, ErrorCode fallback);
    static Error failure(const Store &store, ErrorCode fallback);
    /// The Error for SQLite's result code \a code, with SQLite's words.
    static Error errorFor(const Store &store, int code, const QString &words, ErrorCode fallback);
};

} // namespace Patronage
