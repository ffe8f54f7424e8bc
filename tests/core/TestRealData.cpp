#include <QFile>
#include <QSet>
#include <QTest>

#include "TestSupport.h"
#include "core/csv/CsvReader.h"
#include "core/csv/CsvSniffer.h"
#include "core/formats/FormatLayout.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

// Facts read straight off a file, to check the import against.
struct FileFacts {
    qint64 rows = 0;
    QSet<QString> keys;
    QSet<QString> keysWithEmptyCustomer;
};

FileFacts factsOf(const QString &path, const QString &keyColumn, const QString &customerColumn)
{
    FileFacts facts;
    const SniffResult sniffed = CsvSniffer::sniffFile(path);
    QFile file(path);
    if (!sniffed.ok() || !file.open(QIODevice::ReadOnly))
        return facts;
    CsvReader reader(&file, sniffed.value());
    CsvRecord record;
    reader.readRecord(record);
    QStringList header;
    for (int i = 0; i < record.size(); ++i)
        header.append(record.text(i));
    const int key = int(header.indexOf(keyColumn));
    const int customer = int(header.indexOf(customerColumn));
    QHash<QString, QString> firstCustomer;
    while (reader.readRecord(record)) {
        ++facts.rows;
        const QString k = record.text(key);
        if (!facts.keys.contains(k)) {
            facts.keys.insert(k);
            if (record.text(customer).isEmpty())
                facts.keysWithEmptyCustomer.insert(k);
        }
    }
    return facts;
}

} // namespace

class TestRealData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlineRetail();
    void shopifyExports_data();
    void shopifyExports();
    void superstoreWithMapping();
};

void TestRealData::onlineRetail()
{
    const QString path = sharedData(QStringLiteral("online-retail/online_retail_2010_2011.csv"));
    SKIP_WITHOUT_SHARED_DATA(path);
    ScratchStore scratch;
    const ImportReport report = scratch.import(path);
    QVERIFY2(report.ok, qPrintable(message(report.error)));
    QCOMPARE(report.format, ImportFormat::TransactionLines);
    QCOMPARE(report.rowsRead, 541909);
    QCOMPARE(report.rowsSkipped, 0);
    QCOMPARE(scratch.scalar("SELECT (SELECT count(*) FROM orders) + (SELECT count(*) FROM credit_notes)"), 25900);
    QCOMPARE(scratch.scalar("SELECT count(*) FROM orders WHERE customer_id IS NOT NULL"), 18536);
    QCOMPARE(scratch.scalar("SELECT count(*) FROM credit_notes WHERE customer_id IS NOT NULL"), 3654);
    QCOMPARE(scratch.scalar("SELECT count(*) FROM orders WHERE customer_id IS NULL"), 3528);
    QCOMPARE(scratch.scalar("SELECT count(*) FROM credit_notes WHERE customer_id IS NULL"), 182);
    QCOMPARE(scratch.scalar("SELECT count(DISTINCT customer_id) FROM orders"), 4339);
    QCOMPARE(scratch.scalar("SELECT count(*) FROM customers WHERE customer_key LIKE '%.%'"), 0);

    const ImportReport again = scratch.import(path);
    QVERIFY(again.ok);
    QCOMPARE(again.ordersInserted, 0);
    QCOMPARE(again.ordersUpdated, 0);
    QCOMPARE(again.ordersUnchanged, 22064);
    QCOMPARE(scratch.scalar("SELECT (SELECT count(*) FROM orders) + (SELECT count(*) FROM credit_notes)"), 25900);
}

void TestRealData::shopifyExports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("currency");
    QTest::newRow("shop_a") << "shopify/shop_a_orders_export.csv"
                            << "USD";
    QTest::newRow("shop_b") << "shopify/shop_b_orders_export.csv"
                            << "ZAR";
    QTest::newRow("shop_c") << "shopify/shop_c_orders_export.csv"
                            << "GBP";
}

void TestRealData::shopifyExports()
{
    QFETCH(QString, file);
    QFETCH(QString, currency);
    const QString path = sharedData(file);
    SKIP_WITHOUT_SHARED_DATA(path);
    const FileFacts facts = factsOf(path, QStringLiteral("Name"), QStringLiteral("Email"));
    ScratchStore scratch;
    const ImportReport report = scratch.import(path);
    QVERIFY2(report.ok, qPrintable(message(report.error)));
    QCOMPARE(report.format, ImportFormat::Shopify);
    QCOMPARE(report.rowsRead, facts.rows);
    QCOMPARE(report.rowsSkipped, 0);
    QCOMPARE(report.ordersInserted, facts.keys.size());
    QCOMPARE(report.guestOrders, facts.keysWithEmptyCustomer.size());
    QCOMPARE(scratch.store().currency().code, currency);
    // No negative totals: an order's first row carries its total (a fully discounted order is 0).
    QCOMPARE(scratch.scalar("SELECT count(*) FROM orders WHERE gross < 0"), 0);
    QCOMPARE(scratch.scalar("SELECT count(*) FROM orders WHERE refunded > gross"), 0);
}

void TestRealData::superstoreWithMapping()
{
    const QString path = sharedData(QStringLiteral("superstore/sample_superstore.csv"));
    SKIP_WITHOUT_SHARED_DATA(path);
    const FileFacts facts = factsOf(path, QStringLiteral("Order ID"), QStringLiteral("Customer ID"));
    ScratchStore scratch;
    ImportOptions options;
    options.mapping = {{Field::Order, QStringLiteral("Order ID")},
                       {Field::Customer, QStringLiteral("Customer ID")},
                       {Field::Name, QStringLiteral("Customer Name")},
                       {Field::Date, QStringLiteral("Order Date")},
                       {Field::Total, QStringLiteral("Sales")}};
    const ImportReport report = scratch.import(path, options);
    QVERIFY2(report.ok, qPrintable(message(report.error)));
    QCOMPARE(report.dateLayout, QStringLiteral("day/month/year"));
    QCOMPARE(report.rowsRead, facts.rows);
    QCOMPARE(report.rowsSkipped, 0);
    QCOMPARE(report.ordersInserted, facts.keys.size());
    // Two orders list four customer ids for one person; their rows stay in their order and are listed.
    QCOMPARE(report.rowsNoted, 6);
    QCOMPARE(scratch.text("SELECT min(date(placed_at, 'unixepoch')) || ' ' || max(date(placed_at, 'unixepoch')) "
                          "FROM orders"),
             QStringLiteral("2019-01-03 2022-12-30"));
    const ImportReport again = scratch.import(path, options);
    QCOMPARE(again.ordersUnchanged, facts.keys.size());
}

QTEST_GUILESS_MAIN(TestRealData)
#include "TestRealData.moc"
