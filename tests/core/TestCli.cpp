#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "TestSupport.h"

using namespace Patronage::Testing;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void importAndInfo();
    void refusedInputExitsOne();
    void generateIsDeterministicAndRealistic();
};

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << QStringList{"--help"} << "Commands:";
    QTest::newRow("version") << QStringList{"--version"} << "patronage-cli 0.";
    QTest::newRow("import_help") << QStringList{"import", "--help"} << "--date-format";
    QTest::newRow("info_help") << QStringList{"info", "--help"} << "--db";
    QTest::newRow("generate_help") << QStringList{"generate", "--help"} << "--seed";
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no_command") << QStringList{};
    QTest::newRow("unknown_command") << QStringList{"explode"};
    QTest::newRow("import_without_db") << QStringList{"import", "x.csv"};
    QTest::newRow("import_without_file") << QStringList{"import", "--db", "x.patronage"};
    QTest::newRow("unknown_option") << QStringList{"import", "--frobnicate"};
    QTest::newRow("bad_format") << QStringList{"import", "--db", "x.patronage", "--format", "sap", "x.csv"};
    QTest::newRow("bad_map") << QStringList{"import", "--db", "x.patronage", "--map", "colour=Red", "x.csv"};
    QTest::newRow("generate_without_orders") << QStringList{"generate", "--out", "x.csv"};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::importAndInfo()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("shop.patronage"));
    const CliRun import =
        runCli({"import", "--db", store, testData(QStringLiteral("formats/lines_small.csv")), "--currency", "GBP"});
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(import.out.contains(QRegularExpression(QStringLiteral("orders inserted +3\n"))), qPrintable(import.out));
    const CliRun info = runCli({"info", "--db", store});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("currency +GBP\n"))), qPrintable(info.out));
    QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("guest credit notes +1\n"))));
    QVERIFY(info.out.contains(QLatin1String("lines_small.csv (lines")));
}

void TestCli::refusedInputExitsOne()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("shop.patronage"));
    const QString bad = testData(QStringLiteral("bad/bad_date.csv"));
    const CliRun run = runCli({"import", "--db", store, bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(bad + QStringLiteral(":3:6:")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("store is unchanged")));
    const CliRun notAStore = runCli({"info", "--db", bad});
    QCOMPARE(notAStore.exitCode, 1);
    QVERIFY(notAStore.err.contains(QLatin1String("not a Patronage store")));
}

void TestCli::generateIsDeterministicAndRealistic()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.csv"));
    const QString b = dir.filePath(QStringLiteral("b.csv"));
    const QString c = dir.filePath(QStringLiteral("c.csv"));
    QCOMPARE(runCli({"generate", "--out", a, "--orders", "20000", "--seed", "5"}).exitCode, 0);
    QCOMPARE(runCli({"generate", "--out", b, "--orders", "20000", "--seed", "5"}).exitCode, 0);
    QCOMPARE(runCli({"generate", "--out", c, "--orders", "20000", "--seed", "6"}).exitCode, 0);
    QCOMPARE(digest(a), digest(b));
    QVERIFY(digest(a) != digest(c));

    ScratchStore scratch;
    const auto report = scratch.import(a);
    QVERIFY2(report.ok, qPrintable(message(report.error)));
    QCOMPARE(report.ordersInserted, 20000);
    const double guests = double(report.guestOrders) / 20000.0;
    QVERIFY2(guests > 0.04 && guests < 0.06, qPrintable(QString::number(guests)));
    const double cancelled = double(scratch.scalar("SELECT count(*) FROM orders WHERE state = 1")) / 20000.0;
    QVERIFY2(cancelled > 0.02 && cancelled < 0.03, qPrintable(QString::number(cancelled))); // 1% + 1.5% full refunds
    const double refunded = double(scratch.scalar("SELECT count(*) FROM orders WHERE refunded > 0")) / 20000.0;
    QVERIFY2(refunded > 0.02 && refunded < 0.04, qPrintable(QString::number(refunded)));
    // A long tail: most customers buy once, a few many times.
    const qint64 oneTime = scratch.scalar("SELECT count(*) FROM (SELECT customer_id FROM orders WHERE customer_id "
                                          "IS NOT NULL GROUP BY customer_id HAVING count(*) = 1)");
    const qint64 customers = scratch.scalar("SELECT count(DISTINCT customer_id) FROM orders");
    const qint64 top = scratch.scalar("SELECT max(n) FROM (SELECT count(*) n FROM orders GROUP BY customer_id)");
    QVERIFY2(oneTime * 3 > customers, qPrintable(QStringLiteral("%1 of %2").arg(oneTime).arg(customers)));
    QVERIFY(top >= 50);

    const QString lines = dir.filePath(QStringLiteral("lines.csv"));
    QCOMPARE(runCli({"generate", "--out", lines, "--orders", "2000", "--format", "lines"}).exitCode, 0);
    ScratchStore linesStore;
    const auto linesReport = linesStore.import(lines);
    QVERIFY2(linesReport.ok, qPrintable(message(linesReport.error)));
    QCOMPARE(linesReport.ordersInserted, 2000);
    QVERIFY(linesReport.creditNotes > 20);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
