#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <sqlite3.h>

#include "TestSupport.h"
#include "core/store/Migrations.h"
#include "core/store/SettingsRepository.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void runSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newStoreIsSetUp();
    void reopensExistingStore();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesNewerSchema();
    void readOnlyNeedsExistingStore();
    void enforcesForeignKeys();
    void migrationStepsAreComplete();
    void migratesOlderStoreStepByStep();
};

void TestStore::newStoreIsSetUp()
{
    ScratchStore scratch;
    QCOMPARE(scratch.store().schemaVersion(), kCurrentSchemaVersion);
    QCOMPARE(scratch.scalar("PRAGMA application_id"), kApplicationId);
    QCOMPARE(scratch.text("PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(scratch.scalar("PRAGMA foreign_keys"), 1);
    SettingsRepository settings(scratch.store());
    QCOMPARE(*settings.value(Setting::ThresholdMethod), QStringLiteral("clerk"));
    QCOMPARE(*settings.value(Setting::LookbackMonths), QStringLiteral("0"));
    QCOMPARE(scratch.store().currency().code, QString());
    QVERIFY(settings.setCurrency(QStringLiteral("GBP")));
    QCOMPARE(scratch.store().currency().code, QStringLiteral("GBP"));
}

void TestStore::reopensExistingStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.patronage"));
    QString error;
    {
        auto store = openStore(path, Store::OpenMode::CreateIfMissing, &error);
        QVERIFY(store);
        QVERIFY(SettingsRepository(*store).setCurrency(QStringLiteral("ZAR")));
    }
    auto store = openStore(path, Store::OpenMode::ReadOnly, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->currency().code, QStringLiteral("ZAR"));
}

void TestStore::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("sql"); // empty: write text instead of a database
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("text_file") << QByteArray() << "not an SQLite database";
    QTest::newRow("other_sqlite_database")
        << QByteArray("CREATE TABLE notes(x); INSERT INTO notes VALUES(1);") << "not a Patronage store";
    QTest::newRow("other_application") << QByteArray("PRAGMA application_id = 42; CREATE TABLE t(x);")
                                       << "not a Patronage store";
}

void TestStore::refusesForeignFiles()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    if (sql.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Email\n#1,a@example.com\n");
    } else {
        runSql(path, sql.constData());
    }
    const QByteArray before = fileDigest(path);
    for (const auto mode : {Store::OpenMode::ReadOnly, Store::OpenMode::ReadWrite, Store::OpenMode::CreateIfMissing}) {
        QString error;
        QVERIFY(!openStore(path, mode, &error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QVERIFY(error.contains(path));
    }
    QCOMPARE(fileDigest(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestStore::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.patronage"));
    {
        QString error;
        QVERIFY(openStore(path, Store::OpenMode::CreateIfMissing, &error));
    }
    runSql(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
    const QByteArray before = fileDigest(path);
    QString error;
    QVERIFY(!openStore(path, Store::OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("newer Patronage")), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("update Patronage")));
    QCOMPARE(fileDigest(path), before);
}

void TestStore::readOnlyNeedsExistingStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.patronage"));
    QString error;
    QVERIFY(!openStore(path, Store::OpenMode::ReadOnly, &error));
    QVERIFY(error.contains(QLatin1String("no such store")));
    QVERIFY(!QFile::exists(path));
}

void TestStore::enforcesForeignKeys()
{
    ScratchStore scratch;
    RawSql sql(scratch.path());
    QVERIFY(sql.exec("PRAGMA foreign_keys = ON").isEmpty());
    const QString insertError =
        sql.exec("INSERT INTO orders(order_key, customer_id, placed_at, gross, state, import_id) "
                 "VALUES('x', 999, 0, 100, 0, 999)");
    QVERIFY(!insertError.isEmpty());
    QVERIFY(insertError.contains(QLatin1String("FOREIGN KEY")));
}

void TestStore::migrationStepsAreComplete()
{
    for (int version = 1; version <= kCurrentSchemaVersion; ++version)
        QVERIFY(migrationStep(version) != nullptr);
    QVERIFY(migrationStep(kCurrentSchemaVersion + 1) == nullptr);
}

// A version 1 store (before segmentation results were kept) is upgraded on
// opening, its orders kept.
void TestStore::migratesOlderStoreStepByStep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.patronage"));
    {
        ScratchStore scratch;
        QString error;
        auto store = openStore(path, Store::OpenMode::CreateIfMissing, &error);
        QVERIFY(store);
    }
    runSql(path,
           "DROP TABLE history_months; DROP TABLE engine_checkpoints; DROP INDEX orders_by_time; "
           "DROP INDEX credit_notes_by_time; CREATE INDEX orders_by_customer ON orders(customer_id, placed_at); "
           "CREATE INDEX credit_notes_by_customer ON credit_notes(customer_id, placed_at); "
           "DROP TABLE store_identity; DROP TABLE segment_groups; DROP TABLE segment_months; "
           "DELETE FROM settings WHERE key = 'amount_total'; " // kept from version 3 on
           "PRAGMA user_version = 1;"
           "INSERT INTO imports(file_name, file_path, file_size, content_hash, format, imported_at) "
           "VALUES('a.csv', '/a.csv', 1, 'x', 'generic', '2024-01-01T00:00:00Z');"
           "INSERT INTO orders(order_key, placed_at, gross, state, import_id) VALUES('1', 0, 100, 0, 1);");
    QString error;
    auto store = openStore(path, Store::OpenMode::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), kCurrentSchemaVersion);
    QCOMPARE(RawSql(path).scalar("SELECT (SELECT count(*) FROM orders) + (SELECT count(*) FROM segment_months)"), 1);
    QVERIFY(RawSql(path).scalar("SELECT value FROM settings WHERE key = 'amount_total'") >= 100);
    // Version 4's compact history is worked out from the orders kept.
    QCOMPARE(RawSql(path).scalar("SELECT documents FROM history_months WHERE month = 1970 * 12"), 1);
    QCOMPARE(readHistory(*store).events().size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
