#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include "TestSupport.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

const QByteArray kShopifyHeader = "Name,Email,Financial Status,Currency,Total,Created at\n";

QByteArray shopifyRow(const char *name, const char *email, const char *total, const char *date)
{
    return QByteArray(name) + ',' + email + ",paid,EUR," + total + ',' + date + '\n';
}

} // namespace

// What each kind of hostile input gets (the README's table): a clear message
// and an unchanged store, or a documented reading. None crashes or hangs.
class TestHostileInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedOrRead_data();
    void refusedOrRead();
    void hugeFieldAndWideLine();
    void directory();
    void fileRemovedWhileOpen();
};

void TestHostileInput::refusedOrRead_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message"); // empty: imported
    QTest::addColumn<qint64>("orders");   // valid orders stored when imported

    const QByteArray good = kShopifyHeader + shopifyRow("#1", "a@example.com", "10.00", "2024-01-01 10:00:00 +0000");
    QTest::newRow("truncated_mid_quote") << QByteArray(good + "#2,\"b@exa") << "never closed" << qint64(0);
    // A last row cut before its date is no order: it is skipped and listed in the report.
    QTest::newRow("truncated_mid_row") << QByteArray(good + "#2,b@example.com,paid,EUR") << QString() << qint64(1);
    QTest::newRow("latin1_in_utf8_file") << QByteArray(
        kShopifyHeader + shopifyRow("#1", "j\xC3\xBCrgen@example.com", "10.00", "2024-01-01 10:00:00 +0000")
        + shopifyRow("#2", "m\xFCller@example.com", "5.00", "2024-01-02 10:00:00 +0000"))
                                         << QString() << qint64(2);
    QTest::newRow("nul_bytes") << QByteArray(good + QByteArray("#2,\0\0\0", 7)) << "binary" << qint64(0);
    QTest::newRow("unbalanced_quotes") << QByteArray(kShopifyHeader + "\"#1,a@example.com,paid,EUR,10.00,2024-01-01\n")
                                       << "never closed" << qint64(0);
    QTest::newRow("mixed_currencies") << QByteArray(good + "#2,b@example.com,paid,USD,5.00,2024-01-02 10:00:00 +0000\n")
                                      << "amounts are in USD" << qint64(0);
    QTest::newRow("negative_total_counts_as_zero")
        << QByteArray(good + shopifyRow("#2", "b@example.com", "-5.00", "2024-01-02 10:00:00 +0000")) << QString()
        << qint64(2);
    QTest::newRow("far_future_date") << QByteArray(
        good + shopifyRow("#2", "b@example.com", "5.00", "2199-12-31 10:00:00 +0000"))
                                     << QString() << qint64(2);
    QTest::newRow("date_beyond_2200") << QByteArray(
        good + shopifyRow("#2", "b@example.com", "5.00", "3024-01-01 10:00:00 +0000"))
                                      << "cannot read the date" << qint64(0);
    QTest::newRow("date_before_1970") << QByteArray(
        good + shopifyRow("#2", "b@example.com", "5.00", "1965-06-01 10:00:00 +0000"))
                                      << QString() << qint64(2);
    QTest::newRow("one_order_two_customers")
        << QByteArray("order,customer,date,total\nA,x,2024-01-01,1.00\nA,y,2024-01-01,2.00\n") << QString()
        << qint64(1);
    QTest::newRow("xlsx") << QByteArrayLiteral("PK\x03\x04\x14\x00[Content_Types].xml xl/workbook.xml") << "Excel"
                          << qint64(0);
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00orders.csv", 16) << "ZIP archive" << qint64(0);
    QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\x00\x00\x00\x00\x00", 8) << "gzip" << qint64(0);
    QTest::newRow("empty") << QByteArray() << "empty" << qint64(0);
}

void TestHostileInput::refusedOrRead()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QFETCH(qint64, orders);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    ScratchStore scratch;
    QVERIFY(scratch.import(testData(QStringLiteral("formats/lines_small.csv"))).ok);
    const QString before = scratch.contentDigest();
    ImportOptions options;
    if (content.startsWith("order,customer"))
        options.mapping = {
            {Field::Order, "order"}, {Field::Customer, "customer"}, {Field::Date, "date"}, {Field::Total, "total"}};
    const ImportReport report = scratch.import(path, options);
    if (!message.isEmpty()) {
        QVERIFY2(!report.ok, "imported what should have been refused");
        QVERIFY2(Testing::message(report.error).contains(message), qPrintable(Testing::message(report.error)));
        QVERIFY(Testing::message(report.error).startsWith(path));
        QCOMPARE(scratch.contentDigest(), before);
        return;
    }
    QVERIFY2(report.ok, qPrintable(Testing::message(report.error)));
    QCOMPARE(scratch.scalar("SELECT count(*) FROM orders WHERE import_id = 2 AND state = 0"), orders);
    QCOMPARE(scratch.scalar("SELECT count(*) FROM orders WHERE gross - refunded < 0 AND import_id = 2"),
             content.contains("-5.00") ? 1 : 0); // a negative total is kept as written; its net counts as 0
    QCOMPARE(scratch.scalar("SELECT count(*) FROM customers WHERE customer_key LIKE '%ller@example.com'"),
             content.contains("m\xFC") ? 1 : 0); // the Latin-1 field was decoded, not dropped
}

void TestHostileInput::hugeFieldAndWideLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray header = "order,customer,date,total";
    for (int i = 0; i < 10000; ++i)
        header += ",extra" + QByteArray::number(i);
    file.write(header + '\n');
    file.write("A,x,2024-01-01,1.00,\"" + QByteArray(100 * 1024 * 1024, 'z') + "\"\n");
    QByteArray wide = "B,y,2024-01-02,2.00";
    for (int i = 0; i < 10000; ++i)
        wide += ",v";
    file.write(wide + '\n');
    file.close();
    ScratchStore scratch;
    ImportOptions options;
    options.mapping = {
        {Field::Order, "order"}, {Field::Customer, "customer"}, {Field::Date, "date"}, {Field::Total, "total"}};
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = scratch.import(path, options);
    QVERIFY2(report.ok, qPrintable(Testing::message(report.error)));
    QCOMPARE(report.ordersInserted, 2);
    QVERIFY2(timer.elapsed() < 60000, "a 100 MB field must not take minutes");
}

void TestHostileInput::directory()
{
    QTemporaryDir dir;
    ScratchStore scratch;
    const ImportReport report = scratch.import(dir.path());
    QVERIFY(!report.ok);
    QVERIFY2(Testing::message(report.error).contains(QLatin1String("folder")),
             qPrintable(Testing::message(report.error)));
}

// A file deleted while it is being read is read to its end from the open
// handle (POSIX keeps it until closed): the import is whole, not partial.
void TestHostileInput::fileRemovedWhileOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vanishing.csv"));
    GeneratorParams params;
    params.orders = 60000;
    QVERIFY(writeGeneratedShop(path, params));
    ScratchStore scratch;
    ImportOptions options;
    bool removed = false;
    options.progress = [&](qint64, qint64) {
        if (!removed)
            removed = QFile::remove(path);
    };
    const ImportReport report = scratch.import(path, options);
    QVERIFY(removed);
    QVERIFY2(report.ok, qPrintable(Testing::message(report.error)));
    QCOMPARE(report.ordersInserted, 60000);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "TestHostileInput.moc"
