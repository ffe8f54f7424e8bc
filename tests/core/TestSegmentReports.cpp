#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include "TestSupport.h"
#include "core/analysis/Analysis.h"
#include "core/segment/OrderHistory.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/SegmentResultRepository.h"
#include "core/store/SettingsRepository.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

// CSV text as header-keyed rows (the reports' cells hold no commas or quotes).
QList<QHash<QString, QString>> readCsv(const QString &text)
{
    QList<QHash<QString, QString>> rows;
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return rows;
    const QStringList header = lines.takeFirst().split(QLatin1Char(','));
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char(','));
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header.at(i), cells.value(i));
        rows.append(row);
    }
    return rows;
}

QString importWorkedExample(const QString &store)
{
    const CliRun run =
        runCli({"import", "--db", store, "--currency", "EUR", "--map", "order=order", "--map", "customer=customer",
                "--map", "date=date", "--map", "total=total", testData(QStringLiteral("segments/worked_example.csv"))});
    return run.exitCode == 0 ? QString() : run.err;
}

} // namespace

class TestSegmentReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headersAreTheContract();
    void segmentsCsvMatchesEngine();
    void workedExampleThroughTheCli();
    void compareMatrix();
    void customerListsAndStyles();
    void explainNamesTheRule();
    void configRecomputes();
    void importRecomputesOnlyFromItsMonth();
    void onlineRetailDecember2011();
    void partialMonthIsRecomputedWhenTheDataRunsOn();
    void gapMonthsAreComputedAfterALaterImport();
};

void TestSegmentReports::headersAreTheContract()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("shop.patronage"));
    QCOMPARE(importWorkedExample(store), QString());
    QCOMPARE(runCli({"segments", "--db", store}).out.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("month,group,customers,orders,revenue,month_revenue,avg_orders,avg_revenue,"
                            "revenue_share,month_revenue_share"));
    QCOMPARE(runCli({"thresholds", "--db", store}).out.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("month,method,base_customers,repeat_customers,frequent_from,vip_from,vip_min_revenue,"
                            "repurchase_gap_q80,just_ordered,active,slipping_away,lost,guest_orders,guest_revenue"));
    QCOMPARE(
        runCli({"compare", "--db", store, "--from", "2024-01", "--to", "2024-03"}).out.section(QLatin1Char('\n'), 0, 0),
        QStringLiteral("from_group,to_group,customers,revenue"));
    QCOMPARE(runCli({"customers", "--db", store, "--month", "2024-03"}).out.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("customer_key,email,name,group,life_cycle,orders,revenue,first_order,last_order,"
                            "days_since_last_order,p_alive,expected_purchases,predicted_value,churn_risk,r_score,"
                            "f_score,m_score,rfm_code,rfm_group"));
    QCOMPARE(runCli({"customers", "--db", store, "--month", "2024-03", "--one-order-away"})
                 .out.section(QLatin1Char('\n'), 0, 0)
                 .section(QLatin1Char(','), -2),
             QStringLiteral("rfm_group,next_group"));
    QCOMPARE(runCli({"predict", "--db", store, "--model"}).out.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("model,parameter,value"));
    // Spec §15's retention reports.
    QCOMPARE(runCli({"rfm", "--db", store, "--month", "2024-03"}).out.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("month,rfm_group,customers,revenue"));
    QCOMPARE(runCli({"cohorts", "--db", store}).out.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("cohort,size,offset,month,active,retention,revenue,cumulative_revenue_per_customer,"
                            "repeat_rate"));
    QCOMPARE(runCli({"tested", "--db", store, "--month", "2024-01"}).out.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("month,horizon,kind,segment,customers,returned,return_rate,revenue"));
}

void TestSegmentReports::segmentsCsvMatchesEngine()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("shop.csv"));
    GeneratorParams generator;
    generator.orders = 4000;
    generator.months = 14;
    QVERIFY(writeGeneratedShop(csv, generator));
    const QString store = dir.filePath(QStringLiteral("shop.patronage"));
    QCOMPARE(runCli({"import", "--db", store, csv}).exitCode, 0);
    const auto rows = readCsv(runCli({"segments", "--db", store}).out);

    QString error;
    auto opened = openStore(store, Store::OpenMode::ReadOnly, &error);
    QVERIFY(opened);
    const OrderHistory history = readHistory(*opened);
    QList<MonthResult> months;
    SegmentEngine(history, SettingsRepository(*opened).segmentationParams())
        .run(history.firstMonth(), [&](const MonthResult &r) { months.append(r); });
    QCOMPARE(rows.size(), months.size() * kGroupCount);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const MonthResult &m = months.at(i / kGroupCount);
        const GroupFigures &g = m.groups[size_t(i % kGroupCount)];
        QCOMPARE(rows[i].value(QStringLiteral("month")), monthText(m.month));
        QCOMPARE(rows[i].value(QStringLiteral("group")), groupName(LoyaltyGroup(i % kGroupCount)));
        QCOMPARE(rows[i].value(QStringLiteral("customers")).toLongLong(), g.customers);
        QCOMPARE(rows[i].value(QStringLiteral("orders")).toLongLong(), g.orders);
        QCOMPARE(qRound64(rows[i].value(QStringLiteral("revenue")).toDouble() * 100), g.revenue);
        QCOMPARE(qRound64(rows[i].value(QStringLiteral("month_revenue")).toDouble() * 100), g.monthRevenue);
    }
}

