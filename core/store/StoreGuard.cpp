#include "core/store/StoreGuard.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sqlite3.h>
#include <unistd.h>

#include "core/store/Migrations.h"
#include "core/store/Statement.h"

namespace Patronage::StoreGuard {

namespace {

constexpr quint32 kWalMagic = 0x377f0682;
constexpr quint32 kWalVersion = 3007000;
constexpr int kWalHeaderSize = 32;
constexpr int kFrameHeaderSize = 24;

quint32 bigEndian32(const char *bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes);
    return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
}

// The WAL checksum of sqlite.org's file format, section 4.1: over 32-bit
// words taken in the byte order the header's magic number names.
void walChecksum(const char *data, qsizetype size, bool bigEndianWords, quint32 &s0, quint32 &s1)
{
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        quint32 x0 = 0;
        quint32 x1 = 0;
        if (bigEndianWords) {
            x0 = bigEndian32(data + i);
            x1 = bigEndian32(data + i + 4);
        } else {
            std::memcpy(&x0, data + i, 4);
            std::memcpy(&x1, data + i + 4, 4);
        }
        s0 += x0 + s1;
        s1 += x1 + s0;
    }
}

Error walError(const QString &storePath, ErrorCode code, const QString &why)
{
    Error error(code);
    error.file = storePath;
    error.detail = QStringLiteral("%1-wal").arg(storePath);
    error.value = why;
    return error;
}

// The marker of this store's identity row, as written in the main file
// (the WAL left aside): "patronage-store:" and 32 hex digits.
QByteArray storeMarker(const QString &storePath)
{
    sqlite3 *db = nullptr;
    const QByteArray uri = "file:" + QUrl::toPercentEncoding(storePath, "/") + "?immutable=1";
    QByteArray marker;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK) {
        harden(db);
        Statement query(db, "SELECT marker FROM store_identity WHERE id = 1");
        if (query.step())
            marker = query.text(0).toLatin1();
    }
    sqlite3_close_v2(db);
    return marker.size() == kStoreMarkerLength ? marker : QByteArray();
}

using Schema = QHash<QString, QString>; // "type name" -> its SQL

Schema schemaOf(sqlite3 *db, bool *ok)
{
    Schema schema;
    Statement query(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema");
    while (query.step()) {
        schema.insert(query.text(0) + QLatin1Char(' ') + query.text(1),
                      query.text(2) + QLatin1Char('\x1f') + query.text(3));
    }
    *ok = !query.failed();
    return schema;
}

// What Patronage's own migrations make, version by version, worked out once
// on an empty database in memory.
const Schema &expectedSchema(int version)
{
    static std::mutex lock;
    static QHash<int, Schema> schemas;
    std::lock_guard guard(lock);
    if (!schemas.contains(version)) {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        for (int v = 1; v <= version; ++v)
            sqlite3_exec(db, migrationStep(v), nullptr, nullptr, nullptr);
        bool ok = false;
        schemas.insert(version, schemaOf(db, &ok));
        sqlite3_close_v2(db);
    }
    return schemas[version];
}

QString describeObject(const QString &key)
{
    const QString type = key.section(QLatin1Char(' '), 0, 0);
    const QString name = Error::excerpt(key.section(QLatin1Char(' '), 1));
    return QStringLiteral("%1 \"%2\"").arg(type, name);
}

QString canonical(const QString &storePath)
{
    const QString path = QFileInfo(storePath).canonicalFilePath();
    return path.isEmpty() ? QFileInfo(storePath).absoluteFilePath() : path;
}

std::mutex &registryLock()
{
    static std::mutex lock;
    return lock;
}

QHash<QString, int> &openHere()
{
    static QHash<QString, int> stores;
    return stores;
}

// SQLite's unix VFS holds a shared lock on the "DMS" byte of the -shm file
// (offset 128) for as long as a connection has the store open.
bool isOpenElsewhere(const QString &storePath)
{
    const QByteArray shm = QFile::encodeName(storePath + QStringLiteral("-shm"));
    const int fd = ::open(shm.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock {
    };
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 128;
    lock.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

} // namespace

bool isInUse(const QString &storePath)
{
    {
        std::lock_guard guard(registryLock());
        if (openHere().contains(canonical(storePath)))
            return true;
    }
    return isOpenElsewhere(storePath);
}

void noteOpened(const QString &storePath)
{
    std::lock_guard guard(registryLock());
    ++openHere()[canonical(storePath)];
}

void noteClosed(const QString &storePath)
{
    std::lock_guard guard(registryLock());
    const QString key = canonical(storePath);
    if (--openHere()[key] <= 0)
        openHere().remove(key);
}

void harden(sqlite3 *db)
{
    // sqlite.org, "Defense Against The Dark Arts" and the untrusted-schema advice.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100 * 1000);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 50);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 4);
    sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, 50000);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 20);
    // Foreign key actions (ON DELETE CASCADE) run as one level of trigger; the schema has no other.
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    sqlite3_exec(db, "PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0;", nullptr, nullptr, nullptr);
}

