#include "core/store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <mutex>
#include <sqlite3.h>
#include <sys/stat.h>

#include "core/store/HistoryMonths.h"
#include "core/store/Migrations.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Statement.h"
#include "core/store/StoreAccess.h"
#include "core/store/StoreGuard.h"

namespace Patronage {

namespace {

qint64 pragmaValue(sqlite3 *db, const char *sql)
{
    Statement statement(db, sql);
    return statement.step() ? statement.integer(0) : -1;
}

Error storeError(const QString &path, ErrorCode code)
{
    Error error(code);
    error.file = path;
    return error;
}

bool isRegularFile(const QString &path)
{
    struct stat status {
    };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && S_ISREG(status.st_mode);
}

// Checks the file's first bytes before SQLite touches it.
Status looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return storeError(path, ErrorCode::FileUnreadable).withDetail(file.errorString());
    if (file.size() == 0)
        return {};
    if (file.read(16) != QByteArrayView("SQLite format 3\0", 16))
        return storeError(path, ErrorCode::StoreNotSqlite);
    return {};
}

} // namespace

sqlite3 *StoreAccess::connection(const Store &store)
{
    return store.m_db;
}

bool StoreAccess::execute(const Store &store, const char *sql, Error *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(store.m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = errorFor(store, rc, QString::fromUtf8(message), ErrorCode::StoreWriteFailed);
        sqlite3_free(message);
        return false;
    }
    return true;
}

Error StoreAccess::errorFor(const Store &store, int code, const QString &words, ErrorCode fallback)
{
    ErrorCode kind = fallback;
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: kind = ErrorCode::StoreBusy; break;
    case SQLITE_FULL: kind = ErrorCode::StoreDiskFull; break;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM: kind = ErrorCode::StoreReadOnly; break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: kind = ErrorCode::StoreCorrupt; break;
    default: break;
    }
    return storeError(store.m_path, kind).withDetail(words);
}

Error StoreAccess::failure(const Store &store, const Statement &statement, ErrorCode fallback)
{
    if (!statement.failed())
        return failure(store, fallback);
    return errorFor(store, statement.errorCode(), statement.errorText(), fallback);
}

Error StoreAccess::failure(const Store &store, ErrorCode fallback)
{
    return errorFor(store, sqlite3_errcode(store.m_db), QString::fromUtf8(sqlite3_errmsg(store.m_db)), fallback);
}

Store::Store(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
    StoreGuard::noteOpened(m_path);
}

Store::~Store()
{
    sqlite3_close_v2(m_db);
    StoreGuard::noteClosed(m_path);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, OpenMode mode)
{
    // Two programs making the same new store at once: while it is still in
    // SQLite's rollback-journal mode, a lock SQLite will not wait for can keep
    // one of them out for a moment. It opens again once the other is done.
    for (int attempt = 0;; ++attempt) {
        Result<std::unique_ptr<Store>> store = openOnce(path, mode);
        if (store || store.error().code != ErrorCode::StoreBusy || attempt >= 100)
            return store;
        QThread::msleep(50);
    }
}