void TestSegmentReports::workedExampleThroughTheCli()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("shop.patronage"));
    QCOMPARE(importWorkedExample(store), QString());
    const auto march = readCsv(runCli({"segments", "--db", store, "--from", "2024-03", "--to", "2024-03"}).out);
    QCOMPARE(march.size(), 4);
    QCOMPARE(march[0].value("customers"), QStringLiteral("1"));
    QCOMPARE(march[1].value("group"), QStringLiteral("Loyal Customer"));
    QCOMPARE(march[1].value("customers"), QStringLiteral("3"));
    QCOMPARE(march[1].value("revenue"), QStringLiteral("105.00"));
    QCOMPARE(march[1].value("avg_orders"), QStringLiteral("2.333333"));
    QCOMPARE(march[1].value("avg_revenue"), QStringLiteral("35.00"));
    QCOMPARE(march[1].value("revenue_share"), QStringLiteral("0.381818")); // 105 / 275
    QCOMPARE(march[2].value("customers"), QStringLiteral("1"));
    QCOMPARE(march[3].value("avg_orders"), QString()); // no VIP: empty averages
    const auto thresholds = readCsv(runCli({"thresholds", "--db", store, "--from", "2024-03"}).out);
    QCOMPARE(thresholds.size(), 1);
    QCOMPARE(thresholds[0].value("frequent_from"), QStringLiteral("3.419804"));
    QCOMPARE(thresholds[0].value("vip_from"), QStringLiteral("4.439608"));
    QCOMPARE(thresholds[0].value("vip_min_revenue"), QString());
    QCOMPARE(thresholds[0].value("method"), QStringLiteral("clerk"));

    QCOMPARE(runCli({"config", "--db", store, "--method", "percentile"}).exitCode, 0);
    const auto byPercentile = readCsv(runCli({"thresholds", "--db", store, "--from", "2024-03"}).out);
    QCOMPARE(byPercentile[0].value("frequent_from"), QStringLiteral("3.000000"));
    QCOMPARE(byPercentile[0].value("vip_min_revenue"), QStringLiteral("160.00"));
    const auto groups = readCsv(runCli({"segments", "--db", store, "--from", "2024-03"}).out);
    QCOMPARE(groups[3].value("customers"), QStringLiteral("1"));            // d is a VIP
    QCOMPARE(groups[3].value("revenue_share"), QStringLiteral("0.581818")); // 160 / 275
}

void TestSegmentReports::compareMatrix()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("shop.patronage"));
    QCOMPARE(importWorkedExample(store), QString());
    const auto matrix = readCsv(runCli({"compare", "--db", store, "--from", "2024-01", "--to", "2024-03"}).out);
    QCOMPARE(matrix.size(), 24);
    QHash<QString, QString> cells;
    for (const auto &row : matrix)
        cells.insert(row.value("from_group") + QLatin1String(">") + row.value("to_group"), row.value("customers"));
    // January: a, b, c one order each, d two (Loyal); e not yet a customer.
    QCOMPARE(cells.value("New>Loyal Customer"), QStringLiteral("1"));            // e
    QCOMPARE(cells.value("One Time Buyer>One Time Buyer"), QStringLiteral("1")); // a
    QCOMPARE(cells.value("One Time Buyer>Loyal Customer"), QStringLiteral("2")); // b, c
    QCOMPARE(cells.value("Loyal Customer>Frequent Buyer"), QStringLiteral("1")); // d
    QCOMPARE(cells.value("Loyal Customer>Gone"), QStringLiteral("0"));
    QCOMPARE(runCli({"compare", "--db", store, "--from", "2024-03", "--to", "2024-01"}).exitCode, 2);
}

