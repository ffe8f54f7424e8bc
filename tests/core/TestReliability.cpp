#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

#include "TestSupport.h"
#include "core/store/CustomerRepository.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

QString integrity(const QString &path)
{
    QString error;
    auto store = openStore(path, Store::OpenMode::ReadWrite, &error);
    if (!store)
        return error;
    return RawSql(path).text("PRAGMA integrity_check");
}

QString digestOf(const QString &path)
{
    QString error;
    auto store = openStore(path, Store::OpenMode::ReadWrite, &error);
    return store ? storeDigest(*store) : error;
}

CliRun importWithCli(const QString &store, const QString &file, const std::function<void()> &childSetup = {})
{
    return runCli({QStringLiteral("import"), QStringLiteral("--db"), store, file}, childSetup);
}

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedImportsLeaveTheStoreAsItWas();
    void fullDiskLosesNothing();
    void readOnlyStoreSaysSo();
    void secondWriterWaitsItsTurn();
    void forgetRemovesPersonalDataKeepingFigures();

private:
    QTemporaryDir m_dir;
    QString m_big;      ///< a large export
    QString m_baseline; ///< a store holding a small import
};

void TestReliability::initTestCase()
{
    m_big = m_dir.filePath(QStringLiteral("big.csv"));
    GeneratorParams params;
    params.orders = 250000;
    params.format = GeneratorParams::Format::Lines;
    QVERIFY(writeGeneratedShop(m_big, params));
    m_baseline = m_dir.filePath(QStringLiteral("baseline.patronage"));
    QCOMPARE(importWithCli(m_baseline, testData(QStringLiteral("formats/lines_small.csv"))).exitCode, 0);
}

// SIGKILL at random moments of a large import: the store always opens, passes
// its integrity check, and holds exactly what it held before, or the whole import.
void TestReliability::killedImportsLeaveTheStoreAsItWas()
{
    const QString before = digestOf(m_baseline);
    const QString complete = m_dir.filePath(QStringLiteral("complete.patronage"));
    QFile::copy(m_baseline, complete);
    QElapsedTimer importTime;
    importTime.start();
    QCOMPARE(importWithCli(complete, m_big).exitCode, 0);
    // Kills land within the import's own running time, however fast this machine is.
    const int importMs = std::max<int>(40, int(importTime.elapsed()));
    const QString after = digestOf(complete);
    QRandomGenerator random(20261130);
    int interrupted = 0;
    for (int trial = 0; trial < 20; ++trial) {
        const QString store = m_dir.filePath(QStringLiteral("trial-%1.patronage").arg(trial));
        QVERIFY(QFile::copy(m_baseline, store));
        QProcess process;
        process.start(QStringLiteral(PATRONAGE_CLI), {QStringLiteral("import"), QStringLiteral("--db"), store, m_big});
        QVERIFY(process.waitForStarted());
        // Up to two thirds in: a machine busier when the import was timed than now still interrupts it.
        QThread::msleep(random.bounded(importMs / 20, importMs * 2 / 3));
        const bool wasRunning = process.state() == QProcess::Running;
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        QCOMPARE(integrity(store), QStringLiteral("ok"));
        const QString digest = digestOf(store);
        // Before the commit nothing of the import shows; after it, all of it.
        QVERIFY2(digest == before || digest == after,
                 qPrintable(QStringLiteral("trial %1: a partial import is visible").arg(trial)));
        interrupted += wasRunning && digest == before;
        QFile::remove(store);
    }
    QVERIFY2(interrupted >= 15, qPrintable(QStringLiteral("only %1 trials interrupted an import").arg(interrupted)));
}

// A size limit stands in for a full disk: the write fails, the message says
// so, and the store is as it was.
void TestReliability::fullDiskLosesNothing()
{
    const QString store = m_dir.filePath(QStringLiteral("full.patronage"));
    QVERIFY(QFile::copy(m_baseline, store));
    const QString before = digestOf(store);
    const CliRun run = importWithCli(store, m_big, [] {
        rlimit limit{2 * 1024 * 1024, 2 * 1024 * 1024};
        setrlimit(RLIMIT_FSIZE, &limit);
        signal(SIGXFSZ, SIG_IGN);
    });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("disk is full")) || run.err.contains(QLatin1String("could not be written")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("the store is unchanged")));
    QCOMPARE(integrity(store), QStringLiteral("ok"));
    QCOMPARE(digestOf(store), before);
}

