#include <QTest>

#include "TestSupport.h"
#include "core/predict/CustomerValue.h"
#include "core/segment/Cutoffs.h"
#include "core/segment/OrderHistory.h"
#include "core/segment/Rules.h"
#include "core/segment/SegmentEngine.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

// A small event-built shop: each order is (customer, "yyyy-MM-dd", cents).
struct ShopBuilder {
    std::vector<OrderHistory::Event> events;
    qint32 customers = 0;
    void order(qint32 customer, const char *date, qint64 cents, bool creditNote = false)
    {
        const QDate d = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
        OrderHistory::Event e{};
        e.seconds = QDate(1970, 1, 1).daysTo(d) * 86400 + 12 * 3600;
        e.amount = cents;
        e.customer = customer;
        e.creditNote = creditNote;
        events.push_back(e);
        customers = std::max(customers, customer + 1);
    }
    OrderHistory history() const { return OrderHistory::fromEvents(events, customers); }
};

ShopBuilder workedExample()
{
    ShopBuilder shop; // a=0 .. e=4, spec §7
    shop.order(0, "2024-01-10", 1000);
    shop.order(1, "2024-01-05", 2000);
    shop.order(1, "2024-02-20", 3000);
    shop.order(2, "2024-01-02", 500);
    shop.order(2, "2024-02-02", 500);
    shop.order(2, "2024-03-02", 500);
    for (const char *date : {"2024-01-03", "2024-01-17", "2024-02-14", "2024-03-20"})
        shop.order(3, date, 4000);
    shop.order(4, "2024-02-01", 2500);
    shop.order(4, "2024-03-01", 2500);
    shop.order(4, "2024-03-15", -1000, true);
    return shop;
}

MonthIndex month(const char *text)
{
    MonthIndex m = 0;
    parseMonthText(QString::fromLatin1(text), &m);
    return m;
}

QMap<qint32, CustomerSnapshot> snapshot(const OrderHistory &history, const SegmentationParams &params, const char *when,
                                        MonthResult *result = nullptr)
{
    QMap<qint32, CustomerSnapshot> customers;
    SegmentEngine(history, params)
        .snapshots(
            {month(when)}, [&](MonthIndex, const CustomerSnapshot &s) { customers.insert(s.customer, s); },
            [&](const MonthResult &r) {
                if (result)
                    *result = r;
            });
    return customers;
}

QList<MonthResult> allMonths(const OrderHistory &history, const SegmentationParams &params)
{
    QList<MonthResult> months;
    SegmentEngine(history, params).run(std::numeric_limits<MonthIndex>::min(), [&](const MonthResult &r) {
        months.append(r);
    });
    return months;
}

SegmentationParams percentile()
{
    SegmentationParams params;
    params.method = SegmentationParams::Method::Percentile;
    return params;
}

} // namespace

class TestSegmentEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nearestRankPercentiles_data();
    void nearestRankPercentiles();
    void workedExampleClerk();
    void workedExamplePercentile();
    void oneCustomer();
    void noRepeatCustomer();
    void allCustomersEqual();
    void quietMonthIsReported();
    void monthAfterTheLastOrderCarriesTheBase();
    void creditNotesLargerThanOrders();
    void windowOfOneMonth();
    void clerkBoundaryIsExact();
    void lifeCycles();
    void partialLastMonthCountsToTheDataDay();
    void invariantsOnGeneratedShops_data();
    void invariantsOnGeneratedShops();
    void sampleShopLooksLikeASmallShop();
};

void TestSegmentEngine::nearestRankPercentiles_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("spec_q75") << QList<qint64>{2, 2, 3, 4} << 75 << qint64(3);
    QTest::newRow("spec_q90") << QList<qint64>{4, 2, 3, 2} << 90 << qint64(4);
    QTest::newRow("single") << QList<qint64>{7} << 1 << qint64(7);
    QTest::newRow("p100") << QList<qint64>{1, 9, 5} << 100 << qint64(9);
    QTest::newRow("exact_rank") << QList<qint64>{10, 20, 30, 40, 50} << 80 << qint64(40);
    QTest::newRow("never_interpolates") << QList<qint64>{10, 20} << 50 << qint64(10);
}

void TestSegmentEngine::nearestRankPercentiles()
{
    QFETCH(QList<qint64>, values);
    QFETCH(int, percent);
    QFETCH(qint64, expected);
    std::vector<qint64> v(values.begin(), values.end());
    QCOMPARE(nearestRankPercentile(v, percent), expected);
}

