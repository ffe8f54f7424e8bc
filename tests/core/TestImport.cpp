#include <QTest>

#include "TestSupport.h"

using namespace Patronage;
using namespace Patronage::Testing;

class TestImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reimportCountsNothingTwice();
    void overlappingExportUpdatesOrders();
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesOtherCurrencyThanStore();
    void cancelRollsBack();
    void reportsProgress();
    void historyRecordsEachImport();
};

void TestImport::reimportCountsNothingTwice()
{
    ScratchStore scratch;
    const QString file = testData(QStringLiteral("formats/shopify_small.csv"));
    QVERIFY(scratch.import(file).ok);
    const QString before = scratch.text("SELECT group_concat(order_key || gross || refunded || state) FROM orders");
    const ImportReport again = scratch.import(file);
    QVERIFY2(again.ok, qPrintable(message(again.error)));
    QCOMPARE(again.ordersInserted, 0);
    QCOMPARE(again.ordersUpdated, 0);
    QCOMPARE(again.ordersUnchanged, 6);
    QVERIFY(!again.alreadyImportedAt.isEmpty());
    QCOMPARE(scratch.scalar("SELECT count(*) FROM orders"), 6);
    QCOMPARE(scratch.text("SELECT group_concat(order_key || gross || refunded || state) FROM orders"), before);
}

void TestImport::overlappingExportUpdatesOrders()
{
    ScratchStore scratch;
    QVERIFY(scratch.import(testData(QStringLiteral("formats/shopify_small.csv"))).ok);
    const ImportReport later = scratch.import(testData(QStringLiteral("formats/shopify_overlap.csv")));
    QVERIFY2(later.ok, qPrintable(message(later.error)));
    QCOMPARE(later.ordersInserted, 1);  // #1007
    QCOMPARE(later.ordersUpdated, 1);   // #1006, refunded since
    QCOMPARE(later.ordersUnchanged, 1); // #1005
    QCOMPARE(scratch.scalar("SELECT count(*) FROM orders"), 7);
    QCOMPARE(scratch.scalar("SELECT state FROM orders WHERE order_key = '#1006'"), 1);
}

void TestImport::refusesBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QStringList>("messageParts");
    QTest::newRow("woocommerce_analytics") << "bad/woo_analytics.csv"
                                           << ":1: " << QStringList{"Analytics", "Customer User ID", "Email (Billing)"};
    // PrestaShop's Orders > Export: ";"-separated, no customer key (its Customer is "J. DOE").
    QTest::newRow("prestashop_order_list")
        << "bad/prestashop_orders.csv"
        << ":1: " << QStringList{"PrestaShop", "no customer id or e-mail", "SQL Manager"};
    QTest::newRow("missing_column") << "bad/missing_column.csv"
                                    << ":1: " << QStringList{"\"Total\"", "--map total="};
    QTest::newRow("other_currency_in_file") << "bad/other_currency.csv"
                                            << ":3:4: " << QStringList{"USD", "EUR"};
    QTest::newRow("empty") << "bad/empty.csv"
                           << ": " << QStringList{"empty"};
    QTest::newRow("excel") << "bad/orders.xlsx"
                           << ": " << QStringList{"Excel", "export it as CSV"};
    QTest::newRow("unreadable_date") << "bad/bad_date.csv"
                                     << ":3:6: " << QStringList{"2024-13-45", "--date-format"};
    QTest::newRow("unreadable_amount") << "bad/bad_amount.csv"
                                       << ":3:5: " << QStringList{"six euros", "Total"};
    QTest::newRow("unclosed_quote") << "bad/unclosed_quote.csv"
                                    << ":3: " << QStringList{"never closed"};
    QTest::newRow("header_only") << "bad/header_only.csv"
                                 << ": " << QStringList{"no rows"};
    QTest::newRow("unknown_columns") << "csv/ragged.csv"
                                     << ":1: " << QStringList{"--map"};
    QTest::newRow("missing_file") << "bad/no_such_file.csv"
                                  << ": " << QStringList{"cannot open"};
}

