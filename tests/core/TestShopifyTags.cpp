// Segments back into Shopify (`customers --style shopify-tags`): the shop's own customers export
// written again in Shopify's customer import layout, every field as it was and the Tags holding
// the customer's own tags and this month's Patronage tags in place of last month's.
#include <QFile>
#include <QHash>
#include <QTest>

#include "TestSupport.h"
#include "core/csv/CsvReader.h"
#include "core/report/ShopifyTags.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

// The records of a CSV file as text.
QList<QStringList> records(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file, CsvDialect());
    CsvRecord record;
    QList<QStringList> rows;
    while (reader.readRecord(record)) {
        QStringList cells;
        for (int c = 0; c < record.size(); ++c)
            cells.append(QString::fromUtf8(record.field(c)));
        rows.append(cells);
    }
    return rows;
}

QStringList splitTags(const QString &tags)
{
    QStringList list;
    for (const QString &tag : tags.split(QLatin1Char(','), Qt::SkipEmptyParts))
        list.append(tag.trimmed());
    return list;
}

} // namespace

class TestShopifyTags : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theFileHasShopifysImportColumns();
    void tagsReplaceLastMonthsAndKeepTheShops();
    void everyOtherFieldIsWrittenAsExported();
    void onlyCustomersOfTheListAndTheExport();
    void aFileThatIsNotTheExportIsRefused();
    void aFileChangedSinceShopifyWroteItIsRefused_data();
    void aFileChangedSinceShopifyWroteItIsRefused();
    void tagsFollowEveryFigureOfAShop();
    void tagHelpers();

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_written;
    QList<QStringList> m_rows;
    CliRun m_run;
};