void TestSegmentEngine::workedExampleClerk()
{
    const OrderHistory history = workedExample().history();
    MonthResult result;
    const auto customers = snapshot(history, SegmentationParams(), "2024-03", &result);
    QCOMPARE(result.baseCustomers, 5);
    QCOMPARE(QString::number(*result.frequentFrom, 'f', 6), QStringLiteral("3.419804"));
    QCOMPARE(QString::number(*result.vipFrom, 'f', 6), QStringLiteral("4.439608"));
    QCOMPARE(customers[0].group, LoyaltyGroup::OneTimeBuyer);
    QCOMPARE(customers[1].group, LoyaltyGroup::LoyalCustomer);
    QCOMPARE(customers[2].group, LoyaltyGroup::LoyalCustomer);
    QCOMPARE(customers[3].group, LoyaltyGroup::FrequentBuyer);
    QCOMPARE(customers[4].group, LoyaltyGroup::LoyalCustomer);
    QCOMPARE(customers[4].revenue, 4000); // 25 + 25 - 10
    QCOMPARE(result.groups[size_t(LoyaltyGroup::LoyalCustomer)].revenue, 5000 + 1500 + 4000);
    QCOMPARE(result.groups[size_t(LoyaltyGroup::Vip)].customers, 0);
    QVERIFY(!result.vipMinRevenue);
}

void TestSegmentEngine::workedExamplePercentile()
{
    const OrderHistory history = workedExample().history();
    MonthResult result;
    const auto customers = snapshot(history, percentile(), "2024-03", &result);
    QCOMPARE(*result.frequentFrom, 3.0);
    QCOMPARE(*result.vipFrom, 4.0);
    QCOMPARE(*result.vipMinRevenue, 16000);
    QCOMPARE(result.repeatCustomers, 4);
    QCOMPARE(customers[0].group, LoyaltyGroup::OneTimeBuyer);
    QCOMPARE(customers[1].group, LoyaltyGroup::LoyalCustomer);
    QCOMPARE(customers[2].group, LoyaltyGroup::FrequentBuyer);
    QCOMPARE(customers[3].group, LoyaltyGroup::Vip);
    QCOMPARE(customers[4].group, LoyaltyGroup::LoyalCustomer);
}

void TestSegmentEngine::oneCustomer()
{
    ShopBuilder shop;
    for (const char *date : {"2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29"})
        shop.order(0, date, 100);
    MonthResult result;
    const auto customers = snapshot(shop.history(), SegmentationParams(), "2024-01", &result);
    // mu = 5, sigma = 0: F = 5, V = 5, and n = 5 reaches V.
    QCOMPARE(*result.frequentFrom, 5.0);
    QCOMPARE(customers[0].group, LoyaltyGroup::Vip);
    QCOMPARE(snapshot(shop.history(), percentile(), "2024-01")[0].group, LoyaltyGroup::Vip);
}

void TestSegmentEngine::noRepeatCustomer()
{
    ShopBuilder shop;
    for (qint32 c = 0; c < 10; ++c)
        shop.order(c, "2024-05-10", 1000 + c);
    MonthResult clerk;
    for (const CustomerSnapshot &s : snapshot(shop.history(), SegmentationParams(), "2024-05", &clerk))
        QCOMPARE(s.group, LoyaltyGroup::OneTimeBuyer);
    QCOMPARE(*clerk.frequentFrom, 3.0);
    QCOMPARE(*clerk.vipFrom, 4.0);
    QVERIFY(!clerk.repurchaseGapQ80);
    MonthResult byPercentile;
    const auto customers = snapshot(shop.history(), percentile(), "2024-05", &byPercentile);
    QCOMPARE(customers.size(), 10);
    QVERIFY(!byPercentile.frequentFrom && !byPercentile.vipFrom && !byPercentile.vipMinRevenue);
    QCOMPARE(byPercentile.groups[size_t(LoyaltyGroup::OneTimeBuyer)].customers, 10);
}

void TestSegmentEngine::allCustomersEqual()
{
    ShopBuilder shop;
    for (qint32 c = 0; c < 4; ++c) {
        for (const char *date : {"2024-01-05", "2024-02-05", "2024-03-05"})
            shop.order(c, date, 500);
    }
    MonthResult result;
    for (const CustomerSnapshot &s : snapshot(shop.history(), SegmentationParams(), "2024-03", &result))
        QCOMPARE(s.group, LoyaltyGroup::FrequentBuyer); // n = 3 = F, below V = 4
    QCOMPARE(*result.frequentFrom, 3.0);
}