void TestReliability::readOnlyStoreSaysSo()
{
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    QDir().mkpath(folder);
    const QString store = folder + QStringLiteral("/shop.patronage");
    QVERIFY(QFile::copy(m_baseline, store));
    const QString before = digestOf(store);
    // Root ignores permissions; an immutable file stands in for a read-only disk then.
    const bool root = geteuid() == 0;
    if (root) {
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), store}) != 0)
            QSKIP("running as root where chattr +i does not work: no way to make a read-only store here");
    } else {
        QFile::setPermissions(store, QFile::ReadOwner);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    }
    const CliRun run = importWithCli(store, testData(QStringLiteral("formats/lines_small.csv")));
    if (root)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), store});
    else
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("cannot be written")) || run.err.contains(QLatin1String("cannot open")),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("database is locked")));
    QCOMPARE(digestOf(store), before);
}

// While another connection holds the write lock, an import waits for it
// instead of failing with SQLite's raw "database is locked".
void TestReliability::secondWriterWaitsItsTurn()
{
    const QString store = m_dir.filePath(QStringLiteral("shared.patronage"));
    QVERIFY(QFile::copy(m_baseline, store));
    RawSql lock(store);
    QVERIFY(lock.exec("BEGIN IMMEDIATE").isEmpty());
    QProcess import;
    import.start(QStringLiteral(PATRONAGE_CLI),
                 {QStringLiteral("import"), QStringLiteral("--db"), store,
                  testData(QStringLiteral("formats/generic_lines.csv")), QStringLiteral("--map"),
                  QStringLiteral("order=Ref"), QStringLiteral("--map"), QStringLiteral("customer=Client"),
                  QStringLiteral("--map"), QStringLiteral("date=When"), QStringLiteral("--map"),
                  QStringLiteral("quantity=Qty"), QStringLiteral("--map"), QStringLiteral("unit_price=Each")});
    QVERIFY(!import.waitForFinished(1500)); // waiting for the lock
    QVERIFY(lock.exec("COMMIT").isEmpty());
    QVERIFY(import.waitForFinished(30000));
    QCOMPARE(import.exitCode(), 0);
    QCOMPARE(lock.scalar("SELECT count(*) FROM orders"), 3 + 2);
}

void TestReliability::forgetRemovesPersonalDataKeepingFigures()
{
    const QString store = m_dir.filePath(QStringLiteral("forget.patronage"));
    QCOMPARE(importWithCli(store, testData(QStringLiteral("formats/shopify_small.csv"))).exitCode, 0);
    auto segments = [&] {
        QProcess process;
        process.start(QStringLiteral(PATRONAGE_CLI), {QStringLiteral("segments"), QStringLiteral("--db"), store});
        process.waitForFinished(30000);
        return process.readAllStandardOutput();
    };
    const QByteArray figures = segments();
    QProcess forget;
    forget.start(QStringLiteral(PATRONAGE_CLI),
                 {QStringLiteral("forget"), QStringLiteral("--db"), store, QStringLiteral("--email"),
                  QStringLiteral("Anna@Example.com")});
    QVERIFY(forget.waitForFinished(30000));
    QCOMPARE(forget.exitCode(), 0);
    QVERIFY(forget.readAllStandardOutput().contains("forgot 1 customer"));
    QCOMPARE(segments(), figures);
    QFile file(store);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("anna@example.com"));
    QVERIFY(!bytes.contains("Anna Berg"));
    QVERIFY(!QFileInfo::exists(store + QStringLiteral("-wal"))
            || QFileInfo(store + QStringLiteral("-wal")).size() == 0);
    QProcess again;
    again.start(QStringLiteral(PATRONAGE_CLI),
                {QStringLiteral("forget"), QStringLiteral("--db"), store, QStringLiteral("--email"),
                 QStringLiteral("anna@example.com")});
    QVERIFY(again.waitForFinished(30000));
    QCOMPARE(again.exitCode(), 1); // nobody left to forget
}

QTEST_GUILESS_MAIN(TestReliability)
#include "TestReliability.moc"
