#pragma once

#include <QString>

#include <memory>

#include "core/error/Result.h"
#include "core/money/Money.h"

struct sqlite3;

namespace Patronage {

/// One shop's SQLite file: opened, checked to be a Patronage store, and
/// migrated to the current schema. The store owns its connection and its
/// SQL: what it holds is read and written through its repositories
/// (OrderRepository, CustomerRepository, SegmentResultRepository,
/// SettingsRepository, ImportRepository) and Transaction. Not thread-safe:
/// one Store per thread.
class Store
{
public:
    enum class OpenMode {
        ReadOnly,       ///< the store must exist; nothing is written
        ReadWrite,      ///< the store must exist
        CreateIfMissing ///< a missing (or empty) file becomes a new store
    };

    /// Opens \a path. A file that is not a Patronage store, or is from a
    /// newer Patronage, is refused and left exactly as it was.
    static Result<std::unique_ptr<Store>> open(const QString &path, OpenMode mode);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;
    /// Changes whenever another connection commits to the file (PRAGMA data_version).
    qint64 dataVersion() const;
    /// The store's currency (its code is empty while none is known).
    Currency currency() const;

    /// Removes the store at \a path (and its -wal and -shm files) when it
    /// holds nothing and no program has it open: a store made for an import
    /// that was refused is not left behind.
    static void discardIfEmpty(const QString &path);

private:
    friend class StoreAccess;
    Store(sqlite3 *db, QString path);
    static Result<std::unique_ptr<Store>> openOnce(const QString &path, OpenMode mode);
    Status migrate();

    sqlite3 *m_db;
    QString m_path;
};

} // namespace Patronage