void TestSegmentEngine::quietMonthIsReported()
{
    ShopBuilder shop;
    shop.order(0, "2024-01-05", 500);
    shop.order(1, "2024-03-05", 700);
    const QList<MonthResult> months = allMonths(shop.history(), SegmentationParams());
    QCOMPARE(months.size(), 3);
    QCOMPARE(monthText(months[1].month), QStringLiteral("2024-02"));
    QCOMPARE(months[1].baseCustomers, 1);
    QCOMPARE(months[1].groups[0].monthRevenue, 0);
    QCOMPARE(months[2].baseCustomers, 2);
}

void TestSegmentEngine::monthAfterTheLastOrderCarriesTheBase()
{
    const OrderHistory history = workedExample().history();
    MonthResult result;
    const auto customers = snapshot(history, SegmentationParams(), "2024-09", &result);
    QCOMPARE(customers.size(), 5); // nobody leaves without a window
    QCOMPARE(result.baseCustomers, 5);
    QCOMPARE(customers[3].group, LoyaltyGroup::FrequentBuyer);
}

void TestSegmentEngine::creditNotesLargerThanOrders()
{
    ShopBuilder shop;
    shop.order(0, "2024-01-05", 500);
    shop.order(0, "2024-01-20", -2000, true);
    shop.order(1, "2024-01-07", 800);
    MonthResult result;
    const auto customers = snapshot(shop.history(), SegmentationParams(), "2024-01", &result);
    QCOMPARE(customers[0].revenue, 0); // floored
    QCOMPARE(result.groups[0].revenue, 800);
    QCOMPARE(result.groups[0].monthRevenue, 500 - 2000 + 800); // the month's own revenue is not floored
}

void TestSegmentEngine::windowOfOneMonth()
{
    ShopBuilder shop;
    shop.order(0, "2024-01-05", 500);
    shop.order(0, "2024-01-25", 500);
    shop.order(1, "2024-01-07", 800);
    shop.order(1, "2024-03-07", 800);
    SegmentationParams params;
    params.windowMonths = 1;
    const QList<MonthResult> months = allMonths(shop.history(), params);
    // February's window holds no order: no base, no rows.
    QCOMPARE(months.size(), 2);
    QCOMPARE(monthText(months[0].month), QStringLiteral("2024-01"));
    QCOMPARE(months[0].baseCustomers, 2);
    QCOMPARE(months[0].groups[size_t(LoyaltyGroup::LoyalCustomer)].customers, 1); // n = 2 < F = 3
    QCOMPARE(monthText(months[1].month), QStringLiteral("2024-03"));
    QCOMPARE(months[1].baseCustomers, 1);
    QCOMPARE(months[1].groups[0].orders, 1); // customer 1's January order fell out of the window
}

// The integer rule of spec §3a decides where mu + t*sigma is (or is near) a whole number.
void TestSegmentEngine::clerkBoundaryIsExact()
{
    // n = 1 x 8 and n = 5: k = 9, S = 13, Q = 33; for n = 5: 5*9 - 13 = 32, 32^2 = 1024,
    // k*Q - S^2 = 297 - 169 = 128, 4 * 128 = 512 <= 1024: VIP exactly by the integer rule.
    ShopBuilder shop;
    for (qint32 c = 0; c < 8; ++c)
        shop.order(c, "2024-01-02", 100);
    for (const char *date : {"2024-01-03", "2024-01-04", "2024-01-05", "2024-01-06", "2024-01-07"})
        shop.order(8, date, 100);
    MonthResult result;
    const auto customers = snapshot(shop.history(), SegmentationParams(), "2024-01", &result);
    QCOMPARE(customers[8].group, LoyaltyGroup::Vip);

    // mu + 2 sigma exactly 4 when n = (2, 2, 2, 2, 4)? mu = 2.4 ... use n = (1, 3): mu = 2, sigma = 1,
    // mu + sigma = 3 exactly: the customer with 3 orders is a Frequent Buyer, not Loyal.
    ShopBuilder edge;
    edge.order(0, "2024-01-02", 100);
    for (const char *date : {"2024-01-03", "2024-01-04", "2024-01-05"})
        edge.order(1, date, 100);
    QCOMPARE(snapshot(edge.history(), SegmentationParams(), "2024-01")[1].group, LoyaltyGroup::FrequentBuyer);
}

