#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "TestSupport.h"
#include "core/analysis/Analysis.h"
#include "core/import/Importer.h"
#include "core/store/Transaction.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

struct Run {
    bool crashed = false;
    int exitCode = -1;
    QString err;
    qint64 milliseconds = 0;
};

// patronage-cli as a user runs it; a crash or a hang shows as such.
Run runOn(const QStringList &arguments, int timeoutMs = 30000)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(PATRONAGE_CLI), arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    Run run;
    run.milliseconds = timer.elapsed();
    if (!finished) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
        run.err = QStringLiteral("hung for %1 ms").arg(timeoutMs);
        return run;
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestHostileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusedAndUntouched_data();
    void refusedAndUntouched();
    void corruptionAtManyOffsets();
    void foreignWalIsNeverApplied();
    void ownWalAfterACrashIsKept();
    void damagedWalIsRefused();

private:
    QString copyOfStore(const QString &name);
    QTemporaryDir m_dir;
    QString m_store; ///< shopify_small, its results worked out
};

void TestHostileStore::initTestCase()
{
    m_store = m_dir.filePath(QStringLiteral("good.patronage"));
    QString error;
    auto store = openStore(m_store, Store::OpenMode::CreateIfMissing, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(Importer(*store).importFile(testData(QStringLiteral("formats/shopify_small.csv")), {}).ok);
    QVERIFY(Analysis::refresh(*store));
}

QString TestHostileStore::copyOfStore(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::copy(m_store, path);
    return path;
}

// A store file is untrusted input: what another program put in it never runs
// and is never used, and the store is left byte for byte as it was.
void TestHostileStore::refusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("tampering"); // SQL run on the store by another program
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("refusing"); // the commands that read what was tampered with
    const QString altered = QStringLiteral("changed by another program");
    const QString invalid = QStringLiteral("holds a value Patronage never writes");
    // A store's schema and settings are checked on opening: every command refuses.
    const QStringList every = {"segments", "info", "customers", "thresholds", "import", "forget", "config"};
    // The orders table is read whole by the totals (segmentation reads the compact history, below).
    const QStringList orderReaders = {"info"};
    // Customers are read by everything that works months out, and the totals.
    const QStringList customerReaders = {"segments", "info", "customers", "thresholds"};
    // The compact history is read by the reports that work months out again and the lists.
    const QStringList historyReaders = {"segments", "customers", "thresholds"};
    // Stored results are read by the reports.
    const QStringList resultReaders = {"segments", "customers", "thresholds"};
    // Results to work out again: the reports read the orders.
    const QByteArray stale = "INSERT OR REPLACE INTO settings VALUES('segments_stale_from', '0');";

    // Triggers: one deleted every order when results were written, another rewrote every e-mail.
    QTest::newRow("trigger_deletes_orders")
        << QByteArray("CREATE TRIGGER wipe AFTER INSERT ON segment_months BEGIN DELETE FROM orders; END;") + stale
        << altered << every;
    QTest::newRow("trigger_rewrites_emails") << QByteArray("CREATE TRIGGER steal AFTER UPDATE ON settings BEGIN "
                                                           "UPDATE customers SET email = 'attacker@evil.example'; END;")
                                             << altered << every;
    QTest::newRow("trigger_on_customers")
        << QByteArray("CREATE TRIGGER t BEFORE UPDATE ON customers BEGIN SELECT 1; END;") << altered << every;
    // Views: a recursive one hung even `info`.
    QTest::newRow("recursive_view") << QByteArray(
        "CREATE VIEW endless AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
        "SELECT x FROM c;") << altered
                                    << every;
    QTest::newRow("view_instead_of_a_table")
        << QByteArray("ALTER TABLE imports RENAME TO imports_old; CREATE VIEW imports AS SELECT * FROM imports_old;")
        << altered << every;
    // Missing and extra tables, indexes, columns; a version that does not match the schema.
    QTest::newRow("dropped_settings") << QByteArray("DROP TABLE settings;") << altered << every;
    QTest::newRow("dropped_orders") << QByteArray("DROP TABLE orders;") << altered << every;
    QTest::newRow("dropped_index") << QByteArray("DROP INDEX orders_by_time;") << altered << every;
    QTest::newRow("extra_table") << QByteArray("CREATE TABLE notes(x);") << altered << every;
    QTest::newRow("extra_index") << QByteArray("CREATE INDEX by_email ON customers(email);") << altered << every;
    QTest::newRow("planner_statistics") << QByteArray("ANALYZE;") << altered << every;
    QTest::newRow("extra_column") << QByteArray("ALTER TABLE customers ADD COLUMN secret TEXT;") << altered << every;
    QTest::newRow("version_tampered") << QByteArray("PRAGMA user_version = 1;") << altered << every;
    // Out-of-range and mistyped values: a customer id of -5 overflowed a buffer, a date at the
    // 64-bit limits or a huge id aborted.
    QTest::newRow("negative_customer_id") << stale
            + "UPDATE orders SET customer_id = -5 WHERE customer_id = 1; UPDATE customers SET id = -5 WHERE id = 1;"
                                          << invalid << customerReaders;
    QTest::newRow("huge_customer_id") << stale + "UPDATE customers SET id = 9000000000000000000 WHERE id = 2;"
                                      << invalid << customerReaders;
    QTest::newRow("order_of_no_customer")
        << stale + "UPDATE orders SET customer_id = 4242 WHERE id = 1;" << invalid << orderReaders;
    QTest::newRow("date_at_64bit_limit") << stale + "UPDATE orders SET placed_at = 9223372036854775807 WHERE id = 1;"
                                         << invalid << orderReaders;
    QTest::newRow("date_at_64bit_low") << stale + "UPDATE orders SET placed_at = -9223372036854775808 WHERE id = 1;"
                                       << invalid << orderReaders;
    QTest::newRow("date_before_1900") << stale + "UPDATE orders SET placed_at = -2300000000 WHERE id = 1;" << invalid
                                      << orderReaders;
    QTest::newRow("amount_near_64bit_limit")
        << stale + "UPDATE orders SET gross = 9223372036854775000 WHERE id = 1;" << invalid << orderReaders;
    QTest::newRow("credit_note_amount") << stale
            + "INSERT INTO credit_notes(note_key, customer_id, placed_at, amount, import_id) "
              "VALUES('C1', 1, 1704067200, -9223372036854775000, 1);"
                                        << invalid << orderReaders;
    QTest::newRow("amounts_adding_up_past_the_limit") << stale
            + "UPDATE orders SET gross = 999999999999999 WHERE customer_id IS NOT NULL;"
              "INSERT INTO orders(order_key, customer_id, placed_at, gross, state, import_id) "
              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
              "SELECT 'x' || i, 1, 1704067200, 999999999999999, 0, 1 FROM n;"
                                                      << invalid << orderReaders;
    QTest::newRow("state_seven") << stale + "PRAGMA ignore_check_constraints = ON; UPDATE orders SET state = 7;"
                                 << invalid << orderReaders;
    QTest::newRow("text_for_a_date") << stale + "UPDATE orders SET placed_at = 'yesterday' WHERE id = 1;" << invalid
                                     << orderReaders;
    QTest::newRow("blob_for_an_amount") << stale + "UPDATE orders SET gross = x'00ff' WHERE id = 1;" << invalid
                                        << orderReaders;
    // The compact history and the engine's checkpoints, derived as they are, are checked before use.
    QTest::newRow("history_not_a_history")
        << stale + "UPDATE history_months SET data = x'0102030405';" << invalid << historyReaders;
    QTest::newRow("history_count_wrong") << stale + "UPDATE history_months SET documents = documents + 1;" << invalid
                                         << historyReaders;
    QTest::newRow("history_in_year_9999")
        << stale + "UPDATE history_months SET month = month + 9000 * 12;" << invalid << historyReaders;
    QTest::newRow("history_cut_short") << stale + "UPDATE history_months SET data = substr(data, 1, length(data) - 1);"
                                       << invalid << historyReaders;
    QTest::newRow("checkpoint_not_a_checkpoint")
        << QByteArray("UPDATE engine_checkpoints SET data = x'01020304';") << invalid << QStringList{"customers"};
    QTest::newRow("checkpoint_cut_short")
        << QByteArray("UPDATE engine_checkpoints SET data = substr(data, 1, length(data) - 2);") << invalid
        << QStringList{"customers"};
    // Settings: frequent_percentile=1000 crashed, vip_percentile=-50 and method=bogus were used silently.
    QTest::newRow("frequent_percentile_1000")
        << QByteArray("UPDATE settings SET value = '1000' WHERE key = 'frequent_percentile';") << invalid << every;
    QTest::newRow("vip_percentile_minus_50")
        << QByteArray("UPDATE settings SET value = '-50' WHERE key = 'vip_percentile';") << invalid << every;
    QTest::newRow("method_bogus") << QByteArray("UPDATE settings SET value = 'bogus' WHERE key = 'threshold_method';")
                                  << invalid << every;
    QTest::newRow("window_of_ages") << QByteArray(
        "UPDATE settings SET value = '99999999' WHERE key = 'lookback_months';")
                                    << invalid << every;
    QTest::newRow("window_not_a_number") << QByteArray(
        "UPDATE settings SET value = 'six' WHERE key = 'lookback_months';")
                                         << invalid << every;
    QTest::newRow("currency_not_iso") << QByteArray("UPDATE settings SET value = 'EURO' WHERE key = 'currency';")
                                      << invalid << every;
    QTest::newRow("stale_marker_text") << QByteArray(
        "INSERT OR REPLACE INTO settings VALUES('segments_stale_from', 'soon');")
                                       << invalid << every;
    // Stored results, derived as they are, are checked before use too.
    QTest::newRow("negative_group_count")
        << QByteArray("UPDATE segment_groups SET customers = -1;") << invalid << resultReaders;
    QTest::newRow("impossible_group") << QByteArray(
        "PRAGMA ignore_check_constraints = ON; UPDATE segment_groups SET loyalty_group = 9 "
        "WHERE loyalty_group = 3;") << invalid
                                      << resultReaders;
    QTest::newRow("cutoff_not_a_number") << QByteArray("UPDATE segment_months SET frequent_from = 'lots';") << invalid
                                         << resultReaders;
    QTest::newRow("month_in_year_9999") << QByteArray("UPDATE segment_months SET month = month + 9000 * 12;") << invalid
                                        << resultReaders;
}

