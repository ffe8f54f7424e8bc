#include <QFile>
#include <QTest>

#include "TestSupport.h"
#include "core/report/CustomerQuery.h"
#include "core/retention/Cohorts.h"
#include "core/retention/GroupsTested.h"
#include "core/retention/Rfm.h"
#include "core/segment/SegmentEngine.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

MonthIndex month(const char *text)
{
    MonthIndex m = 0;
    parseMonthText(QString::fromLatin1(text), &m);
    return m;
}

// A store of \a csv (order,customer,date,total; a negative total is a credit note).
class Shop
{
public:
    explicit Shop(const char *csv)
    {
        const QString file = m_dir.filePath(QStringLiteral("orders.csv"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) < 0)
            qFatal("cannot write %s", qPrintable(file));
        out.close();
        if (!m_scratch.import(file, workedExampleOptions()).ok)
            qFatal("cannot import %s", qPrintable(file));
        m_input = SegmentInput::whole(readHistory(m_scratch.store()));
    }
    Store &store() { return m_scratch.store(); }
    QString path() const { return m_scratch.path(); }
    const SegmentInput &input() const { return m_input; }
    const OrderHistory &history() const { return *m_input.history; }
    /// The base at \a at.
    std::vector<CustomerSnapshot> base(MonthIndex at, const SegmentationParams &params = {}) const
    {
        std::vector<CustomerSnapshot> snapshots;
        SegmentEngine(m_input, params).snapshots({at}, [&](MonthIndex, const CustomerSnapshot &s) {
            snapshots.push_back(s);
        });
        return snapshots;
    }
    /// The customers of a query, by key.
    QMap<QString, CustomerRow> customers(const CustomerQuery &query, const SegmentationParams &params = {})
    {
        const Result<CustomerList> list = findCustomers(store(), m_input, params, query);
        if (!list)
            qFatal("no list");
        QMap<QString, CustomerRow> rows;
        for (qsizetype i = 0; i < list->size(); ++i)
            rows.insert(list->row(i).key, list->row(i));
        return rows;
    }

private:
    QTemporaryDir m_dir;
    ScratchStore m_scratch;
    SegmentInput m_input;
};

CustomerQuery atMonth(const char *text)
{
    CustomerQuery query;
    query.month = month(text);
    return query;
}

const CohortCell *cellAt(const QList<CohortCell> &cells, const char *cohort, int offset)
{
    for (const CohortCell &c : cells) {
        if (c.cohort == month(cohort) && c.offset == offset)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfmScoresRankWithTies();
    void rfmGroupsFollowTheTable();
    void cohortsCountDaysCreditNotesAndRepeats();
    void testedHorizonStopsAtTheData();
    void oneOrderAwayMaySkipAGroup();
    void percentileVipHeldBackByRevenue();
    void invariantsOnAGeneratedShop();
    void cliReportsReadBack();
};

// Spec §11: w = customers strictly worse, score = 1 + floor(5 w / k); equal values, equal scores.
void TestRetention::rfmScoresRankWithTies()
{
    Shop shop("order,customer,date,total\n"
              "A1,a,2024-03-10,10.00\n"
              "B1,b,2024-03-10,10.00\n"
              "C1,c,2024-01-05,20.00\nC2,c,2024-03-20,20.00\n"
              "D1,d,2024-01-02,30.00\nD2,d,2024-02-02,30.00\nD3,d,2024-02-20,30.00\n");
    // D = 2024-03-20: days are counted to 2024-03-21 (spec §4): a, b 11 days; c 1; d 30.
    const QMap<QString, CustomerRow> rows = shop.customers(atMonth("2024-03"));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows["a"].rfm->code(), QStringLiteral("211"));
    QCOMPARE(rows["b"].rfm->code(), QStringLiteral("211")); // a's twin: the same scores
    QCOMPARE(rows["c"].rfm->code(), QStringLiteral("433"));
    QCOMPARE(rows["d"].rfm->code(), QStringLiteral("144"));
    QCOMPARE(rows["a"].rfm->group, RfmGroup::AlmostLost);      // R 2, FM 1
    QCOMPARE(rows["c"].rfm->group, RfmGroup::Active);          // R 4, FM 3
    QCOMPARE(rows["d"].rfm->group, RfmGroup::PreviouslyLoyal); // R 1, FM ceil(8/2) = 4
    // All equal: everyone scores 1 (nobody is worse).
    Shop same("order,customer,date,total\nA1,a,2024-03-10,10.00\nB1,b,2024-03-10,10.00\n");
    for (const CustomerRow &row : same.customers(atMonth("2024-03")))
        QCOMPARE(row.rfm->code(), QStringLiteral("111"));
}

