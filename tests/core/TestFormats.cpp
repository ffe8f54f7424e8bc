#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "TestSupport.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

// One stored order, as text: "customer|placed_at|offset|gross|refunded|state".
QString orderRow(ScratchStore &scratch, const QString &key)
{
    const QByteArray sql = "SELECT coalesce(c.customer_key, 'GUEST') || '|' || datetime(o.placed_at, 'unixepoch') "
                           "|| '|' || coalesce(o.utc_offset, '') || '|' || o.gross || '|' || o.refunded || '|' || "
                           "o.state FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE o.order_key = '"
        + key.toUtf8() + "'";
    return scratch.text(sql.constData());
}

QString noteRow(ScratchStore &scratch, const QString &key)
{
    const QByteArray sql = "SELECT coalesce(c.customer_key, 'GUEST') || '|' || datetime(n.placed_at, 'unixepoch') "
                           "|| '|' || n.amount FROM credit_notes n LEFT JOIN customers c ON c.id = n.customer_id "
                           "WHERE n.note_key = '"
        + key.toUtf8() + "'";
    return scratch.text(sql.constData());
}

ColumnMapping mapping(std::initializer_list<std::pair<Field, const char *>> entries)
{
    ColumnMapping result;
    for (const auto &[field, column] : entries)
        result.insert(field, QString::fromUtf8(column));
    return result;
}

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guessesGenericColumns_data();
    void guessesGenericColumns();
    void mapsOrders_data();
    void mapsOrders();
    void shopifyReport();
    void webToffeeReport();
    void customersKeepExportedNames();
    void transactionLinesMergeLinesApartExactly();
    void genericRowsWithoutOrderNumbers();
    void wholeOrderTwiceInOneFileCountsOnce();
};

void TestFormats::mapsOrders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    const QString shopify = QStringLiteral("formats/shopify_small.csv");
    QTest::newRow("shopify_first_row_only") << shopify << "#1001"
                                            << "anna@example.com|2024-01-05 10:00:00|60|2500|0|0";
    QTest::newRow("shopify_partial_refund") << shopify << "#1002"
                                            << "bob@example.com|2024-01-20 23:30:00|-300|4000|1550|0";
    QTest::newRow("shopify_refunded_is_cancelled") << shopify << "#1003"
                                                   << "anna@example.com|2024-02-01 09:00:00|60|3000|3000|1";
    QTest::newRow("shopify_voided") << shopify << "#1004"
                                    << "bob@example.com|2024-02-03 09:00:00|-300|1200|0|1";
    QTest::newRow("shopify_cancelled_at") << shopify << "#1005"
                                          << "cara@example.com|2024-02-10 12:00:00|0|800|0|1";
    QTest::newRow("shopify_guest_thousands") << shopify << "#1006"
                                             << "GUEST|2024-03-01 08:00:00|0|125000|0|0";
    const QString woo = QStringLiteral("formats/woocommerce_small.csv");
    QTest::newRow("woo_user_id") << woo << "501"
                                 << "12|2023-11-02 14:05:00||5990|0|0";
    QTest::newRow("woo_user_zero_uses_email") << woo << "502"
                                              << "guest.one@example.com|2023-11-03 09:00:00||1000|0|0";
    QTest::newRow("woo_refunded") << woo << "503"
                                  << "12|2023-11-04 10:00:00||2000|2000|1";
    QTest::newRow("woo_guest_partial_refund") << woo << "504"
                                              << "GUEST|2023-11-05 11:00:00||1500|500|0";
    QTest::newRow("woo_pending") << woo << "505"
                                 << "13|2023-11-06 12:00:00||500|0|1";
    QTest::newRow("woo_checkout_draft") << woo << "506"
                                        << "13|2023-11-06 12:30:00||700|0|1";
    // WebToffee's Order Export & Order Import: keys as headers, refunds packed in refund_items.
    const QString webToffee = QStringLiteral("formats/woocommerce_webtoffee.csv");
    QTest::newRow("webtoffee_user_id") << webToffee << "101"
                                       << "7|2024-05-01 14:03:00||5490|0|0";
    QTest::newRow("webtoffee_packed_refunds") << webToffee << "102"
                                              << "7|2024-05-03 09:15:00||12000|2550|0";
    QTest::newRow("webtoffee_refunded_is_cancelled") << webToffee << "103"
                                                     << "8|2024-05-04 18:00:00||3500|3500|1";
    QTest::newRow("webtoffee_guest_by_billing_email") << webToffee << "104"
                                                      << "carol@example.com|2024-05-10 11:20:00||1999|0|1";
    QTest::newRow("webtoffee_guest") << webToffee << "105"
                                     << "GUEST|2024-05-12 16:45:00||1250|0|0";
    QTest::newRow("webtoffee_on_hold_is_valid") << webToffee << "106"
                                                << "carol@example.com|2024-06-02 10:00:00||6400|0|0";
    const QString magento = QStringLiteral("formats/magento_small.csv");
    QTest::newRow("magento_complete") << magento << "000000101"
                                      << "kim@example.com|2021-03-05 15:15:01||12000|0|0";
    QTest::newRow("magento_canceled") << magento << "000000102"
                                      << "lou@example.com|2021-03-06 09:00:00||4550|0|1";
    QTest::newRow("magento_closed") << magento << "000000103"
                                    << "kim@example.com|2021-03-07 12:30:00||8000|8000|1";
    QTest::newRow("magento_email_case") << magento << "000000104"
                                        << "kim@example.com|2021-03-08 00:00:00||100525|525|0";
    const QString lines = QStringLiteral("formats/lines_small.csv");
    QTest::newRow("lines_grouped") << lines << "536365"
                                   << "17850|2010-12-01 08:26:00||4329|0|0";
    QTest::newRow("lines_half_cent_rounds_away") << lines << "536366"
                                                 << "17851|2010-12-01 08:28:00||101|0|0";
    QTest::newRow("lines_guest") << lines << "536368"
                                 << "GUEST|2010-12-03 11:00:00||850|0|0";
}