void TestSegmentEngine::lifeCycles()
{
    ShopBuilder shop;
    shop.order(0, "2024-06-20", 100); // d = 11: Just Ordered
    shop.order(1, "2024-01-01", 100); // gaps of customer 1: 30 days
    shop.order(1, "2024-01-31", 100);
    shop.order(1, "2024-03-01", 100); // d = 122 > 4*30: Lost
    shop.order(2, "2024-04-01", 100); // span 60, n = 3: g = 30
    shop.order(2, "2024-05-01", 100);
    shop.order(2, "2024-05-31", 100);  // d = 31 <= 60: Active
    shop.order(3, "2024-03-15", 100);  // one time buyer, G = Q80 of gaps = 30
    shop.order(-1, "2024-06-30", 100); // a guest's order: the data runs to the month's end (spec §4's D)
    MonthResult result;
    const auto customers = snapshot(shop.history(), SegmentationParams(), "2024-06", &result);
    QCOMPARE(*result.repurchaseGapQ80, 30);
    QCOMPARE(customers[0].lifeCycle, LifeCycle::JustOrdered);
    QCOMPARE(customers[1].daysSinceLastOrder, 122);
    QCOMPARE(customers[1].lifeCycle, LifeCycle::Lost);
    QCOMPARE(customers[2].lifeCycle, LifeCycle::Active);
    QCOMPARE(customers[3].daysSinceLastOrder, 108);            // 2024-03-15 to 2024-07-01
    QCOMPARE(customers[3].lifeCycle, LifeCycle::SlippingAway); // 60 < 108 <= 120
    QCOMPARE(result.lifeCycles[size_t(LifeCycle::Active)], 1);
}

// Spec §4: in a last month that the data does not fill, days are counted to
// the day after the data's last day (D), not to the month's end.
void TestSegmentEngine::partialLastMonthCountsToTheDataDay()
{
    ShopBuilder shop;
    shop.order(0, "2024-05-10", 100);
    shop.order(0, "2024-05-20", 100); // g = 10
    shop.order(1, "2024-06-01", 100); // bought on the 1st of a month whose data ends on the 9th
    shop.order(2, "2024-04-20", 100);
    shop.order(-1, "2024-06-09", 100); // D: a guest's order counts too
    const OrderHistory history = shop.history();
    QCOMPARE(*history.dataDay(), QDate(1970, 1, 1).daysTo(QDate(2024, 6, 9)));
    MonthResult june;
    const auto customers = snapshot(history, SegmentationParams(), "2024-06", &june);
    QCOMPARE(june.daysCountedTo, QDate(1970, 1, 1).daysTo(QDate(2024, 6, 10)));
    QCOMPARE(customers[1].daysSinceLastOrder, 9);
    QCOMPARE(customers[1].lifeCycle, LifeCycle::JustOrdered); // not Slipping Away, as to 2024-07-01
    QCOMPARE(customers[0].daysSinceLastOrder, 21);
    QCOMPARE(customers[0].lifeCycle, LifeCycle::JustOrdered);
    QCOMPARE(customers[2].daysSinceLastOrder, 51); // G = 10: 51 > 4 * 10
    QCOMPARE(customers[2].lifeCycle, LifeCycle::Lost);
    // A month the data fills counts to its end, as before.
    MonthResult may;
    const auto inMay = snapshot(history, SegmentationParams(), "2024-05", &may);
    QCOMPARE(may.daysCountedTo, QDate(1970, 1, 1).daysTo(QDate(2024, 6, 1)));
    QCOMPARE(inMay[0].daysSinceLastOrder, 12);
    QVERIFY(Rules::isPartialMonth(month("2024-06"), history.dataDay()));
    QVERIFY(!Rules::isPartialMonth(month("2024-05"), history.dataDay()));
    // A last order on the month's last day fills it.
    QVERIFY(!Rules::isPartialMonth(month("2024-06"), QDate(1970, 1, 1).daysTo(QDate(2024, 6, 30))));
}

void TestSegmentEngine::invariantsOnGeneratedShops_data()
{
    QTest::addColumn<int>("orders");
    QTest::addColumn<int>("customers");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("window");
    QTest::newRow("long_tail_clerk") << 6000 << 1500 << 24 << int(SegmentationParams::Method::Clerk) << 0;
    QTest::newRow("loyal_base_percentile") << 6000 << 200 << 12 << int(SegmentationParams::Method::Percentile) << 0;
    QTest::newRow("many_one_timers") << 3000 << 3000 << 36 << int(SegmentationParams::Method::Clerk) << 0;
    QTest::newRow("windowed") << 5000 << 800 << 30 << int(SegmentationParams::Method::Percentile) << 6;
}