void TestRetention::rfmGroupsFollowTheTable()
{
    QCOMPARE(Rfm::groupOf(5, 5), RfmGroup::Champions);
    QCOMPARE(Rfm::groupOf(5, 1), RfmGroup::New);
    QCOMPARE(Rfm::groupOf(4, 2), RfmGroup::Promising);
    QCOMPARE(Rfm::groupOf(3, 5), RfmGroup::Loyal);
    QCOMPARE(Rfm::groupOf(3, 2), RfmGroup::NeedsAttention);
    QCOMPARE(Rfm::groupOf(2, 3), RfmGroup::NeedsAttention);
    QCOMPARE(Rfm::groupOf(2, 4), RfmGroup::AtRisk);
    QCOMPARE(Rfm::groupOf(1, 3), RfmGroup::AlmostLost);
    QCOMPARE(Rfm::groupOf(1, 5), RfmGroup::PreviouslyLoyal);
    QCOMPARE(Rfm::groupOf(1, 1), RfmGroup::Dormant);
    RfmScore score;
    score.frequency = 4;
    score.monetary = 1;
    QCOMPARE(score.frequencyMonetary(), 3); // ceil(5 / 2)
    RfmGroup parsed;
    QVERIFY(parseRfmGroupName(QStringLiteral("needs-attention"), &parsed) && parsed == RfmGroup::NeedsAttention);
    QVERIFY(!parseRfmGroupName(QStringLiteral("VIP"), &parsed));
}

// Spec §12: a second order on the first day is no repeat; a credit note counts in its month from the
// cohort's month on (one before the first order counts nowhere); revenue is not floored.
void TestRetention::cohortsCountDaysCreditNotesAndRepeats()
{
    Shop shop("order,customer,date,total\n"
              "X1,x,2024-01-05,10.00\nX2,x,2024-01-05,10.00\nX3,x,2024-03-10,10.00\n"
              "Y1,y,2024-01-20,20.00\nY2,y,2024-01-25,-5.00\nY3,y,2024-02-10,-30.00\n"
              "Z0,z,2024-01-30,-7.00\nZ1,z,2024-02-03,15.00\n");
    const QList<CohortCell> cells = Cohorts::compute(shop.history(), month("2024-01"), month("2024-12"));
    QCOMPARE(cells.size(), 3 + 2); // January: offsets 0..2; February: 0..1
    const CohortCell *january = cellAt(cells, "2024-01", 0);
    QVERIFY(january);
    QCOMPARE(january->size, 2);
    QCOMPARE(january->active, 2);
    QCOMPARE(january->retention(), 1.0);
    QCOMPARE(january->revenue, 3500); // 10 + 10 + 20 - 5
    QCOMPARE(january->repeated, 0);   // x's second order is on its first day
    const CohortCell *february = cellAt(cells, "2024-01", 1);
    QCOMPARE(february->active, 0);
    QCOMPARE(february->revenue, -3000); // a month of returns: negative
    QCOMPARE(february->cumulativeRevenue, 500);
    const CohortCell *march = cellAt(cells, "2024-01", 2);
    QCOMPARE(march->active, 1);
    QCOMPARE(march->repeated, 1); // x's second purchase day, in March
    QCOMPARE(march->repeatRate(), 0.5);
    QCOMPARE(march->cumulativeRevenue, 1500);
    QCOMPARE(march->returnedSoFar, 1);
    const CohortCell *z = cellAt(cells, "2024-02", 0);
    QCOMPARE(z->size, 1);
    QCOMPARE(z->revenue, 1500); // z's January credit note is before its cohort
    // A credit note after the last month with an order has no cell: it counts nowhere.
    Shop late("order,customer,date,total\nA1,a,2024-01-05,10.00\nB1,b,2024-02-05,10.00\nA2,a,2024-04-10,-4.00\n");
    const QList<CohortCell> lateCells = Cohorts::compute(late.history(), month("2024-01"), month("2024-01"));
    QCOMPARE(lateCells.size(), 2); // January's cohort: offsets 0 and 1, to February
    QCOMPARE(lateCells.last().cumulativeRevenue, 1000);
    // A cell's customers: January's cohort active in March.
    const std::vector<bool> members = Cohorts::members(shop.history(), month("2024-01"), 2);
    QCOMPARE(std::count(members.begin(), members.end(), true), 1);
}