Result<std::unique_ptr<Store>> Store::openOnce(const QString &path, OpenMode mode)
{
    // SQLite's memory statistics take a global lock on every allocation;
    // Patronage never reads them. Only possible before SQLite starts.
    static std::once_flag configured;
    std::call_once(configured, [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        sqlite3_initialize();
    });

    const QFileInfo info(path);
    if (!info.exists() && mode != OpenMode::CreateIfMissing)
        return storeError(path, ErrorCode::StoreMissing);
    if (info.exists()) {
        if (!isRegularFile(path))
            return storeError(path, ErrorCode::StoreNotRegular);
        if (const Status sqlite = looksLikeSqlite(path); !sqlite)
            return sqlite.error();
        // Before SQLite sees the file: a -wal beside it is applied only if it is this store's and whole.
        if (const Status wal = StoreGuard::checkWal(path); !wal)
            return wal.error();
    }

    int flags = mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == OpenMode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    // A store to read in a folder that cannot be written (a read-only disk, a
    // shared folder): SQLite could not make its -shm file there. With no -wal
    // beside it and nobody able to write it, the file is read as it is.
    QByteArray name = path.toUtf8();
    if (mode == OpenMode::ReadOnly && !QFileInfo(info.absolutePath()).isWritable()
        && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        name = "file:" + QUrl::toPercentEncoding(info.absoluteFilePath(), "/") + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(name.constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const int code = sqlite3_errcode(db);
        Error error = storeError(path,
                                 code == SQLITE_CANTOPEN && mode == OpenMode::CreateIfMissing && !info.exists()
                                     ? ErrorCode::StoreCannotCreate
                                     : ErrorCode::FileUnreadable)
                          .withDetail(QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close_v2(db);
        return error;
    }
    std::unique_ptr<Store> store(new Store(db, path));
    StoreGuard::harden(db);
    // Another Patronage may be writing (the app while the CLI imports): wait for it.
    sqlite3_busy_timeout(db, 30000);

    // Both read at one moment: another program may be making this very store.
    Statement identity(db,
                       "SELECT (SELECT application_id FROM pragma_application_id), "
                       "(SELECT count(*) FROM sqlite_schema)");
    if (!identity.step())
        return StoreAccess::failure(*store, identity, ErrorCode::StoreReadFailed);
    const qint64 applicationId = identity.integer(0);
    const qint64 tableCount = identity.integer(1);
    identity = Statement();
    const bool isNew = applicationId == 0 && tableCount == 0;
    if (applicationId != kApplicationId && !isNew)
        return storeError(path, ErrorCode::StoreForeign);
    const int version = store->schemaVersion();
    if (version > kCurrentSchemaVersion) {
        return storeError(path, ErrorCode::StoreTooNew)
            .withNumber(version)
            .withDetail(QString::number(kCurrentSchemaVersion));
    }
    // Nothing of a schema Patronage did not make is ever used.
    if (!isNew && version < 1)
        return storeError(path, ErrorCode::StoreSchemaAltered).withDetail(QStringLiteral("it has no schema version"));
    if (!isNew) {
        if (const Status schema = StoreGuard::checkSchema(db, version, path); !schema)
            return schema.error();
        if (const Status settings = SettingsRepository(*store).validate(version); !settings)
            return settings.error();
    }
    if (mode == OpenMode::ReadOnly) {
        if (isNew || version < kCurrentSchemaVersion)
            return storeError(path, ErrorCode::StoreNeedsUpgrade);
        StoreAccess::execute(*store, "PRAGMA foreign_keys = ON");
        return store;
    }

    Error error;
    // A new store's pages are 8 KiB: an import splits half as many of them as at SQLite's default 4 KiB.
    if (isNew && !StoreAccess::execute(*store, "PRAGMA page_size = 8192", &error))
        return error;
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                               // A large import touches many index pages: 64 MiB of cache keeps them in memory.
                               "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY"}) {
        if (!StoreAccess::execute(*store, pragma, &error))
            return error;
    }
    if (const Status migrated = store->migrate(); !migrated)
        return migrated.error();
    return store;
}

void Store::discardIfEmpty(const QString &path)
{
    {
        Result<std::unique_ptr<Store>> store = open(path, OpenMode::ReadOnly);
        if (!store)
            return;
        const qint64 held = pragmaValue((*store)->m_db,
                                        "SELECT (SELECT count(*) FROM imports) + "
                                        "(SELECT count(*) FROM orders) + (SELECT count(*) FROM credit_notes)");
        if (held != 0)
            return;
    }
    if (StoreGuard::isInUse(path))
        return;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

int Store::schemaVersion() const
{
    return int(pragmaValue(m_db, "PRAGMA user_version"));
}

qint64 Store::dataVersion() const
{
    return pragmaValue(m_db, "PRAGMA data_version");
}

Currency Store::currency() const
{
    return SettingsRepository(*this).currency();
}

// All steps in one transaction, under the write lock: two programs opening
// the same new store at once never both migrate it, and a failure leaves it
// as it was.
Status Store::migrate()
{
    Error error;
    if (!StoreAccess::execute(*this, "BEGIN IMMEDIATE", &error))
        return error;
    auto fail = [this](Error failure) {
        StoreAccess::execute(*this, "ROLLBACK");
        return failure;
    };
    const int version = schemaVersion(); // read again, now that no other program can change it
    if (version >= kCurrentSchemaVersion) {
        StoreAccess::execute(*this, "COMMIT");
        return {};
    }
    if (version > 0) {
        if (const Status schema = StoreGuard::checkSchema(m_db, version, m_path); !schema)
            return fail(schema.error());
    }
    for (int step = version + 1; step <= kCurrentSchemaVersion; ++step) {
        if (!StoreAccess::execute(*this, migrationStep(step), &error))
            return fail(error);
        // Version 4's compact history is worked out from the tables it copies.
        if (step == 4 && version > 0) {
            if (const Status rebuilt = HistoryMonths::rebuildFrom(*this, HistoryMonths::kEveryMonth); !rebuilt)
                return fail(rebuilt.error());
        }
    }
    const QByteArray stamp = "PRAGMA application_id = " + QByteArray::number(kApplicationId)
        + "; PRAGMA user_version = " + QByteArray::number(kCurrentSchemaVersion) + ";";
    if (!StoreAccess::execute(*this, stamp.constData(), &error) || !StoreAccess::execute(*this, "COMMIT", &error))
        return fail(error);
    // The identity row reaches the main file at once: a -wal left beside the
    // store is then always checked against it (StoreGuard::checkWal).
    StoreAccess::execute(*this, "PRAGMA wal_checkpoint(TRUNCATE)");
    return {};
}

} // namespace Patronage