void TestFormats::mapsOrders()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    ScratchStore scratch;
    const ImportReport report = scratch.import(testData(file));
    QVERIFY2(report.ok, qPrintable(message(report.error)));
    QCOMPARE(orderRow(scratch, key), expected);
}

void TestFormats::shopifyReport()
{
    ScratchStore scratch;
    const ImportReport report = scratch.import(testData(QStringLiteral("formats/shopify_small.csv")));
    QVERIFY2(report.ok, qPrintable(message(report.error)));
    QCOMPARE(report.format, ImportFormat::Shopify);
    QCOMPARE(report.rowsRead, 7);
    QCOMPARE(report.ordersInserted, 6);
    QCOMPARE(report.guestOrders, 1);
    QCOMPARE(report.rowsSkipped, 0);
    QCOMPARE(scratch.store().currency().code, QStringLiteral("EUR"));
    QCOMPARE(scratch.scalar("SELECT count(*) FROM customers"), 3);
}

// The WebToffee file is recognised from its header; quoted fields hold newlines and the refunds'
// reasons hold ";" and "|"; importing it again changes nothing.
void TestFormats::webToffeeReport()
{
    ScratchStore scratch;
    const QString file = testData(QStringLiteral("formats/woocommerce_webtoffee.csv"));
    const ImportReport report = scratch.import(file);
    QVERIFY2(report.ok, qPrintable(message(report.error)));
    QCOMPARE(report.format, ImportFormat::WebToffee);
    QCOMPARE(report.rowsRead, 7);
    QCOMPARE(report.ordersInserted, 7);
    QCOMPARE(report.guestOrders, 1);
    QCOMPARE(scratch.store().currency().code, QStringLiteral("EUR"));
    QCOMPARE(scratch.text("SELECT name FROM customers WHERE customer_key = '7'"), QStringLiteral("Anna Berg"));
    QCOMPARE(scratch.scalar("SELECT sum(refunded) FROM orders"), 2550 + 3500);
    const char *orders = "SELECT group_concat(order_key || ':' || gross || ':' || refunded || ':' || state, ';') "
                         "FROM (SELECT * FROM orders ORDER BY order_key)";
    const QString before = scratch.text(orders);
    const ImportReport again = scratch.import(file);
    QVERIFY(again.ok);
    QCOMPARE(again.ordersUnchanged, 7);
    QCOMPARE(again.ordersInserted, 0);
    QCOMPARE(scratch.text(orders), before);
}

void TestFormats::customersKeepExportedNames()
{
    ScratchStore scratch;
    QVERIFY(scratch.import(testData(QStringLiteral("formats/woocommerce_small.csv"))).ok);
    QCOMPARE(scratch.text("SELECT name || ' <' || email || '>' FROM customers WHERE customer_key = '12'"),
             QStringLiteral("Eve Fox <eve@example.com>"));
    QVERIFY(message(scratch.import(testData(QStringLiteral("formats/shopify_small.csv")), {}).error)
                .contains(QLatin1String("EUR")));
}

void TestFormats::transactionLinesMergeLinesApartExactly()
{
    ScratchStore scratch;
    const ImportReport report = scratch.import(testData(QStringLiteral("formats/lines_small.csv")));
    QVERIFY2(report.ok, qPrintable(message(report.error)));
    QCOMPARE(report.ordersInserted, 3);
    QCOMPARE(report.creditNotes, 2);
    QCOMPARE(report.guestOrders, 1);
    QCOMPARE(noteRow(scratch, QStringLiteral("C536367")), QStringLiteral("17850|2010-12-02 10:00:00|-185"));
    QCOMPARE(noteRow(scratch, QStringLiteral("C536369")), QStringLiteral("GUEST|2010-12-04 11:00:00|-425"));
    // Importing again changes nothing and counts nothing twice.
    const ImportReport again = scratch.import(testData(QStringLiteral("formats/lines_small.csv")));
    QVERIFY(again.ok);
    QCOMPARE(again.ordersInserted, 0);
    QCOMPARE(again.ordersUnchanged, 3);
    QCOMPARE(orderRow(scratch, QStringLiteral("536365")), QStringLiteral("17850|2010-12-01 08:26:00||4329|0|0"));

    ScratchStore generic;
    ImportOptions options;
    options.mapping = mapping({{Field::Order, "Ref"},
                               {Field::Customer, "Client"},
                               {Field::Date, "When"},
                               {Field::Quantity, "Qty"},
                               {Field::UnitPrice, "Each"}});
    const ImportReport lines = generic.import(testData(QStringLiteral("formats/generic_lines.csv")), options);
    QVERIFY2(lines.ok, qPrintable(message(lines.error)));
    QCOMPARE(orderRow(generic, QStringLiteral("A1")), QStringLiteral("c1|2024-01-05 00:00:00||202|0|0"));
    QCOMPARE(orderRow(generic, QStringLiteral("A2")), QStringLiteral("c2|2024-01-06 00:00:00||750|0|0"));
}