// Spec §13: the horizon counts only months with data; a net-0 order returns, a credit note alone does not.
void TestRetention::testedHorizonStopsAtTheData()
{
    Shop shop("order,customer,date,total\n"
              "A1,a,2024-01-10,10.00\nA2,a,2024-03-05,0.00\n"
              "B1,b,2024-01-12,20.00\nB2,b,2024-03-06,-5.00\n"
              "C1,c,2024-02-10,30.00\nC2,c,2024-03-01,30.00\n");
    const GroupsTested tested = Retention::testGroups(shop.input(), SegmentationParams(), month("2024-01"), 6);
    QCOMPARE(tested.horizon, 2); // February and March: the data ends there
    qint64 customers = 0, returned = 0, revenue = 0;
    for (const TestedSegment &s : tested.segments) {
        if (s.kind == TestedSegment::Kind::Group) {
            customers += s.customers;
            returned += s.returned;
            revenue += s.revenue;
        }
    }
    QCOMPARE(customers, 2); // a and b; c joined later
    QCOMPARE(returned, 1);  // a's order of 0.00 counts, b's credit note does not
    QCOMPARE(revenue, -500);
    const GroupsTested last = Retention::testGroups(shop.input(), SegmentationParams(), month("2024-03"), 3);
    QCOMPARE(last.horizon, 0);
    QCOMPARE(last.segments.size(), kGroupCount + kLifeCycleCount + kRfmGroupCount);
}

// Spec §14: nine Loyal Customers with 3 orders while F = 3.2 and V = 4: one more order makes each a VIP.
void TestRetention::oneOrderAwayMaySkipAGroup()
{
    QByteArray csv = "order,customer,date,total\n";
    for (int c = 0; c < 9; ++c) {
        for (int o = 0; o < 3; ++o)
            csv += QByteArray("O") + QByteArray::number(c) + "-" + QByteArray::number(o) + ",c" + QByteArray::number(c)
                + ",2024-0" + QByteArray::number(o + 1) + "-1" + QByteArray::number(c) + ",10.00\n";
    }
    csv += "T1,two,2024-01-05,10.00\nT2,two,2024-02-05,10.00\n";
    Shop shop(csv.constData());
    CustomerQuery query = atMonth("2024-03");
    query.oneOrderAway = true;
    const QMap<QString, CustomerRow> away = shop.customers(query);
    QCOMPARE(away.size(), 9); // "two" would have 3 orders: still under F
    for (const CustomerRow &row : away) {
        QCOMPARE(row.snapshot.group, LoyaltyGroup::LoyalCustomer);
        QCOMPARE(*row.nextGroup, LoyaltyGroup::Vip);
    }
}

// Percentile: a customer whose next order reaches V but whose revenue stays under W is only a
// Frequent Buyer next; one already Frequent for want of revenue is no order away.
void TestRetention::percentileVipHeldBackByRevenue()
{
    QByteArray csv = "order,customer,date,total\n";
    const auto orders = [&csv](const char *customer, int count, const char *amount) {
        for (int o = 0; o < count; ++o)
            csv += QByteArray(customer) + "-" + QByteArray::number(o) + "," + customer + ",2024-0"
                + QByteArray::number(1 + o % 3) + "-" + QByteArray::number(10 + o) + "," + amount + "\n";
    };
    for (const char *c : {"r1", "r2", "r3", "r4"})
        orders(c, 2, "50.00");
    orders("r5", 3, "50.00");
    orders("r6", 3, "50.00");
    orders("poor4", 4, "1.00");
    orders("poor5", 5, "1.00");
    orders("rich5", 5, "90.00");
    orders("rich6", 6, "90.00");
    Shop shop(csv.constData());
    SegmentationParams params;
    params.method = SegmentationParams::Method::Percentile;
    CustomerQuery query = atMonth("2024-03");
    query.oneOrderAway = true;
    const QMap<QString, CustomerRow> away = shop.customers(query, params);
    // Repeat orders [2,2,2,2,3,3,4,5,5,6]: F = V = 5 (nearest rank); W = the 90th percentile of revenue.
    QVERIFY(away.contains(QStringLiteral("poor4")));
    QCOMPARE(*away["poor4"].nextGroup, LoyaltyGroup::FrequentBuyer);
    QVERIFY(!away.contains(QStringLiteral("poor5"))); // Frequent; more orders alone never make a VIP
    QVERIFY(!away.contains(QStringLiteral("rich6"))); // VIP already

    // Nobody has bought twice: F, V and W are undefined, and each One Time Buyer is one order from Loyal.
    Shop first("order,customer,date,total\nA1,a,2024-01-05,10.00\nB1,b,2024-02-05,20.00\n");
    CustomerQuery february = atMonth("2024-02");
    february.oneOrderAway = true;
    const QMap<QString, CustomerRow> firstAway = first.customers(february, params);
    QCOMPARE(firstAway.size(), 2);
    QCOMPARE(*firstAway["a"].nextGroup, LoyaltyGroup::LoyalCustomer);
}