void TestSegmentReports::customerListsAndStyles()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("shop.patronage"));
    QCOMPARE(runCli({"import", "--db", store, testData(QStringLiteral("formats/shopify_small.csv"))}).exitCode, 0);
    const auto all = readCsv(runCli({"customers", "--db", store, "--month", "2024-03"}).out);
    QCOMPARE(all.size(), 2); // anna and bob have valid orders; cara's only order was cancelled
    QCOMPARE(all[0].value("customer_key"), QStringLiteral("anna@example.com")); // highest revenue first
    QCOMPARE(all[1].value("customer_key"), QStringLiteral("bob@example.com"));
    QCOMPARE(all[1].value("revenue"), QStringLiteral("24.50")); // 40.00 less a 15.50 refund
    QCOMPARE(all[1].value("first_order"), QStringLiteral("2024-01-20"));
    // Counted to the day after the data's last day (spec §4): a guest's order of 2024-03-01.
    QCOMPARE(all[1].value("days_since_last_order"), QStringLiteral("42"));
    QCOMPARE(all[1].value("life_cycle"), QStringLiteral("Active")); // nobody bought twice: no G yet
    QCOMPARE(readCsv(runCli({"customers", "--db", store, "--month", "2024-03", "--search", "ANNA"}).out).size(), 1);
    QCOMPARE(readCsv(runCli({"customers", "--db", store, "--month", "2024-03", "--group", "vip"}).out).size(), 0);

    const QString klaviyo = dir.filePath(QStringLiteral("klaviyo.csv"));
    QCOMPARE(
        runCli({"customers", "--db", store, "--month", "2024-03", "--style", "klaviyo", "--out", klaviyo}).exitCode, 0);
    QFile file(klaviyo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QLatin1String("Email,First Name,Last Name,Patronage Group")));
    QVERIFY(text.contains(QLatin1String("bob@example.com,Bob,Chen,One Time Buyer")));
    const auto hashed = readCsv(runCli({"customers", "--db", store, "--month", "2024-03", "--style", "hashed"}).out);
    QVERIFY(hashed.size() == 2);
    QCOMPARE(hashed[1].value("email_sha256"),
             QString::fromLatin1(QCryptographicHash::hash("bob@example.com", QCryptographicHash::Sha256).toHex()));
    QCOMPARE(runCli({"customers", "--db", store, "--month", "2024-03", "--group", "Platinum"}).exitCode, 2);
}

void TestSegmentReports::explainNamesTheRule()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("shop.patronage"));
    QCOMPARE(importWorkedExample(store), QString());
    const CliRun run = runCli({"explain", "--db", store, "--customer", "d", "--month", "2024-03"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("group Frequent Buyer: F = 3.419804 <= n = 4 < V = 4.439608")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("life cycle Just Ordered")));
    QCOMPARE(runCli({"explain", "--db", store, "--customer", "nobody", "--month", "2024-03"}).exitCode, 1);
}

void TestSegmentReports::configRecomputes()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("shop.patronage"));
    QCOMPARE(importWorkedExample(store), QString());
    QVERIFY(runCli({"config", "--db", store}).out.contains(QLatin1String("method clerk")));
    QCOMPARE(runCli({"config", "--db", store, "--window", "1"}).exitCode, 0);
    const auto months = readCsv(runCli({"thresholds", "--db", store}).out);
    QCOMPARE(months.size(), 3);
    QCOMPARE(months[2].value("base_customers"), QStringLiteral("3")); // c, d, e ordered in March
    QCOMPARE(runCli({"config", "--db", store, "--window", "-2"}).exitCode, 2);
    QCOMPARE(runCli({"config", "--db", store, "--method", "magic"}).exitCode, 2);
}

// An import marks results stale only from the earliest month it touched.
void TestSegmentReports::importRecomputesOnlyFromItsMonth()
{
    ScratchStore scratch;
    QVERIFY(scratch.import(workedExampleFile(), workedExampleOptions()).ok);
    auto refresh = [&scratch] { return Analysis::refresh(scratch.store()); };
    auto recomputed = [](const Result<bool> &refreshed) { return *refreshed; };
    Result<bool> refreshed = refresh();
    QVERIFY(refreshed);
    QVERIFY(recomputed(refreshed));
    refreshed = refresh();
    QVERIFY(refreshed);
    QVERIFY(!recomputed(refreshed)); // nothing stale: opening needs no recomputation
    QVERIFY(scratch.import(testData(QStringLiteral("formats/lines_small.csv"))).ok); // December 2010
    QCOMPARE(*SettingsRepository(scratch.store()).value(Setting::SegmentsStaleFrom), QString::number(2010 * 12 + 11));
    refreshed = refresh();
    QVERIFY(refreshed);
    QVERIFY(recomputed(refreshed));
    QCOMPARE(SegmentResultRepository(scratch.store()).read(2010 * 12 + 11, 2010 * 12 + 11)->size(), 1);
}