void TestFormats::genericRowsWithoutOrderNumbers()
{
    ScratchStore scratch;
    ImportOptions options;
    options.mapping = mapping(
        {{Field::Customer, "Kunde"}, {Field::Date, "Datum"}, {Field::Total, "Betrag"}, {Field::OrderStatus, "Status"}});
    const QString file = testData(QStringLiteral("formats/generic_rows.csv"));
    const ImportReport ambiguous = scratch.import(file, options);
    QVERIFY(!ambiguous.ok);
    QVERIFY2(message(ambiguous.error).contains(QLatin1String("--date-format")), qPrintable(message(ambiguous.error)));

    options.dateFormat = QStringLiteral("dd.MM.yyyy");
    const ImportReport report = scratch.import(file, options);
    QVERIFY2(report.ok, qPrintable(message(report.error)));
    QCOMPARE(report.decimalSymbol, QStringLiteral("comma"));
    QCOMPARE(report.ordersInserted, 3); // two identical rows are two orders
    QCOMPARE(report.creditNotes, 1);    // a negative row is a credit note
    QCOMPARE(scratch.scalar("SELECT sum(gross) FROM orders"), 1250 + 1250 + 123400);
    QCOMPARE(scratch.scalar("SELECT amount FROM credit_notes"), -500);

    const ImportReport again = scratch.import(file, options);
    QVERIFY(again.ok);
    QCOMPARE(again.ordersInserted, 0);
    QCOMPARE(again.ordersUnchanged, 3);
    QCOMPARE(scratch.scalar("SELECT count(*) FROM orders"), 3);
}

// Two Magento exports pasted together: order 101 twice. The later row stands; nothing doubles.
void TestFormats::wholeOrderTwiceInOneFileCountsOnce()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("twice.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ID,Purchase Date,Grand Total (Purchased),Status,Customer Email,Total Refunded\n"
               "101,2021-03-05 10:00:00,120.00,complete,kim@example.com,0\n"
               "102,2021-03-06 10:00:00,45.50,complete,lou@example.com,0\n"
               "101,2021-03-05 10:00:00,120.00,complete,kim@example.com,20.00\n");
    file.close();
    ScratchStore scratch;
    const ImportReport report = scratch.import(file.fileName());
    QVERIFY2(report.ok, qPrintable(message(report.error)));
    QCOMPARE(report.ordersInserted, 2);
    QCOMPARE(orderRow(scratch, QStringLiteral("101")),
             QStringLiteral("kim@example.com|2021-03-05 10:00:00||12000|2000|0"));
}

// Generic files: the columns people name them by are guessed, in any case and spacing.
void TestFormats::guessesGenericColumns_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("expected"); // order, customer, email, name, date, total
    QTest::newRow("Superstore") << QStringList{"Row ID",        "Order ID", "Order Date", "Ship Date", "Customer ID",
                                               "Customer Name", "Segment",  "Sales",      "Quantity"}
                                << QStringList{"Order ID", "Customer ID", "", "Customer Name", "Order Date", "Sales"};
    QTest::newRow("lower case, other words") << QStringList{"order number", "E-mail", "name", "date", "amount"}
                                             << QStringList{"order number", "", "E-mail", "name", "date", "amount"};
    QTest::newRow("invoices") << QStringList{"InvoiceNo", "CustomerID", "InvoiceDate", "Total Amount"}
                              << QStringList{"InvoiceNo", "CustomerID", "", "", "InvoiceDate", "Total Amount"};
    QTest::newRow("nothing to go by") << QStringList{"a", "b", "c"} << QStringList{"", "", "", "", "", ""};
}

void TestFormats::guessesGenericColumns()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, expected);
    QStringList guessed;
    for (Field field : {Field::Order, Field::Customer, Field::Email, Field::Name, Field::Date, Field::Total}) {
        const qsizetype column = guessColumn(field, headers);
        guessed.append(column >= 0 ? headers.at(column) : QString());
    }
    QCOMPARE(guessed, expected);
}

QTEST_GUILESS_MAIN(TestFormats)
#include "TestFormats.moc"