void TestShopifyTags::initTestCase()
{
    m_store = m_dir.filePath(QStringLiteral("shop.patronage"));
    const CliRun imported =
        runCli({"import", "--db", m_store, testData(QStringLiteral("export/shopify_tags_orders.csv"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    m_written = m_dir.filePath(QStringLiteral("tags.csv"));
    m_run =
        runCli({"customers", "--db", m_store, "--month", "2024-02", "--style", "shopify-tags", "--shopify-customers",
                testData(QStringLiteral("export/shopify_customers_export.csv")), "--out", m_written});
    QVERIFY2(m_run.exitCode == 0, qPrintable(m_run.err));
    m_rows = records(m_written);
    QVERIFY(m_rows.size() > 1);
}

void TestShopifyTags::theFileHasShopifysImportColumns()
{
    // Shopify's customer CSV template, in its order: headers are case sensitive.
    QCOMPARE(m_rows.first(),
             QStringList({"First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
                          "Default Address Address1", "Default Address Address2", "Default Address City",
                          "Default Address Province Code", "Default Address Country Code", "Default Address Zip",
                          "Default Address Phone", "Phone", "Accepts SMS Marketing", "Tags", "Note", "Tax Exempt"}));
    for (const QStringList &row : m_rows)
        QCOMPARE(row.size(), 17);
}

void TestShopifyTags::tagsReplaceLastMonthsAndKeepTheShops()
{
    const QStringList anna = m_rows.at(1);
    QCOMPARE(anna.at(2).trimmed(), QStringLiteral("ANNA@example.com"));
    const QStringList tags = splitTags(anna.at(14));
    // The shop's own tags stay, in their order; last month's Patronage tags go; this month's come.
    QCOMPARE(tags.mid(0, 2), QStringList({"wholesale", "newsletter"}));
    QVERIFY(!tags.contains(QStringLiteral("Patronage Group: One Time Buyer"))); // three orders: no longer one
    QVERIFY(!tags.contains(QStringLiteral("Patronage Churn Risk: Low")));
    // What Patronage says of Anna at the month.
    const CliRun customers = runCli({"customers", "--db", m_store, "--month", "2024-02", "--search", "anna"});
    const QStringList lines = customers.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList header = lines.at(0).split(QLatin1Char(','));
    const QStringList annaFigures = lines.at(1).split(QLatin1Char(','));
    const auto figure = [&](const char *column) { return annaFigures.value(header.indexOf(QLatin1String(column))); };
    QCOMPARE(tags.mid(2, 3),
             QStringList({"Patronage Group: " + figure("group"), "Patronage Life Cycle: " + figure("life_cycle"),
                          "Patronage RFM: " + figure("rfm_group")}));
    // A churn risk only where the shop's history predicts one.
    const QString risk = figure("churn_risk");
    QCOMPARE(tags.size(), risk.isEmpty() ? 5 : 6);
    if (!risk.isEmpty())
        QCOMPARE(tags.last(), "Patronage Churn Risk: " + risk);
    // Run again on its own output: the tags are replaced, not piled up.
    const QString again = m_dir.filePath(QStringLiteral("again.csv"));
    const QString copy = m_dir.filePath(QStringLiteral("export-again.csv"));
    QVERIFY(QFile::copy(m_written, copy));
    const CliRun rerun = runCli({"customers", "--db", m_store, "--month", "2024-02", "--style", "shopify-tags",
                                 "--shopify-customers", copy, "--out", again});
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
    // (Olga's older tag is gone already: she is not written again.)
    QCOMPARE(records(again), m_rows.mid(0, 3));
}

void TestShopifyTags::everyOtherFieldIsWrittenAsExported()
{
    const QStringList anna = m_rows.at(1);
    QCOMPARE(anna.at(0), QStringLiteral("Anna"));
    QCOMPARE(anna.at(4), QStringLiteral("Berg & Söhne, GmbH"));
    QCOMPARE(anna.at(5), QStringLiteral("Hauptstraße 1"));
    QCOMPARE(anna.at(11), QStringLiteral("+49 30 1234567"));
    QCOMPARE(anna.at(15), QStringLiteral("Prefers e-mail\n(second line)"));
    const QStringList bob = m_rows.at(2);
    QCOMPARE(bob.at(2), QStringLiteral("bob@example.com"));
    // The shop's own cells go back verbatim: a phone keeps its plus, a note its equals sign.
    QCOMPARE(bob.at(12), QStringLiteral("+1 555 0100"));
    QCOMPARE(bob.at(15), QStringLiteral("=not a formula"));
    QCOMPARE(bob.at(16), QStringLiteral("yes"));
    QCOMPARE(bob.at(13), QStringLiteral("yes"));
}

void TestShopifyTags::onlyCustomersOfTheListAndTheExport()
{
    // Anna and Bob are in both; Erin is not in the export, Dana not in the store, the second
    // Anna row and the row without an e-mail are left as Shopify has them. Olga is no customer of
    // the month but carries an older Patronage tag: the whole month's list takes it off.
    QCOMPARE(m_rows.size(), 4);
    QVERIFY2(m_run.err.contains(QLatin1String("tagged 2 customers")), qPrintable(m_run.err));
    QVERIFY2(m_run.err.contains(QLatin1String("1 listed customers are not in the Shopify export")),
             qPrintable(m_run.err));
    QCOMPARE(m_rows.at(3).at(2), QStringLiteral("old@example.com"));
    QCOMPARE(m_rows.at(3).at(14), QStringLiteral("loyal"));
    // A filtered list tags only its customers (here to standard output).
    const CliRun bob =
        runCli({"customers", "--db", m_store, "--month", "2024-02", "--search", "bob", "--style", "shopify-tags",
                "--shopify-customers", testData(QStringLiteral("export/shopify_customers_export.csv"))});
    QCOMPARE(bob.exitCode, 0);
    const QStringList lines = bob.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).startsWith(QLatin1String("Bob,Chen,bob@example.com,")));
    // Anna (not listed now) and Olga keep their older tags then, and it is said.
    QVERIFY2(bob.err.contains(QLatin1String("2 other customers keep older Patronage tags")), qPrintable(bob.err));
}

void TestShopifyTags::aFileThatIsNotTheExportIsRefused()
{
    // The orders export is not the customers export: refused, naming the file and what to do.
    const QString orders = testData(QStringLiteral("formats/shopify_small.csv"));
    const CliRun run = runCli({"customers", "--db", m_store, "--month", "2024-02", "--style", "shopify-tags",
                               "--shopify-customers", orders, "--out", m_dir.filePath(QStringLiteral("x.csv"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("shopify_small.csv")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Customers > Export")), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
    // The style and its file go together; the file is never the output.
    QCOMPARE(runCli({"customers", "--db", m_store, "--month", "2024-02", "--style", "shopify-tags"}).exitCode, 2);
    const QString exported = m_dir.filePath(QStringLiteral("mine.csv"));
    QVERIFY(QFile::copy(testData(QStringLiteral("export/shopify_customers_export.csv")), exported));
    QCOMPARE(runCli({"customers", "--db", m_store, "--month", "2024-02", "--style", "shopify-tags",
                     "--shopify-customers", exported, "--out", exported})
                 .exitCode,
             1);
    QCOMPARE(records(exported), records(testData(QStringLiteral("export/shopify_customers_export.csv"))));
}

void TestShopifyTags::aFileChangedSinceShopifyWroteItIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("said");
    QFile fixture(testData(QStringLiteral("export/shopify_customers_export.csv")));
    fixture.open(QIODevice::ReadOnly);
    const QByteArray exported = fixture.readAll();
    const QByteArray header = exported.left(exported.indexOf('\n') + 1);
    QTest::newRow("a short row") << header + "7001,Anna,Berg,anna@example.com,yes\n"
                                 << "this line has 5 fields where the header has 20";
    QTest::newRow("a column twice") << QByteArray(header).replace("Note,", "Tags,")
                                    << "names the column \"Tags\" twice";
    QByteArray semicolons = exported;
    semicolons.replace("\"Berg & Söhne, GmbH\"", "Berg")
        .replace("\"wholesale, Patronage Group: One Time Buyer, "
                 "Patronage Churn Risk: Low,newsletter\"",
                 "wholesale")
        .replace(',', ';');
    QTest::newRow("saved again with semicolons") << semicolons << "UTF-8 text with commas";
    QByteArray latin1 = exported;
    latin1.replace("Söhne", "S\xf6hne")
        .replace("Hauptstraße",
                 "Hauptstra\xdf"
                 "e");
    QTest::newRow("saved again as Windows-1252") << latin1 << "UTF-8 text with commas";
}

void TestShopifyTags::aFileChangedSinceShopifyWroteItIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, said);
    const QString path = m_dir.filePath(QStringLiteral("changed.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    const Result<ShopifyTags::CustomersExport> read = ShopifyTags::CustomersExport::read(path);
    QVERIFY(!read.ok());
    QVERIFY2(message(read.error()).contains(said), qPrintable(message(read.error())));
    QVERIFY(message(read.error()).contains(QLatin1String("changed.csv")));
}

void TestShopifyTags::tagsFollowEveryFigureOfAShop()
{
    // A shop large enough to predict: each customer's tags say what `customers` says of them.
    const QString orders = m_dir.filePath(QStringLiteral("shop.csv"));
    GeneratorParams params;
    params.orders = 3000;
    QVERIFY(writeGeneratedShop(orders, params));
    const QString store = m_dir.filePath(QStringLiteral("generated.patronage"));
    QCOMPARE(runCli({"import", "--db", store, orders}).exitCode, 0);
    const CliRun listed = runCli({"customers", "--db", store, "--month", "2024-12"});
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.first().split(QLatin1Char(','));
    const auto column = [&header](const char *name) { return header.indexOf(QLatin1String(name)); };
    // The shop's customers export, as Shopify would write it for these customers.
    const QString exported = m_dir.filePath(QStringLiteral("customers_export.csv"));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address "
               "Address1,Default Address Address2,Default Address City,Default Address Province Code,Default Address "
               "Country Code,Default Address Zip,Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total "
               "Orders,Note,Tax Exempt,Tags\n");
    QHash<QString, QStringList> expected;
    int risks = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        const QString email = cells.value(column("email"));
        if (email.isEmpty())
            continue;
        file.write(QStringLiteral("%1,,,%2,no,,,,,,,,,,no,0.00,0,,no,vip-club\n").arg(i).arg(email).toUtf8());
        QStringList tags = {"vip-club", "Patronage Group: " + cells.value(column("group")),
                            "Patronage Life Cycle: " + cells.value(column("life_cycle")),
                            "Patronage RFM: " + cells.value(column("rfm_group"))};
        if (!cells.value(column("churn_risk")).isEmpty()) {
            tags.append("Patronage Churn Risk: " + cells.value(column("churn_risk")));
            ++risks;
        }
        expected.insert(email.toLower(), tags);
    }
    file.close();
    QVERIFY2(risks > 100, "the shop predicts churn risk");
    const QString written = m_dir.filePath(QStringLiteral("generated-tags.csv"));
    const CliRun run = runCli({"customers", "--db", store, "--month", "2024-12", "--style", "shopify-tags",
                               "--shopify-customers", exported, "--out", written});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QList<QStringList> rows = records(written);
    QCOMPARE(rows.size() - 1, expected.size());
    for (const QStringList &row : rows.mid(1))
        QCOMPARE(splitTags(row.at(14)), expected.value(row.at(2).toLower()));
}

void TestShopifyTags::tagHelpers()
{
    QVERIFY(ShopifyTags::isPatronageTag(QStringLiteral("Patronage Group: VIP")));
    QVERIFY(ShopifyTags::isPatronageTag(QStringLiteral("patronage rfm: At Risk")));
    QVERIFY(!ShopifyTags::isPatronageTag(QStringLiteral("Patronage Gold"))); // the shop's own
    QCOMPARE(ShopifyTags::mergedTags(QStringLiteral(" a, Patronage Life Cycle: Lost,,A , b"),
                                     {QStringLiteral("Patronage Life Cycle: Active")}),
             QStringList({"a", "b", "Patronage Life Cycle: Active"}));
}

QTEST_GUILESS_MAIN(TestShopifyTags)
#include "TestShopifyTags.moc"
