#include <QFile>
#include <QProcess>
#include <QTest>

#include "TestSupport.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

QProcess *startCli(const QStringList &arguments, QObject *parent)
{
    auto *process = new QProcess(parent);
    process->start(QStringLiteral(PATRONAGE_CLI), arguments);
    process->waitForStarted();
    return process;
}

bool fileHolds(const QString &path, const QByteArray &text)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly) && file.readAll().toLower().contains(text))
            return true;
    }
    return false;
}

} // namespace

// Two writers, one truth: each command is one transaction, creating a store
// is race-free, every writer waits its turn, forget is idempotent and complete.
class TestWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoImportsCreatingOneStore();
    void reportWaitsForAnImport();
    void configIsOneTransaction();
    void interruptedForgetIsFinishedByARetry();

private:
    QTemporaryDir m_dir;
    QString m_big; ///< an export that takes a while to import
};

void TestWriters::initTestCase()
{
    m_big = m_dir.filePath(QStringLiteral("big.csv"));
    GeneratorParams params;
    params.orders = 150000;
    params.format = GeneratorParams::Format::Lines;
    QVERIFY(writeGeneratedShop(m_big, params));
}

// Two imports that created the same new store at once lost one file's orders (10 of 10 trials).
void TestWriters::twoImportsCreatingOneStore()
{
    for (int trial = 0; trial < 10; ++trial) {
        const QString store = m_dir.filePath(QStringLiteral("together-%1.patronage").arg(trial));
        QProcess *first =
            startCli({"import", "--db", store, testData(QStringLiteral("formats/shopify_small.csv"))}, this);
        QProcess *second =
            startCli({"import", "--db", store, testData(QStringLiteral("formats/shopify_overlap.csv"))}, this);
        QVERIFY(first->waitForFinished(60000));
        QVERIFY(second->waitForFinished(60000));
        QVERIFY2(first->exitCode() == 0, first->readAllStandardError().constData());
        QVERIFY2(second->exitCode() == 0, second->readAllStandardError().constData());
        RawSql sql(store);
        QCOMPARE(sql.scalar("SELECT count(*) FROM imports"), 2);
        // shopify_small has #1001-#1006, shopify_overlap adds #1007 and updates #1006.
        QCOMPARE(sql.scalar("SELECT count(*) FROM orders"), 7);
    }
}

// `segments` on a stale store while an import ran failed at once with "database is locked".
void TestWriters::reportWaitsForAnImport()
{
    const QString store = m_dir.filePath(QStringLiteral("busy.patronage"));
    QCOMPARE(runCli({"import", "--db", store, testData(QStringLiteral("formats/lines_small.csv"))}).exitCode, 0);
    for (int trial = 0; trial < 5; ++trial) {
        QProcess *import = startCli({"import", "--db", store, m_big}, this);
        QTest::qWait(150); // the import holds the write lock now
        const CliRun report = runCli({"segments", "--db", store});
        QVERIFY(import->waitForFinished(120000));
        QCOMPARE(import->exitCode(), 0);
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QVERIFY(!report.err.contains(QLatin1String("locked")));
        QVERIFY(!report.err.contains(QLatin1String("busy")));
    }
}

// `config` wrote each parameter in a transaction of its own: a kill left half a change.
void TestWriters::configIsOneTransaction()
{
    const QString store = m_dir.filePath(QStringLiteral("config.patronage"));
    QCOMPARE(runCli({"import", "--db", store, testData(QStringLiteral("formats/lines_small.csv"))}).exitCode, 0);
    // While another program holds the write lock, config changes nothing at all...
    RawSql lock(store);
    QVERIFY(lock.exec("BEGIN IMMEDIATE").isEmpty());
    QProcess *config =
        startCli({"config", "--db", store, "--method", "percentile", "--window", "6", "--vip-percentile", "80"}, this);
    QVERIFY(!config->waitForFinished(1500));
    QCOMPARE(lock.text("SELECT group_concat(value) FROM settings WHERE key IN ('threshold_method', "
                       "'lookback_months', 'vip_percentile') ORDER BY key"),
             QStringLiteral("0,clerk,90"));
    config->kill();
    config->waitForFinished();
    QVERIFY(lock.exec("COMMIT").isEmpty());
    QCOMPARE(lock.text("SELECT group_concat(value) FROM settings WHERE key IN ('threshold_method', "
                       "'lookback_months', 'vip_percentile') ORDER BY key"),
             QStringLiteral("0,clerk,90"));
    // ...and when it runs, every parameter changes at once.
    QCOMPARE(
        runCli({"config", "--db", store, "--method", "percentile", "--window", "6", "--vip-percentile", "80"}).exitCode,
        0);
    QCOMPARE(lock.text("SELECT group_concat(value) FROM settings WHERE key IN ('threshold_method', "
                       "'lookback_months', 'vip_percentile') ORDER BY key"),
             QStringLiteral("6,percentile,80"));
}

// `forget`, killed between its commit and the checkpoint, left the e-mail in the
// file, and a retry said there was nothing to forget.
void TestWriters::interruptedForgetIsFinishedByARetry()
{
    const QString store = m_dir.filePath(QStringLiteral("forget.patronage"));
    QCOMPARE(runCli({"import", "--db", store, testData(QStringLiteral("formats/shopify_small.csv"))}).exitCode, 0);
    const QString image = m_dir.filePath(QStringLiteral("forget-killed.patronage"));
    {
        // What forget commits, with the checkpoint never reached: the disk as a kill leaves it.
        RawSql killed(store);
        QVERIFY(killed
                    .exec("PRAGMA wal_autocheckpoint = 0; PRAGMA secure_delete = ON; BEGIN IMMEDIATE;"
                          "UPDATE store_identity SET writes = writes + 1;"
                          "UPDATE customers SET customer_key = 'forgotten-' || id, email = NULL, name = NULL "
                          "WHERE customer_key = 'anna@example.com'; COMMIT;")
                    .isEmpty());
        QVERIFY(QFile::copy(store, image));
        QVERIFY(QFile::copy(store + QStringLiteral("-wal"), image + QStringLiteral("-wal")));
    }
    QVERIFY(fileHolds(image, "anna@example.com"));
    const CliRun retry = runCli({"forget", "--db", image, "--email", "anna@example.com"});
    QCOMPARE(retry.exitCode, 0);
    QVERIFY2(retry.out.contains(QLatin1String("gone now")), qPrintable(retry.out + retry.err));
    QVERIFY(!fileHolds(image, "anna@example.com"));
    QVERIFY(!fileHolds(image, "anna berg"));
    // Asked once more, there is truly nothing left.
    QCOMPARE(runCli({"forget", "--db", image, "--email", "anna@example.com"}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestWriters)
#include "TestWriters.moc"
