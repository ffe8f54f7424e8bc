#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "TestSupport.h"
#include "core/analysis/Analysis.h"
#include "core/report/CustomerQuery.h"
#include "core/report/ReportTable.h"
#include "core/store/SettingsRepository.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

// Nine orders of eight customers in January 2024: keys past U+FFFF and in
// the private use area, names and e-mails in several cases and scripts.
CustomerList januaryList(ScratchStore &scratch, const QString &file = QStringLiteral("lists/keys.csv"))
{
    ImportOptions options;
    options.mapping = {{Field::Order, "order"}, {Field::Customer, "customer"}, {Field::Email, "email"},
                       {Field::Name, "name"},   {Field::Date, "date"},         {Field::Total, "total"}};
    if (!scratch.import(testData(file), options).ok)
        return {};
    const SegmentationParams params = SettingsRepository(scratch.store()).segmentationParams();
    CustomerQuery query;
    query.month = 2024 * 12;
    const Result<SegmentInput> input = Analysis::inputFrom(scratch.store(), params, query.month);
    if (!input)
        return {};
    const Result<CustomerList> list = findCustomers(scratch.store(), *input, params, query);
    return list ? *list : CustomerList();
}

QStringList keysOf(const CustomerList &list)
{
    QStringList keys;
    for (qsizetype i = 0; i < list.size(); ++i)
        keys.append(list.row(i).key);
    return keys;
}

} // namespace

class TestCustomerList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void highestRevenueFirstThenKeysAsQStringOrdersThem();
    void searchFindsKeyEmailOrNameInAnyCase_data();
    void searchFindsKeyEmailOrNameInAnyCase();
    void sortingKeepsTiesInListOrder();
    void numericIdsSortAsNumbers();
    void jsonIsWrittenAsQtWritesIt();
};

void TestCustomerList::highestRevenueFirstThenKeysAsQStringOrdersThem()
{
    ScratchStore scratch;
    const CustomerList list = januaryList(scratch);
    QCOMPARE(list.size(), 8);
    QStringList tied = keysOf(list).mid(1);
    QCOMPARE(keysOf(list).first(), QStringLiteral("A-100")); // 25.00; the others 10.00 each
    // The keys are compared as UTF-8 bytes in the directory; QString itself is the judge.
    QStringList byQString = tied;
    std::sort(byQString.begin(), byQString.end());
    QCOMPARE(tied, byQString);
    QVERIFY(tied.indexOf(QStringLiteral("😀-1")) < tied.indexOf(QStringLiteral("\uE000-1"))); // UTF-16 order
    QCOMPARE(list.row(0).email, QStringLiteral("ANNA2@EXAMPLE.COM"));
    QCOMPARE(list.row(0).name, QStringLiteral("anna berg"));
    QCOMPARE(list.row(0).storeId, qint64(7));
}

void TestCustomerList::searchFindsKeyEmailOrNameInAnyCase_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("e-mail and name, any case") << "anna" << QStringList{"A-100", "a-100"};
    QTest::newRow("a name beyond ASCII") << "ÅSTRÖM" << QStringList{"b-200"};
    QTest::newRow("ASCII in a name that is not") << "str" << QStringList{"b-200"};
    QTest::newRow("a key") << "c-3" << QStringList{"c-300"};
    QTest::newRow("past U+FFFF") << "😀" << QStringList{"😀-1"};
    QTest::newRow("spaces around") << "  zed@  " << QStringList{"z-1"};
    QTest::newRow("nothing") << "nobody" << QStringList{};
    QTest::newRow("everyone") << "" << QStringList{"A-100", "a-100", "b-200", "c-300", "z-1", "ÿ-1", "😀-1", "\uE000-1"};
}

void TestCustomerList::searchFindsKeyEmailOrNameInAnyCase()
{
    QFETCH(QString, search);
    QFETCH(QStringList, found);
    ScratchStore scratch;
    const CustomerList list = januaryList(scratch);
    QStringList keys = keysOf(list.matching(CustomerDirectory::Search(search)));
    // As QString's own case-insensitive search finds them.
    QStringList expected;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const CustomerRow row = list.row(i);
        const QString text = search.trimmed();
        if (row.key.contains(text, Qt::CaseInsensitive) || row.email.contains(text, Qt::CaseInsensitive)
            || row.name.contains(text, Qt::CaseInsensitive)) {
            expected.append(row.key);
        }
    }
    QCOMPARE(keys, expected);
    std::sort(keys.begin(), keys.end());
    std::sort(found.begin(), found.end());
    found.removeAll(QStringLiteral("\uE000-1"));
    keys.removeAll(QStringLiteral("\uE000-1"));
    QCOMPARE(keys, found);
}

void TestCustomerList::sortingKeepsTiesInListOrder()
{
    ScratchStore scratch;
    const CustomerList list = januaryList(scratch);
    QCOMPARE(keysOf(list.sortedBy(CustomerFigure::Revenue, true)), keysOf(list));
    const QStringList byOrders = keysOf(list.sortedBy(CustomerFigure::Orders, true));
    QCOMPARE(byOrders.first(), QStringLiteral("c-300")); // two orders
    QStringList rest = keysOf(list);
    rest.removeAll(QStringLiteral("c-300"));
    QCOMPARE(byOrders.mid(1), rest);
    const QStringList byKey = keysOf(list.sortedBy(CustomerFigure::Key, false));
    QStringList sorted = keysOf(list);
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(byKey, sorted);
    // Filtered, then sorted: only the rows kept.
    const CustomerList one = list.where([](const CustomerSnapshot &s) { return s.orders == 2; });
    QCOMPARE(keysOf(one.sortedBy(CustomerFigure::Name, false)), QStringList{"c-300"});
}

void TestCustomerList::numericIdsSortAsNumbers()
{
    ScratchStore scratch;
    const CustomerList list = januaryList(scratch, QStringLiteral("lists/numeric_keys.csv"));
    QCOMPARE(keysOf(list.sortedBy(CustomerFigure::Key, false)),
             (QStringList{"9", "10", "0100", "100", "99999999999999999999", "a-1"}));
    QCOMPARE(keysOf(list.sortedBy(CustomerFigure::Key, true)),
             (QStringList{"a-1", "99999999999999999999", "100", "0100", "10", "9"}));
}

// The customer lists are written row by row: the same bytes as the whole
// document QJsonDocument writes.
void TestCustomerList::jsonIsWrittenAsQtWritesIt()
{
    ReportTable table;
    table.header = {QStringLiteral("key"), QStringLiteral("revenue"), QStringLiteral("note")};
    table.numeric = {false, true, false};
    table.addRow({QStringLiteral("a \"quoted\" key"), QStringLiteral("12.50"), QString()});
    table.addRow({QStringLiteral("ö\n"), QStringLiteral("-3"), QStringLiteral("x")});
    QJsonArray array;
    for (const QStringList &row : std::as_const(table.rows)) {
        QJsonObject object;
        object.insert(QStringLiteral("key"), row[0]);
        object.insert(QStringLiteral("revenue"), row[1].toDouble());
        object.insert(QStringLiteral("note"), row[2].isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row[2]));
        array.append(object);
    }
    QCOMPARE(table.render(ReportTable::Format::Json), QJsonDocument(array).toJson(QJsonDocument::Indented));
    table.rows.clear();
    QCOMPARE(table.render(ReportTable::Format::Json), QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented));
}

QTEST_GUILESS_MAIN(TestCustomerList)
#include "TestCustomerList.moc"
