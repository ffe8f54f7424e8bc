#pragma once

#include <QString>

#include <memory>

struct sqlite3;

namespace Patronage {

/// One shop's SQLite file: opened, checked to be a Patronage store, and
/// migrated to the current schema. Not thread-safe: one Store per thread.
class Store
{
public:
    enum class OpenMode {
        ReadOnly,       ///< the store must exist; nothing is written
        ReadWrite,      ///< the store must exist
        CreateIfMissing ///< a missing (or empty) file becomes a new store
    };

    /// Opens \a path. On failure returns null and says why in \a error; a
    /// file that is not a Patronage store, or is from a newer Patronage, is
    /// left exactly as it was.
    static std::unique_ptr<Store> open(const QString &path, OpenMode mode, QString *error);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value);
    bool removeSetting(const QString &key);

    /// The store's currency code ("GBP"), empty while none is known.
    QString currency() const { return setting(QStringLiteral("currency")); }

    bool execute(const char *sql, QString *error = nullptr);

    /// What a failed write means for the user, from SQLite's last error:
    /// busy, disk full, read-only; \a raw is SQLite's own words, kept last.
    QString writeErrorMessage(const QString &raw) const;

private:
    Store(sqlite3 *db, QString path);
    bool migrate(QString *error);

    sqlite3 *m_db;
    QString m_path;
};

} // namespace Patronage
