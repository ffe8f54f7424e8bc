#include "core/store/Store.h"

#include "core/store/Migrations.h"
#include "core/store/Statement.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <mutex>

namespace Patronage {

namespace {

qint64 pragmaValue(sqlite3 *db, const char *sql)
{
    Statement statement(db, sql);
    return statement.step() ? statement.integer(0) : -1;
}

// Checks the file's first bytes before SQLite touches it.
bool looksLikeSqlite(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open the store: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() == 0)
        return true;
    if (file.read(16) != QByteArrayView("SQLite format 3\0", 16)) {
        *error = QStringLiteral("%1 is not a Patronage store (it is not an SQLite database): "
                                "choose a .patronage file, or a new file name to create a store")
                     .arg(path);
        return false;
    }
    return true;
}

} // namespace

Store::Store(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Store::~Store()
{
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Store> Store::open(const QString &path, OpenMode mode, QString *error)
{
    // SQLite's memory statistics take a global lock on every allocation;
    // Patronage never reads them. Only possible before SQLite starts.
    static std::once_flag configured;
    std::call_once(configured, [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        sqlite3_initialize();
    });

    const QFileInfo info(path);
    if (!info.exists() && mode != OpenMode::CreateIfMissing) {
        *error = QStringLiteral("%1: no such store: import a file first to create it").arg(path);
        return nullptr;
    }
    if (info.exists() && !looksLikeSqlite(path, error))
        return nullptr;

    int flags = mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == OpenMode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("%1: cannot open the store: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close_v2(db);
        return nullptr;
    }
    std::unique_ptr<Store> store(new Store(db, path));
    // Another Patronage may be writing (the app while the CLI imports): wait for it.
    sqlite3_busy_timeout(db, 30000);

    const qint64 applicationId = pragmaValue(db, "PRAGMA application_id");
    const qint64 tableCount = pragmaValue(db, "SELECT count(*) FROM sqlite_schema");
    if (applicationId < 0 || tableCount < 0) {
        *error = QStringLiteral("%1 cannot be read as a Patronage store: %2")
                     .arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
        return nullptr;
    }
    const bool isNew = applicationId == 0 && tableCount == 0;
    if (applicationId != kApplicationId && !isNew) {
        *error = QStringLiteral("%1 is an SQLite database but not a Patronage store: "
                                "it was left untouched; choose a .patronage file, or a new file name")
                     .arg(path);
        return nullptr;
    }
    const int version = store->schemaVersion();
    if (version > kCurrentSchemaVersion) {
        *error = QStringLiteral("%1 was written by a newer Patronage (store version %2; this Patronage reads up to "
                                "version %3): it was left untouched; update Patronage to open it")
                     .arg(path)
                     .arg(version)
                     .arg(kCurrentSchemaVersion);
        return nullptr;
    }
    if (mode == OpenMode::ReadOnly) {
        if (isNew || version < kCurrentSchemaVersion) {
            *error = QStringLiteral("%1 is an older or empty store: open it for writing once to upgrade it").arg(path);
            return nullptr;
        }
        store->execute("PRAGMA foreign_keys = ON");
        return store;
    }

    if (!store->execute("PRAGMA journal_mode = WAL", error) || !store->execute("PRAGMA foreign_keys = ON", error)
        || !store->execute("PRAGMA synchronous = NORMAL", error)
        // A large import touches many index pages: 64 MiB of cache keeps them in memory.
        || !store->execute("PRAGMA cache_size = -65536", error) || !store->execute("PRAGMA temp_store = MEMORY", error)
        || !store->migrate(error)) {
        error->prepend(path + QStringLiteral(": "));
        return nullptr;
    }
    return store;
}

int Store::schemaVersion() const
{
    return int(pragmaValue(m_db, "PRAGMA user_version"));
}

QString Store::writeErrorMessage(const QString &raw) const
{
    switch (sqlite3_errcode(m_db)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("the store is busy: another Patronage is writing to it; try again when it has finished");
    case SQLITE_FULL:
        return QStringLiteral("the disk is full: free some space and try again");
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return QStringLiteral("the store cannot be written (a read-only disk, or a file you may not change): "
                              "copy it somewhere writable and try again");
    case SQLITE_IOERR:
        return QStringLiteral("the store could not be written (%1): check the disk has space and works").arg(raw);
    default:
        return QStringLiteral("cannot write to the store: %1").arg(raw);
    }
}

bool Store::execute(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message);
        sqlite3_free(message);
        return false;
    }
    return true;
}

// Runs each step in its own transaction, so a failure leaves the store at the
// last version it fully reached.
bool Store::migrate(QString *error)
{
    for (int version = schemaVersion() + 1; version <= kCurrentSchemaVersion; ++version) {
        const QByteArray step = QByteArray("BEGIN IMMEDIATE;\n") + migrationStep(version)
            + "\nPRAGMA application_id = " + QByteArray::number(kApplicationId)
            + ";\nPRAGMA user_version = " + QByteArray::number(version) + ";\nCOMMIT;";
        if (!execute(step.constData(), error)) {
            execute("ROLLBACK");
            return false;
        }
    }
    return true;
}

bool Store::removeSetting(const QString &key)
{
    Statement statement(m_db, "DELETE FROM settings WHERE key = ?");
    statement.bind(1, key);
    return statement.exec();
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    Statement statement(m_db, "SELECT value FROM settings WHERE key = ?");
    statement.bind(1, key);
    return statement.step() ? statement.text(0) : fallback;
}

bool Store::setSetting(const QString &key, const QString &value)
{
    Statement statement(m_db, "INSERT INTO settings(key, value) VALUES(?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    statement.bind(1, key).bind(2, value);
    return statement.exec();
}

} // namespace Patronage