void TestHostileStore::refusedAndUntouched()
{
    QFETCH(QByteArray, tampering);
    QFETCH(QString, message);
    QFETCH(QStringList, refusing);
    const QString path = copyOfStore(QStringLiteral("tampered.patronage"));
    {
        RawSql other(path);
        const QString failed = other.exec(tampering.constData());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    const QByteArray before = fileDigest(path);
    const QHash<QString, QStringList> arguments = {
        {"segments", {"segments", "--db", path}},
        {"info", {"info", "--db", path}},
        {"customers", {"customers", "--db", path, "--month", "2024-03"}},
        {"thresholds", {"thresholds", "--db", path}},
        {"import", {"import", "--db", path, testData(QStringLiteral("formats/shopify_overlap.csv"))}},
        {"forget", {"forget", "--db", path, "--email", "bob@example.com"}},
        {"config", {"config", "--db", path, "--window", "3"}}};
    for (const QString &command : refusing) {
        const Run run = runOn(arguments.value(command), 20000);
        QVERIFY2(!run.crashed, qPrintable(command + QLatin1String(": ") + run.err));
        QVERIFY2(run.exitCode == 1, qPrintable(command + QLatin1String(": ") + run.err));
        QVERIFY2(run.err.contains(message), qPrintable(command + QLatin1String(": ") + run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY2(run.milliseconds < 10000, qPrintable(command));
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    }
}

// A bit flipped anywhere: the store is read, or refused as damaged with its
// name; never a crash, a hang or "orders 0" as if it were fine.
void TestHostileStore::corruptionAtManyOffsets()
{
    const QByteArray good = [this] {
        QFile file(m_store);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    QRandomGenerator random(20261201);
    int refused = 0;
    for (int trial = 0; trial < 60; ++trial) {
        QByteArray bytes = good;
        const qsizetype offset = random.bounded(qsizetype(100), bytes.size());
        bytes[offset] = char(bytes[offset] ^ char(1 << random.bounded(8)));
        const QString path = m_dir.filePath(QStringLiteral("flipped.patronage"));
        QFile::remove(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        for (const QStringList &command : {QStringList{"info", "--db", path}, QStringList{"segments", "--db", path},
                                           QStringList{"customers", "--db", path, "--month", "2024-03"}}) {
            const Run run = runOn(command, 20000);
            QVERIFY2(!run.crashed, qPrintable(QStringLiteral("offset %1: %2").arg(offset).arg(run.err)));
            QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
            if (run.exitCode == 1) {
                ++refused;
                QVERIFY2(run.err.contains(path), qPrintable(run.err));
            } else if (command.first() == QLatin1String("info")) {
                // Read as fine: then it holds its orders, not "orders 0".
                const CliRun info = runCli(command);
                QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("\\norders +6\\n"))),
                         qPrintable(QStringLiteral("offset %1: %2").arg(offset).arg(info.out)));
            }
        }
    }
    QVERIFY(refused > 0);
}

// The WAL of another store, put beside this one: applied, it would shrink the
// store for good. It is left alone and the store refused, saying what to do.
void TestHostileStore::foreignWalIsNeverApplied()
{
    const QString mine = copyOfStore(QStringLiteral("mine.patronage"));
    const QString other = m_dir.filePath(QStringLiteral("other.patronage"));
    QFile::remove(other);
    {
        QString error;
        auto store = openStore(other, Store::OpenMode::CreateIfMissing, &error);
        QVERIFY(Importer(*store).importFile(testData(QStringLiteral("formats/lines_small.csv")), {}).ok);
        // The other store's latest changes are in its WAL while it is open: copied as a crash would leave them.
        QVERIFY(Importer(*store)
                    .importFile(testData(QStringLiteral("formats/magento_small.csv")),
                                [] {
                                    ImportOptions o;
                                    o.currency = QStringLiteral("GBP");
                                    return o;
                                }())
                    .ok
                || true);
        QVERIFY(QFile::exists(other + QStringLiteral("-wal")));
        QVERIFY(QFile::copy(other + QStringLiteral("-wal"), mine + QStringLiteral("-wal")));
    }
    const QByteArray before = fileDigest(mine);
    const QByteArray wal = fileDigest(mine + QStringLiteral("-wal"));
    for (const QStringList &command : {QStringList{"info", "--db", mine}, QStringList{"segments", "--db", mine}}) {
        const Run run = runOn(command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("does not belong to it")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("move that file away")), qPrintable(run.err));
    }
    QCOMPARE(fileDigest(mine), before);
    QCOMPARE(fileDigest(mine + QStringLiteral("-wal")), wal);
    // Moved away, as the message says: the store opens as it was.
    QVERIFY(QFile::remove(mine + QStringLiteral("-wal")));
    QCOMPARE(runOn({"info", "--db", mine}).exitCode, 0);
}

// A crash between a commit and the checkpoint leaves the store's own WAL:
// its changes are kept, as SQLite would keep them.
void TestHostileStore::ownWalAfterACrashIsKept()
{
    const QString source = copyOfStore(QStringLiteral("crashed-source.patronage"));
    const QString image = m_dir.filePath(QStringLiteral("crashed.patronage"));
    QFile::remove(image);
    QFile::remove(image + QStringLiteral("-wal"));
    {
        QString error;
        auto store = openStore(source, Store::OpenMode::ReadWrite, &error);
        QVERIFY(Importer(*store).importFile(testData(QStringLiteral("formats/shopify_overlap.csv")), {}).ok);
        QVERIFY(QFile::exists(source + QStringLiteral("-wal")));
        // What is on disk at this moment is what a power cut would leave.
        QVERIFY(QFile::copy(source, image));
        QVERIFY(QFile::copy(source + QStringLiteral("-wal"), image + QStringLiteral("-wal")));
    }
    const CliRun info = runCli({"info", "--db", image});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QLatin1String("shopify_overlap.csv")), qPrintable(info.out));
}