void TestSegmentEngine::invariantsOnGeneratedShops()
{
    QFETCH(int, orders);
    QFETCH(int, customers);
    QFETCH(int, months);
    QFETCH(int, method);
    QFETCH(int, window);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("shop.csv"));
    GeneratorParams generator;
    generator.orders = orders;
    generator.customers = customers;
    generator.months = months;
    QVERIFY(writeGeneratedShop(csv, generator));
    ScratchStore scratch;
    QVERIFY(scratch.import(csv).ok);
    const OrderHistory history = readHistory(scratch.store());
    SegmentationParams params;
    params.method = SegmentationParams::Method(method);
    params.windowMonths = window;

    QList<MonthIndex> everyMonth;
    for (MonthIndex m = history.firstMonth(); m <= history.lastMonth(); ++m)
        everyMonth.append(m);
    std::vector<qint64> lastOrders(size_t(history.customerCount()), 0);
    QHash<MonthIndex, qint64> customersSeen;
    QHash<MonthIndex, qint64> revenueSeen;
    int monthsReported = 0;
    SegmentEngine(history, params)
        .snapshots(
            everyMonth,
            [&](MonthIndex m, const CustomerSnapshot &s) {
                customersSeen[m] += 1;
                revenueSeen[m] += s.revenue;
                if (window == 0) { // without a window a customer's orders never decrease
                    QVERIFY(s.orders >= lastOrders[size_t(s.customer)]);
                    lastOrders[size_t(s.customer)] = s.orders;
                }
            },
            [&](const MonthResult &r) {
                ++monthsReported;
                const GroupFigures base = r.base();
                QCOMPARE(base.customers, r.baseCustomers);
                QCOMPARE(base.customers, customersSeen.value(r.month)); // each customer in exactly one group
                QCOMPARE(base.revenue, revenueSeen.value(r.month));     // group revenues add up to the total
                qint64 lifeCycleTotal = 0;
                for (const qint64 n : r.lifeCycles)
                    lifeCycleTotal += n;
                QCOMPARE(lifeCycleTotal, r.baseCustomers); // and in exactly one life cycle
            });
    QVERIFY(monthsReported >= months - 1);
}

// The bundled sample shop (6,000 orders, 24 months, seed 7) looks like a small real shop:
// between 20% and 35% of its customers bought again, and its best customer a few dozen times.
void TestSegmentEngine::sampleShopLooksLikeASmallShop()
{
    for (const auto shape : {GeneratorParams::Shape::SmallShop, GeneratorParams::Shape::LongTail}) {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("sample.csv"));
        GeneratorParams generator;
        generator.orders = 6000;
        generator.months = 24;
        generator.seed = 7;
        generator.shape = shape;
        QVERIFY(writeGeneratedShop(csv, generator));
        ScratchStore scratch;
        QVERIFY(scratch.import(csv).ok);
        const OrderHistory history = readHistory(scratch.store());
        qint64 customers = 0, repeat = 0, most = 0;
        SegmentEngine(history, SegmentationParams())
            .snapshots({history.lastMonth()}, [&](MonthIndex, const CustomerSnapshot &s) {
                ++customers;
                repeat += s.orders > 1;
                most = std::max(most, s.orders);
            });
        const double repeatRate = double(repeat) / double(customers);
        if (shape == GeneratorParams::Shape::SmallShop) {
            QVERIFY2(repeatRate >= 0.20 && repeatRate <= 0.35, qPrintable(QString::number(repeatRate)));
            QVERIFY2(most >= 12 && most <= 60, qPrintable(QString::number(most)));
            // Its customers stop buying, as real ones do: BG/NBD finds a dropout, and some are at high risk.
            const auto values =
                Predict::CustomerValues::predict(history, *history.dataDay(), Predict::kDefaultHorizonWeeks, 2);
            QCOMPARE(values.model().frequency.status, Predict::FitStatus::Converged);
            QVERIFY(std::any_of(
                values.predictions().begin(), values.predictions().end(),
                [](const Predict::CustomerPrediction &p) { return p.churnRisk == Predict::ChurnRisk::High; }));
        } else {
            QVERIFY2(repeatRate > 0.5 && most > 200, qPrintable(QStringLiteral("%1 %2").arg(repeatRate).arg(most)));
        }
    }
}

QTEST_GUILESS_MAIN(TestSegmentEngine)
#include "TestSegmentEngine.moc"
