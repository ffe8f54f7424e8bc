#include "TestSupport.h"

#include "app/cli/CliText.h"
#include "core/import/Importer.h"
#include "core/store/OrderRepository.h"
// White-box: the tests look at the store's own connection.
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <sqlite3.h>

#include "core/store/Statement.h"
#include "core/store/StoreAccess.h"

namespace Patronage::Testing {

QString testData(const QString &relativePath)
{
    return QDir(QStringLiteral(PATRONAGE_TEST_DATA)).filePath(relativePath);
}

QString sharedData(const QString &relativePath)
{
    const QString path = QDir(QStringLiteral(PATRONAGE_SHARED_DATA)).filePath(relativePath);
    return QFileInfo::exists(path) ? path : QString();
}

CliRun runCli(const QStringList &arguments, const std::function<void()> &childSetup)
{
    QProcess process;
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(QStringLiteral(PATRONAGE_CLI), arguments);
    process.waitForFinished(300000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString message(const Error &error)
{
    return Cli::cliMessage(error);
}

std::unique_ptr<Store> openStore(const QString &path, Store::OpenMode mode, QString *error)
{
    Result<std::unique_ptr<Store>> store = Store::open(path, mode);
    if (!store) {
        if (error)
            *error = message(store.error());
        return nullptr;
    }
    return std::move(store).value();
}

OrderHistory readHistory(Store &store)
{
    Result<OrderHistory> history = OrderRepository(store).readHistory();
    if (!history)
        qFatal("cannot read the history: %s", qPrintable(message(history.error())));
    return std::move(history).value();
}

QString workedExampleFile()
{
    return testData(QStringLiteral("segments/worked_example.csv"));
}

ImportOptions workedExampleOptions()
{
    ImportOptions options;
    options.mapping = {{Field::Order, QStringLiteral("order")},
                       {Field::Customer, QStringLiteral("customer")},
                       {Field::Date, QStringLiteral("date")},
                       {Field::Total, QStringLiteral("total")}};
    return options;
}

bool makeWorkedExampleStore(const QString &path)
{
    QString error;
    const std::unique_ptr<Store> store = openStore(path, Store::OpenMode::CreateIfMissing, &error);
    return store && Importer(*store).importFile(workedExampleFile(), workedExampleOptions()).ok;
}

bool writeGeneratedShop(const QString &path, const GeneratorParams &params)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && ShopGenerator(params).write(&file);
}

RawSql::RawSql(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        qFatal("cannot open %s: %s", qPrintable(path), sqlite3_errmsg(m_db));
    sqlite3_busy_timeout(m_db, 30000);
}

RawSql::~RawSql()
{
    sqlite3_close_v2(m_db);
}

qint64 RawSql::scalar(const char *sql) const
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK || sqlite3_step(statement) != SQLITE_ROW)
        qFatal("query failed: %s: %s", sql, sqlite3_errmsg(m_db));
    const qint64 value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

QString RawSql::text(const char *sql) const
{
    sqlite3_stmt *statement = nullptr;
    QString value;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

QString RawSql::exec(const char *sql) const
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(error);
    sqlite3_free(error);
    return text;
}

ScratchStore::ScratchStore()
    : m_path(m_dir.filePath(QStringLiteral("shop.patronage")))
{
    QString error;
    m_store = openStore(m_path, Store::OpenMode::CreateIfMissing, &error);
    if (!m_store)
        qFatal("cannot create a scratch store: %s", qPrintable(error));
}

ImportReport ScratchStore::import(const QString &file, const ImportOptions &options)
{
    Importer importer(*m_store);
    return importer.importFile(file, options);
}

// On the store's own connection: per-connection state (PRAGMA foreign_keys) is what is looked at.
qint64 ScratchStore::scalar(const char *sql) const
{
    Statement statement(StoreAccess::connection(*m_store), sql);
    if (!statement.step())
        qFatal("query failed: %s: %s", sql, qPrintable(statement.errorText()));
    return statement.integer(0);
}

QString ScratchStore::text(const char *sql) const
{
    Statement statement(StoreAccess::connection(*m_store), sql);
    return statement.step() ? statement.text(0) : QString();
}

QString ScratchStore::contentDigest() const
{
    return storeDigest(m_path);
}

QString storeDigest(const Store &store)
{
    return storeDigest(store.path());
}

QString storeDigest(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close_v2(db);
        return error;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : {"SELECT * FROM orders ORDER BY id", "SELECT * FROM credit_notes ORDER BY id",
                            "SELECT * FROM customers ORDER BY id", "SELECT * FROM settings ORDER BY key",
                            // all of an import's record but its time, which differs from run to run
                            "SELECT id, file_name, file_size, content_hash, format, rows_read, orders_inserted, "
                            "orders_updated, orders_unchanged, credit_notes, guest_orders, rows_skipped FROM imports "
                            "ORDER BY id"}) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            hash.addData(QByteArray(sqlite3_errmsg(db)));
            continue;
        }
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < 16; ++column) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
                hash.addData(QByteArray(QByteArray(text ? text : "") + '\x1f'));
            }
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(db);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Patronage::Testing