// Every refusal names the file (and line and column where there is one),
// says what to do, and leaves the store exactly as it was.
void TestImport::refusesBadInput()
{
    QFETCH(QString, file);
    QFETCH(QString, location);
    QFETCH(QStringList, messageParts);
    ScratchStore scratch;
    QVERIFY(scratch.import(testData(QStringLiteral("formats/shopify_small.csv"))).ok);
    const QString before = scratch.contentDigest();
    const QString path = testData(file);
    const ImportReport report = scratch.import(path);
    QVERIFY(!report.ok);
    QVERIFY2(message(report.error).startsWith(path + location), qPrintable(message(report.error)));
    for (const QString &part : messageParts)
        QVERIFY2(message(report.error).contains(part), qPrintable(message(report.error)));
    QCOMPARE(scratch.contentDigest(), before);
}

void TestImport::refusesOtherCurrencyThanStore()
{
    ScratchStore scratch;
    QVERIFY(scratch.import(testData(QStringLiteral("formats/woocommerce_small.csv"))).ok); // GBP
    const QString before = scratch.contentDigest();
    const ImportReport report = scratch.import(testData(QStringLiteral("formats/shopify_small.csv")));
    QVERIFY(!report.ok);
    QVERIFY2(message(report.error).contains(QLatin1String(":2:4: amounts are in EUR but the store holds GBP")),
             qPrintable(message(report.error)));
    QCOMPARE(scratch.contentDigest(), before);

    ImportOptions options;
    options.currency = QStringLiteral("usd");
    QVERIFY(message(scratch.import(testData(QStringLiteral("formats/lines_small.csv")), options).error)
                .contains(QLatin1String("--currency USD")));
    QCOMPARE(scratch.contentDigest(), before);
}

void TestImport::cancelRollsBack()
{
    ScratchStore scratch;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("big.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("InvoiceNo,InvoiceDate,Quantity,UnitPrice,CustomerID\n");
    for (int i = 0; i < 50000; ++i)
        out.write(QByteArray::number(i) + ",2024-01-01 10:00:00,1,2.50," + QByteArray::number(i % 100) + "\n");
    out.close();
    std::atomic_bool cancel = true;
    ImportOptions options;
    options.cancel = &cancel;
    const QString before = scratch.contentDigest();
    const ImportReport report = scratch.import(file, options);
    QVERIFY(!report.ok);
    QVERIFY(report.cancelled);
    QCOMPARE(scratch.contentDigest(), before);
    cancel = false;
    QVERIFY(scratch.import(file, options).ok);
    QCOMPARE(scratch.scalar("SELECT count(*) FROM orders"), 50000);
}

void TestImport::reportsProgress()
{
    ScratchStore scratch;
    qint64 last = -1;
    qint64 total = 0;
    int calls = 0;
    ImportOptions options;
    options.progress = [&](qint64 done, qint64 size) {
        QVERIFY(done >= last);
        last = done;
        total = size;
        ++calls;
    };
    QVERIFY(scratch.import(testData(QStringLiteral("formats/lines_small.csv")), options).ok);
    QVERIFY(calls >= 1);
    QCOMPARE(last, total);
}

void TestImport::historyRecordsEachImport()
{
    ScratchStore scratch;
    QVERIFY(scratch.import(testData(QStringLiteral("formats/lines_small.csv"))).ok);
    QVERIFY(scratch.import(testData(QStringLiteral("formats/lines_small.csv"))).ok);
    QCOMPARE(scratch.scalar("SELECT count(*) FROM imports"), 2);
    QCOMPARE(scratch.scalar("SELECT count(DISTINCT content_hash) FROM imports"), 1);
    QCOMPARE(scratch.text("SELECT file_name || '|' || format || '|' || rows_read || '|' || orders_inserted || '|' "
                          "|| credit_notes FROM imports WHERE id = 1"),
             QStringLiteral("lines_small.csv|lines|7|3|2"));
    QCOMPARE(scratch.scalar("SELECT length(content_hash) FROM imports WHERE id = 1"), 64);
    // Foreign keys are checked in bulk rather than per row during an import: nothing dangles.
    QCOMPARE(scratch.scalar("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    QCOMPARE(scratch.scalar("PRAGMA foreign_keys"), 1);
}

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"