// Invariants on a generated shop: each base customer in one RFM group; cohort sizes add up to the
// customers; retention 1 at offset 0; tested segments add up to the base.
void TestRetention::invariantsOnAGeneratedShop()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("shop.csv"));
    GeneratorParams generator;
    generator.orders = 4000;
    generator.months = 18;
    QVERIFY(writeGeneratedShop(csv, generator));
    ScratchStore scratch;
    QVERIFY(scratch.import(csv).ok);
    const SegmentInput input = SegmentInput::whole(readHistory(scratch.store()));
    const OrderHistory &history = *input.history;
    for (const MonthIndex at : {history.firstMonth() + 5, history.lastMonth()}) {
        std::vector<CustomerSnapshot> base;
        SegmentEngine(input, SegmentationParams()).snapshots({at}, [&](MonthIndex, const CustomerSnapshot &s) {
            base.push_back(s);
        });
        const auto figures = Rfm::groupFigures(base, Rfm::score(base));
        qint64 customers = 0, revenue = 0, baseRevenue = 0;
        for (const Rfm::GroupFigures &g : figures) {
            customers += g.customers;
            revenue += g.revenue;
        }
        for (const CustomerSnapshot &s : base)
            baseRevenue += s.revenue;
        QCOMPARE(customers, qint64(base.size()));
        QCOMPARE(revenue, baseRevenue);
        const GroupsTested tested = Retention::testGroups(input, SegmentationParams(), at, 3);
        for (const auto kind :
             {TestedSegment::Kind::Group, TestedSegment::Kind::LifeCycle, TestedSegment::Kind::RfmGroup}) {
            qint64 sum = 0;
            for (const TestedSegment &s : tested.segments) {
                if (s.kind == kind) {
                    sum += s.customers;
                    QVERIFY(s.returned <= s.customers);
                }
            }
            QCOMPARE(sum, qint64(base.size()));
        }
    }
    const QList<CohortCell> cells = Cohorts::compute(history, history.firstMonth(), history.lastMonth());
    qint64 sizes = 0;
    for (const CohortCell &c : cells) {
        if (c.offset == 0) {
            sizes += c.size;
            QCOMPARE(c.retention(), 1.0);
        }
        QVERIFY(c.active <= c.size && c.repeated <= c.size);
        QCOMPARE(c.month(), c.cohort + c.offset);
    }
    std::vector<CustomerSnapshot> everyone;
    SegmentEngine(input, SegmentationParams())
        .snapshots({history.lastMonth()}, [&](MonthIndex, const CustomerSnapshot &s) { everyone.push_back(s); });
    QCOMPARE(sizes, qint64(everyone.size())); // every customer with a valid order, in one cohort
}

// The command line prints what the core works out, in spec §15's columns.
void TestRetention::cliReportsReadBack()
{
    Shop shop("order,customer,date,total\n"
              "A1,a,2024-01-10,10.00\nA2,a,2024-03-05,0.00\n"
              "B1,b,2024-01-12,20.00\nB2,b,2024-03-06,-5.00\n"
              "C1,c,2024-02-10,30.00\nC2,c,2024-03-01,30.00\n");
    const QString store = shop.path();
    const CliRun rfm = runCli({"rfm", "--db", store, "--month", "2024-03"});
    QCOMPARE(rfm.exitCode, 0);
    QCOMPARE(rfm.out.count(QLatin1Char('\n')), 1 + kRfmGroupCount);
    const CliRun tested = runCli({"tested", "--db", store, "--month", "2024-01", "--horizon", "6"});
    QVERIFY2(tested.out.contains(QLatin1String("2024-01,2,group,One Time Buyer,2,1,0.500000,-5.00")),
             qPrintable(tested.out));
    const CliRun cohorts = runCli({"cohorts", "--db", store, "--from", "2024-02"});
    QVERIFY2(cohorts.out.contains(QLatin1String("2024-02,1,0,2024-02,1,1.000000,30.00,30.00,0.000000")),
             qPrintable(cohorts.out));
    QVERIFY2(cohorts.out.contains(QLatin1String("2024-02,1,1,2024-03,1,1.000000,30.00,60.00,1.000000")),
             qPrintable(cohorts.out));
    QVERIFY(!cohorts.out.contains(QLatin1String("\n2024-01,"))); // --from leaves January out
    const CliRun away = runCli({"customers", "--db", store, "--month", "2024-03", "--one-order-away"});
    QCOMPARE(away.exitCode, 0);
    QVERIFY(away.out.section(QLatin1Char('\n'), 0, 0).endsWith(QLatin1String(",next_group")));
    QCOMPARE(runCli({"customers", "--db", store, "--month", "2024-03", "--rfm-group", "nonsense"}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