// An import whose orders start months after the stored results end: the
// quiet months between are computed too.
void TestSegmentReports::gapMonthsAreComputedAfterALaterImport()
{
    ScratchStore scratch;
    QVERIFY(scratch.import(workedExampleFile(), workedExampleOptions()).ok); // 2024-01..03
    QVERIFY(Analysis::refresh(scratch.store()));
    QTemporaryDir dir;
    QFile later(dir.filePath(QStringLiteral("june.csv")));
    QVERIFY(later.open(QIODevice::WriteOnly));
    later.write("order,customer,date,total\nF1,f,2024-06-10,12.00\n");
    later.close();
    QVERIFY(scratch.import(later.fileName(), workedExampleOptions()).ok);
    QVERIFY(Analysis::refresh(scratch.store()));
    const QList<MonthResult> months = *SegmentResultRepository(scratch.store()).read(2024 * 12, 2024 * 12 + 11);
    QCOMPARE(months.size(), 6); // January to June, April and May included
    QCOMPARE(months[4].baseCustomers, 5);
}

void TestSegmentReports::onlineRetailDecember2011()
{
    const QString path = sharedData(QStringLiteral("online-retail/online_retail_2010_2011.csv"));
    SKIP_WITHOUT_SHARED_DATA(path);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("uci.patronage"));
    QCOMPARE(runCli({"import", "--db", store, "--currency", "GBP", path}).exitCode, 0);
    const CliRun run = runCli({"segments", "--db", store, "--from", "2011-12", "--to", "2011-12"});
    QCOMPARE(run.exitCode, 0);
    const auto rows = readCsv(run.out);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].value("customers"), QStringLiteral("1494"));
    QCOMPARE(rows[1].value("customers"), QStringLiteral("2560"));
    QCOMPARE(rows[2].value("customers"), QStringLiteral("178"));
    QCOMPARE(rows[3].value("customers"), QStringLiteral("107"));
    const auto months = readCsv(runCli({"thresholds", "--db", store}).out);
    QCOMPARE(months.size(), 13);
    // The data ends on 2011-12-09: December's days are counted to the 10th (spec §4).
    QCOMPARE(months.last().value("just_ordered"), QStringLiteral("1572"));
    QCOMPARE(months.last().value("active"), QStringLiteral("1509"));
    QCOMPARE(months.last().value("slipping_away"), QStringLiteral("584"));
    QCOMPARE(months.last().value("lost"), QStringLiteral("674"));
    // Nobody who bought in December is Slipping Away: those of the 1st are 9 days from the 10th.
    const auto december = readCsv(runCli({"customers", "--db", store, "--month", "2011-12"}).out);
    int firstOfDecember = 0;
    for (const auto &customer : december) {
        if (customer.value("last_order") == QLatin1String("2011-12-01")) {
            ++firstOfDecember;
            QCOMPARE(customer.value("days_since_last_order"), QStringLiteral("9"));
            QCOMPARE(customer.value("life_cycle"), QStringLiteral("Just Ordered"));
        }
    }
    QVERIFY(firstOfDecember > 0);
}

// Once an import runs the data past a partial month, that month counts its
// days to its end again: the same figures as a store made at once.
void TestSegmentReports::partialMonthIsRecomputedWhenTheDataRunsOn()
{
    QTemporaryDir dir;
    auto write = [&dir](const char *name, const QByteArray &rows) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        file.open(QIODevice::WriteOnly);
        file.write("order,customer,date,total\n" + rows);
        return file.fileName();
    };
    const QString march = write("march.csv", "1,a,2024-02-01,10.00\n2,a,2024-03-01,10.00\n3,b,2024-03-09,5.00\n");
    const QString april = write("april.csv", "4,c,2024-04-20,7.00\n");
    const QStringList map = {"--map",     "order=order", "--map",       "customer=customer", "--map",
                             "date=date", "--map",       "total=total", "--currency",        "EUR"};
    const QString stepwise = dir.filePath(QStringLiteral("stepwise.patronage"));
    QCOMPARE(runCli(QStringList{"import", "--db", stepwise, march} + map).exitCode, 0);
    const auto before = readCsv(runCli({"thresholds", "--db", stepwise, "--from", "2024-03", "--to", "2024-03"}).out);
    QCOMPARE(before.first().value("just_ordered"), QStringLiteral("2")); // counted to 2024-03-10
    QCOMPARE(runCli(QStringList{"import", "--db", stepwise, april} + map).exitCode, 0);
    const QString atOnce = dir.filePath(QStringLiteral("at-once.patronage"));
    QCOMPARE(runCli(QStringList{"import", "--db", atOnce, march, april} + map).exitCode, 0);
    const QString stepwiseThresholds = runCli({"thresholds", "--db", stepwise}).out;
    QCOMPARE(stepwiseThresholds, runCli({"thresholds", "--db", atOnce}).out);
    const auto after = readCsv(runCli({"thresholds", "--db", stepwise, "--from", "2024-03", "--to", "2024-03"}).out);
    QCOMPARE(after.first().value("just_ordered"), QStringLiteral("1")); // counted to 2024-04-01: b only
}

QTEST_GUILESS_MAIN(TestSegmentReports)
#include "TestSegmentReports.moc"
