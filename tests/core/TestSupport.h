#pragma once

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

#include "core/error/Error.h"
#include "core/generate/ShopGenerator.h"
#include "core/import/ImportOptions.h"
#include "core/import/ImportReport.h"
#include "core/segment/OrderHistory.h"
#include "core/store/Store.h"

struct sqlite3;

namespace Patronage::Testing {

QString testData(const QString &relativePath);
/// A file of ../shared/data, or empty (with the test skipped) when absent.
QString sharedData(const QString &relativePath);

/// What a run of patronage-cli printed.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};
/// Runs patronage-cli with \a arguments; \a childSetup runs in the child before it starts.
CliRun runCli(const QStringList &arguments, const std::function<void()> &childSetup = {});

/// An error as the command line words it.
QString message(const Error &error);
/// Opens a store; null with the command line's words in \a error when that fails.
std::unique_ptr<Store> openStore(const QString &path, Store::OpenMode mode, QString *error);

/// The store's order history (a failure is fatal).
OrderHistory readHistory(Store &store);

/// Spec §7's worked example (tests/data/segments/worked_example.csv) and the column mapping it
/// is imported with; and a store of it made at \a path.
QString workedExampleFile();
ImportOptions workedExampleOptions();
bool makeWorkedExampleStore(const QString &path);

/// Writes a generated shop to \a path.
bool writeGeneratedShop(const QString &path, const GeneratorParams &params);

/// A digest of every stored row (an import's time left out), to show a store is unchanged.
QString storeDigest(const Store &store);
QString storeDigest(const QString &path);

/// A connection of the test's own to a store file, to look at what is in it
/// (and to tamper with it) the way another program would.
class RawSql
{
public:
    explicit RawSql(const QString &path);
    ~RawSql();
    RawSql(const RawSql &) = delete;
    RawSql &operator=(const RawSql &) = delete;
    /// The first column of the first row of \a sql, as a number (a failure is fatal).
    qint64 scalar(const char *sql) const;
    /// ... as text; empty when there is no row.
    QString text(const char *sql) const;
    /// Runs \a sql; SQLite's error message, or empty when it worked.
    QString exec(const char *sql) const;

private:
    sqlite3 *m_db = nullptr;
};

/// A fresh store in a temporary folder, removed with the object.
class ScratchStore
{
public:
    ScratchStore();
    Store &store() { return *m_store; }
    QString path() const { return m_path; }
    ImportReport import(const QString &file, const ImportOptions &options = {});
    /// The first column of the first row of \a sql on the store's own connection, as a number.
    qint64 scalar(const char *sql) const;
    QString text(const char *sql) const;
    /// A digest of every stored row, to show a refused import changed nothing.
    QString contentDigest() const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

} // namespace Patronage::Testing

#define SKIP_WITHOUT_SHARED_DATA(path)                                                                                 \
    if ((path).isEmpty())                                                                                              \
        QSKIP("../shared/data is not beside this checkout: the real-data tests are skipped");