Status checkWal(const QString &storePath)
{
    QFile wal(storePath + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() < kWalHeaderSize)
        return {}; // no WAL, or one SQLite reads as empty
    if (isInUse(storePath))
        return {}; // a live WAL, of a connection that has the store open
    if (!wal.open(QIODevice::ReadOnly))
        return walError(storePath, ErrorCode::StoreForeignWal, QStringLiteral("it cannot be read"));
    const QByteArray header = wal.read(kWalHeaderSize);
    const quint32 magic = bigEndian32(header.constData());
    const bool bigEndianWords = (magic & 1) != 0;
    quint32 s0 = 0;
    quint32 s1 = 0;
    walChecksum(header.constData(), 24, bigEndianWords, s0, s1);
    if ((magic & ~1u) != kWalMagic || bigEndian32(header.constData() + 4) != kWalVersion
        || s0 != bigEndian32(header.constData() + 24) || s1 != bigEndian32(header.constData() + 28)) {
        return {}; // not a valid WAL header: SQLite ignores the file and starts it anew
    }
    const quint32 pageSize = bigEndian32(header.constData() + 8);
    QFile store(storePath);
    if (!store.open(QIODevice::ReadOnly))
        return {};
    const QByteArray storeHeader = store.read(100);
    const quint32 storePageSizeField = storeHeader.size() >= 18
        ? (quint32(static_cast<unsigned char>(storeHeader[16])) << 8)
            | quint32(static_cast<unsigned char>(storeHeader[17]))
        : 0;
    const quint32 storePageSize = storePageSizeField == 1 ? 65536 : storePageSizeField;
    if (store.size() > 0 && pageSize != storePageSize)
        return walError(storePath, ErrorCode::StoreForeignWal, QStringLiteral("its pages are of another size"));
    const QByteArray marker = storeMarker(storePath);

    // Frames are applied up to the last commit whose checksums all hold; the
    // last transaction must name this store.
    const qsizetype frameSize = kFrameHeaderSize + qsizetype(pageSize);
    bool anyCommit = false;
    bool lastCommitNamesThisStore = false;
    bool transactionNamesThisStore = false;
    bool transactionNamesAnother = false;
    bool broken = false;
    QByteArray frame;
    while (!(frame = wal.read(frameSize)).isEmpty()) {
        if (frame.size() < frameSize)
            break; // a frame cut short by a crash: never committed
        const bool sameGeneration = frame.mid(8, 8) == header.mid(16, 8);
        if (broken) {
            if (sameGeneration)
                return walError(storePath, ErrorCode::StoreDamagedWal, QString());
            continue;
        }
        quint32 c0 = s0;
        quint32 c1 = s1;
        walChecksum(frame.constData(), 8, bigEndianWords, c0, c1);
        walChecksum(frame.constData() + kFrameHeaderSize, qsizetype(pageSize), bigEndianWords, c0, c1);
        if (!sameGeneration || c0 != bigEndian32(frame.constData() + 16) || c1 != bigEndian32(frame.constData() + 20)) {
            broken = true; // SQLite stops here; a later frame of this WAL would be lost
            continue;
        }
        s0 = c0;
        s1 = c1;
        const QByteArray page = frame.mid(kFrameHeaderSize);
        const qsizetype found = page.indexOf(kStoreMarkerPrefix);
        if (found >= 0) {
            const QByteArray named = page.mid(found, kStoreMarkerLength);
            (named == marker ? transactionNamesThisStore : transactionNamesAnother) = true;
        }
        if (bigEndian32(frame.constData() + 4) != 0) { // a commit frame ends a transaction
            anyCommit = true;
            lastCommitNamesThisStore = transactionNamesThisStore && !transactionNamesAnother && !marker.isEmpty();
            transactionNamesThisStore = transactionNamesAnother = false;
        }
    }
    if (anyCommit && !lastCommitNamesThisStore) {
        return walError(storePath, ErrorCode::StoreForeignWal,
                        QStringLiteral("its last change was not made by Patronage to this store"));
    }
    return {};
}

Status checkSchema(sqlite3 *db, int version, const QString &storePath)
{
    bool ok = false;
    const Schema actual = schemaOf(db, &ok);
    Error error(ErrorCode::StoreSchemaAltered);
    error.file = storePath;
    if (!ok) {
        error.code = ErrorCode::StoreCorrupt;
        error.detail = QString::fromUtf8(sqlite3_errmsg(db));
        return error;
    }
    const Schema &expected = expectedSchema(version);
    for (auto it = actual.constBegin(); it != actual.constEnd(); ++it) {
        if (!expected.contains(it.key())) {
            error.detail = QStringLiteral("it holds a %1 that Patronage never makes").arg(describeObject(it.key()));
            return error;
        }
        if (expected.value(it.key()) != it.value()) {
            error.detail = QStringLiteral("its %1 is not as Patronage made it").arg(describeObject(it.key()));
            return error;
        }
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (!actual.contains(it.key())) {
            error.detail = QStringLiteral("its %1 is missing").arg(describeObject(it.key()));
            return error;
        }
    }
    return {};
}

} // namespace Patronage::StoreGuard