// A WAL whose committed changes cannot all be read (a frame damaged in the
// middle): applying what can be read would lose the rest without a word.
void TestHostileStore::damagedWalIsRefused()
{
    const QString source = copyOfStore(QStringLiteral("damaged-source.patronage"));
    const QString image = m_dir.filePath(QStringLiteral("damaged.patronage"));
    QFile::remove(image);
    QFile::remove(image + QStringLiteral("-wal"));
    {
        QString error;
        auto store = openStore(source, Store::OpenMode::ReadWrite, &error);
        QVERIFY(Importer(*store).importFile(testData(QStringLiteral("formats/shopify_overlap.csv")), {}).ok);
        QVERIFY(Analysis::refresh(*store));
        QVERIFY(QFile::copy(source, image));
        QVERIFY(QFile::copy(source + QStringLiteral("-wal"), image + QStringLiteral("-wal")));
    }
    QFile wal(image + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::ReadWrite));
    QVERIFY(wal.size() > 32 + 3 * (24 + 4096));
    wal.seek(32 + 24 + 100); // inside the first frame's page
    const char flipped = char(wal.peek(1).at(0) ^ 0x40);
    wal.write(&flipped, 1);
    wal.close();
    const QByteArray before = fileDigest(image);
    const Run run = runOn({"info", "--db", image});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("is damaged")), qPrintable(run.err));
    QCOMPARE(fileDigest(image), before);
}

QTEST_GUILESS_MAIN(TestHostileStore)
#include "TestHostileStore.moc"
