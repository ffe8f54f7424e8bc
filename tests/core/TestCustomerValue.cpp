// Customer value from a store (spec §10): the calibration summary by hand, the
// predictions and the back-test against their formulas, shops where a fit has no
// interior maximum or nothing to predict, every real export, and the CLI's
// reports read back.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "TestSupport.h"
#include "core/analysis/ValueAnalysis.h"
#include "core/calendar/Calendar.h"
#include "core/predict/CustomerValue.h"
#include "core/segment/OrderHistory.h"

using namespace Patronage;
using namespace Patronage::Predict;
using namespace Patronage::Testing;

namespace {

OrderHistory::Event order(qint32 customer, int year, int month, int day, qint64 amount, int hour = 12)
{
    const qint64 d = daysFromCivil(year, month, day);
    return {d * 86400 + hour * 3600, amount, customer, qint16(monthOfDay(d)), false};
}

OrderHistory::Event creditNote(qint32 customer, int year, int month, int day, qint64 amount)
{
    OrderHistory::Event e = order(customer, year, month, day, amount);
    e.creditNote = true;
    return e;
}

// A CSV of "order,customer,date,total" rows imported into a fresh store by the CLI.
QString importRows(const QTemporaryDir &dir, const QStringList &rows)
{
    const QString csv = dir.filePath(QStringLiteral("orders.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("order,customer,date,total\n");
    for (const QString &row : rows)
        file.write(row.toUtf8() + '\n');
    file.close();
    const QString store = dir.filePath(QStringLiteral("shop.patronage"));
    const CliRun run = runCli({"import", "--db", store, "--currency", "EUR", "--map", "order=order", "--map",
                               "customer=customer", "--map", "date=date", "--map", "total=total", csv});
    return run.exitCode == 0 ? store : QString();
}

// The rows of a CSV report, split (none of these reports quotes a cell).
QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows.append(line.split(QLatin1Char(',')));
    return rows;
}

QMap<QString, QString> modelOf(const QString &store, const QStringList &extra = {})
{
    QMap<QString, QString> model;
    const CliRun run = runCli(QStringList{"predict", "--db", store, "--model"} + extra);
    for (const QStringList &row : csvRows(run.out).mid(1))
        model.insert(row.value(0) + QLatin1Char('.') + row.value(1), row.value(2));
    return model;
}

// Every figure of a predict report is finite, in range and never negative.
void verifyCustomerReport(const QString &text)
{
    const QList<QStringList> rows = csvRows(text);
    QVERIFY(rows.size() > 1);
    QCOMPARE(rows.first().join(QLatin1Char(',')),
             QStringLiteral("customer_key,x,t_x,T,m,p_alive,expected_purchases,expected_value,predicted_value,"
                            "churn_risk"));
    double previousValue = std::numeric_limits<double>::infinity();
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), 10);
        for (int column : {1, 2, 3, 5, 6, 7, 8}) {
            bool ok = false;
            const double v = row[column].toDouble(&ok);
            QVERIFY2(ok && std::isfinite(v) && v >= 0.0, qPrintable(row.join(QLatin1Char(','))));
        }
        QVERIFY(row[5].toDouble() <= 1.0);
        QVERIFY(row[9] == QLatin1String("Low") || row[9] == QLatin1String("Medium") || row[9] == QLatin1String("High"));
        QVERIFY(row[8].toDouble() <= previousValue); // highest predicted value first
        previousValue = row[8].toDouble();
    }
}

} // namespace

class TestCustomerValue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void calibrationByHand();
    void predictionsFollowTheModel();
    void backtestCountsByHand();
    void shopsWithoutAnInteriorMaximum_data();
    void shopsWithoutAnInteriorMaximum();
    void cliReportsReadBack();
    void customerListCarriesPredictions();
    void everySharedExportPredicts();
    void onlineRetailAtSeptember();
    void cdnowGivesThePublishedFits();
};

void TestCustomerValue::calibrationByHand()
{
    // Customer 0: 2024-01-01 (two orders: one purchase day), 01-08, 01-22, and one after A.
    // Customer 1: one day only, plus a credit note. Customer 2: first buys after A. A guest.
    std::vector<OrderHistory::Event> events = {
        order(0, 2024, 1, 1, 1000, 9),    order(0, 2024, 1, 1, 500, 18), order(0, 2024, 1, 8, 2000),
        order(0, 2024, 1, 22, 4000),      order(0, 2024, 3, 1, 9999),    order(1, 2024, 1, 15, 700),
        creditNote(1, 2024, 1, 20, -700), order(2, 2024, 3, 5, 100),     order(-1, 2024, 1, 3, 5000)};
    const OrderHistory history = OrderHistory::fromEvents(std::move(events), 3);
    const qint64 asOf = daysFromCivil(2024, 1, 29);
    const Calibration calibration = Calibration::at(history, asOf, 2);
    QCOMPARE(calibration.customers().size(), size_t(2));
    const CustomerCalibration *anna = calibration.find(0);
    QVERIFY(anna);
    QCOMPARE(anna->x, 2);                      // Jan 8 and Jan 22 after the first day
    QCOMPARE(anna->tx(), 21.0 / 7.0);          // Jan 1 to Jan 22
    QCOMPARE(anna->T(asOf), 28.0 / 7.0);       // Jan 1 to Jan 29
    QCOMPARE(anna->repeatValue, qint64(6000)); // the first day's 15.00 is not a repeat purchase
    QCOMPARE(calibration.meanRepeatValue(*anna), 30.0);
    const CustomerCalibration *ben = calibration.find(1);
    QVERIFY(ben);
    QCOMPARE(ben->x, 0);
    QCOMPARE(ben->T(asOf), 14.0 / 7.0);
    QCOMPARE(calibration.meanRepeatValue(*ben), 0.0);
    QVERIFY(!calibration.find(2));
    QCOMPARE(calibration.frequencyGroups().size(), size_t(2));
    QCOMPARE(calibration.valueGroups().size(), size_t(1));
    QCOMPARE(calibration.valueGroups().front().m, 30.0);
    QCOMPARE(calibration.repeatCustomers(), 1LL);
}

void TestCustomerValue::predictionsFollowTheModel()
{
    const QString file = sharedData(QStringLiteral("online-retail/online_retail_2010_2011.csv"));
    SKIP_WITHOUT_SHARED_DATA(file);
    ScratchStore scratch;
    QVERIFY(scratch.import(file).ok);
    const OrderHistory history = readHistory(scratch.store());
    const Result<CustomerValues> values = ValueAnalysis::predict(history, std::nullopt, 26.0, 2);
    QVERIFY(values);
    QVERIFY(values->model().hasPrediction());
    QCOMPARE(values->calibration().asOfDay(), *history.dataDay());
    const ValueModel &model = values->model();
    for (size_t i = 0; i < values->predictions().size(); ++i) {
        const CustomerCalibration &c = values->calibration().customers()[i];
        const CustomerPrediction &p = values->predictions()[i];
        const double T = c.T(values->calibration().asOfDay());
        QCOMPARE(p.customer, c.customer);
        QCOMPARE(p.probabilityAlive, model.frequency.probabilityAlive(c.x, c.tx(), T));
        QCOMPARE(p.expectedPurchases, model.frequency.expectedPurchases(c.x, c.tx(), T, 26.0));
        QCOMPARE(p.expectedValue, model.value.expectedValue(c.x, values->calibration().meanRepeatValue(c)));
        QCOMPARE(p.predictedValue, qint64(std::llround(p.expectedPurchases * p.expectedValue * 100.0)));
        QCOMPARE(p.churnRisk, churnRiskOf(p.probabilityAlive));
    }
    // Bit for bit the same from the same history.
    const Result<CustomerValues> again = ValueAnalysis::predict(history, std::nullopt, 26.0, 2);
    QCOMPARE(again->model().frequency.r, model.frequency.r);
    QCOMPARE(again->predictions().back().predictedValue, values->predictions().back().predictedValue);
}

void TestCustomerValue::backtestCountsByHand()
{
    // Twelve customers buy on days 1 and 3 of January 2024 (A = Jan 10); after A, customer k
    // buys again on Jan 10 + k (twice on the same day for k = 2: one purchase day).
    std::vector<OrderHistory::Event> events;
    for (qint32 c = 0; c < 12; ++c) {
        events.push_back(order(c, 2024, 1, 1, 1000));
        events.push_back(order(c, 2024, 1, 3 + c % 5, 1000 + 100 * c));
    }
    for (qint32 c = 0; c < 12; ++c)
        events.push_back(order(c, 2024, 1, 11 + c, 500));
    events.push_back(order(2, 2024, 1, 13, 500, 20));
    events.push_back(order(20, 2024, 1, 12, 500)); // a new customer: not in the back-test
    const OrderHistory history = OrderHistory::fromEvents(std::move(events), 21);
    const qint64 asOf = daysFromCivil(2024, 1, 10);
    const Backtest test = backtest(history, asOf, asOf + 16, 2);
    QVERIFY(test.model.frequency.hasPrediction());
    QCOMPARE(test.customers, 12LL);
    QCOMPARE(test.weeks.size(), size_t(3)); // 16 days: two weeks and two days
    // Days 11..17 hold customers 0..6, 18..24 customers 7..11, 25..26 none.
    QCOMPARE(test.weeks[0].actual, 7LL);
    QCOMPARE(test.weeks[1].actual, 12LL);
    QCOMPARE(test.weeks[2].actual, 12LL);
    const Calibration calibration = Calibration::at(history, asOf, 2);
    double predicted = 0.0;
    for (const CustomerCalibration &c : calibration.customers())
        predicted += test.model.frequency.expectedPurchases(c.x, c.tx(), c.T(asOf), 16.0 / 7.0);
    QVERIFY(std::fabs(test.weeks[2].predicted - predicted) <= 1e-9 * predicted);
    QVERIFY(test.weeks[0].predicted < test.weeks[1].predicted);
}

void TestCustomerValue::shopsWithoutAnInteriorMaximum_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("expected"); // "none", "any" fit, or the Gamma-Gamma limit's p and gamma
    QStringList oneRepeat;
    for (int c = 0; c < 30; ++c)
        oneRepeat << QStringLiteral("O%1,c%1,2024-01-%2,%3.00").arg(c).arg(1 + c % 28).arg(10 + c);
    oneRepeat << QStringLiteral("R1,c0,2024-02-10,15.00");
    QTest::newRow("one repeat customer") << oneRepeat << QStringLiteral("none");
    QStringList oneDay;
    for (int c = 0; c < 30; ++c)
        oneDay << QStringLiteral("O%1,c%1,2024-03-05,%2.00").arg(c).arg(10 + c);
    QTest::newRow("all orders on one day") << oneDay << QStringLiteral("none");
    // Every customer repeats, each always spending the same, some more than others.
    QStringList sameEach;
    for (int c = 0; c < 40; ++c) {
        for (int k = 0; k <= 1 + c % 4; ++k)
            sameEach << QStringLiteral("S%1-%2,c%1,2024-%3-%4,%5.00")
                            .arg(c)
                            .arg(k)
                            .arg(1 + k * 2, 2, 10, QLatin1Char('0'))
                            .arg(1 + c % 27, 2, 10, QLatin1Char('0'))
                            .arg(20 + 3 * c);
    }
    QTest::newRow("all repeat customers, each the same every time") << sameEach << QStringLiteral("any");
    // Every order of the same value.
    QStringList sameValue;
    for (int c = 0; c < 40; ++c) {
        for (int k = 0; k <= c % 3; ++k)
            sameValue << QStringLiteral("V%1-%2,c%1,2024-%3-%4,25.00")
                             .arg(c)
                             .arg(k)
                             .arg(1 + k * 3, 2, 10, QLatin1Char('0'))
                             .arg(1 + c % 27, 2, 10, QLatin1Char('0'));
    }
    QTest::newRow("every order of the same value") << sameValue << QStringLiteral("inf,inf");
}

void TestCustomerValue::shopsWithoutAnInteriorMaximum()
{
    QFETCH(QStringList, rows);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString store = importRows(dir, rows);
    QVERIFY(!store.isEmpty());
    const QMap<QString, QString> model = modelOf(store);
    const CliRun customers = runCli({"predict", "--db", store});
    if (expected == QLatin1String("none")) {
        QCOMPARE(model.value(QStringLiteral("bgnbd.status")), QStringLiteral("none"));
        QCOMPARE(customers.exitCode, 1);
        QVERIFY2(customers.err.contains(QLatin1String("not enough repeat purchases to predict")),
                 qPrintable(customers.err));
        return;
    }
    QCOMPARE(customers.exitCode, 0);
    verifyCustomerReport(customers.out);
    if (expected == QLatin1String("any"))
        return;
    QCOMPARE(model.value(QStringLiteral("gammagamma.status")), QStringLiteral("boundary"));
    QCOMPARE(model.value(QStringLiteral("gammagamma.p")) + QLatin1Char(',')
                 + model.value(QStringLiteral("gammagamma.gamma")),
             expected);
    if (expected == QLatin1String("inf,inf")) {
        // Every purchase is worth 25.00, and so is every prediction of one.
        for (const QStringList &row : csvRows(customers.out).mid(1))
            QCOMPARE(row[7], QStringLiteral("25.00"));
    }
}

void TestCustomerValue::cliReportsReadBack()
{
    const QString file = sharedData(QStringLiteral("online-retail/online_retail_2010_2011.csv"));
    SKIP_WITHOUT_SHARED_DATA(file);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("uci.patronage"));
    QCOMPARE(runCli({"import", "--db", store, file}).exitCode, 0);
    const CliRun run = runCli({"predict", "--db", store, "--as-of", "2011-06-30", "--horizon", "13"});
    QCOMPARE(run.exitCode, 0);
    verifyCustomerReport(run.out);
    QString error;
    const std::unique_ptr<Store> opened = openStore(store, Store::OpenMode::ReadOnly, &error);
    QVERIFY2(opened, qPrintable(error));
    const OrderHistory history = readHistory(*opened);
    const Result<CustomerValues> values = ValueAnalysis::predict(history, daysFromCivil(2011, 6, 30), 13.0, 2);
    QVERIFY(values);
    const QList<QStringList> rows = csvRows(run.out).mid(1);
    QCOMPARE(qsizetype(values->predictions().size()), rows.size());
    qint64 total = 0;
    for (const CustomerPrediction &p : values->predictions())
        total += p.predictedValue;
    qint64 written = 0;
    for (const QStringList &row : rows)
        written += qint64(std::llround(row[8].toDouble() * 100.0));
    QCOMPARE(written, total);
    // The model table is the fit the customers were predicted with.
    const QMap<QString, QString> model = modelOf(store, {"--as-of", "2011-06-30"});
    QCOMPARE(model.value(QStringLiteral("bgnbd.customers")).toLongLong(), values->model().frequency.customers);
    QCOMPARE(model.value(QStringLiteral("gammagamma.q")), QString::number(values->model().value.q, 'g', 10));
    // A back-test read back: cumulative, one row per week from July to the data's end.
    const CliRun test = runCli({"backtest", "--db", store, "--as-of", "2011-06-30", "--to", "2011-09-29"});
    QCOMPARE(test.exitCode, 0);
    const QList<QStringList> weeks = csvRows(test.out);
    QCOMPARE(weeks.first().join(QLatin1Char(',')), QStringLiteral("week,actual,predicted"));
    QCOMPARE(weeks.size(), 1 + 13);
    for (qsizetype w = 2; w < weeks.size(); ++w) {
        QVERIFY(weeks[w][1].toLongLong() >= weeks[w - 1][1].toLongLong());
        QVERIFY(weeks[w][2].toDouble() > weeks[w - 1][2].toDouble());
    }
    QCOMPARE(runCli({"backtest", "--db", store, "--as-of", "2011-06-30", "--to", "2011-06-01"}).exitCode, 2);
    QCOMPARE(runCli({"predict", "--db", store, "--as-of", "2009-01-01"}).exitCode, 1);
    QCOMPARE(runCli({"predict", "--db", store, "--horizon", "0"}).exitCode, 2);
}

void TestCustomerValue::customerListCarriesPredictions()
{
    const QString file = sharedData(QStringLiteral("online-retail/online_retail_2010_2011.csv"));
    SKIP_WITHOUT_SHARED_DATA(file);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("uci.patronage"));
    QCOMPARE(runCli({"import", "--db", store, file}).exitCode, 0);
    // The list at 2011-06 predicts as of the month's last day.
    const CliRun list = runCli({"customers", "--db", store, "--month", "2011-06"});
    const CliRun predicted = runCli({"predict", "--db", store, "--as-of", "2011-06-30"});
    QMap<QString, QStringList> byKey;
    for (const QStringList &row : csvRows(predicted.out).mid(1))
        byKey.insert(row[0], row);
    const QList<QStringList> rows = csvRows(list.out);
    QCOMPARE(rows.first().mid(10, 4).join(QLatin1Char(',')),
             QStringLiteral("p_alive,expected_purchases,predicted_value,churn_risk"));
    for (const QStringList &row : rows.mid(1)) {
        const QStringList p = byKey.value(row[0]);
        QCOMPARE(QStringList({row[10], row[11], row[12], row[13]}), QStringList({p[5], p[6], p[8], p[9]}));
    }
    // --churn-risk keeps that band only; the Klaviyo export carries the two figures.
    const CliRun low = runCli({"customers", "--db", store, "--month", "2011-06", "--churn-risk", "Low"});
    for (const QStringList &row : csvRows(low.out).mid(1))
        QCOMPARE(row[13], QStringLiteral("Low"));
    QCOMPARE(runCli({"customers", "--db", store, "--month", "2011-06", "--churn-risk", "Soon"}).exitCode, 2);
}

void TestCustomerValue::everySharedExportPredicts()
{
    const QString folder = sharedData(QStringLiteral("."));
    SKIP_WITHOUT_SHARED_DATA(folder);
    QDir root(folder);
    const QStringList shopify = QDir(root.filePath(QStringLiteral("shopify"))).entryList({"*.csv"}, QDir::Files);
    QVERIFY(!shopify.isEmpty());
    for (const QString &name : shopify) {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("shop.patronage"));
        QCOMPARE(runCli({"import", "--db", store, root.filePath(QStringLiteral("shopify/") + name)}).exitCode, 0);
        const CliRun run = runCli({"predict", "--db", store});
        // A small shop predicts, or says plainly why not: never a crash or a NaN.
        if (run.exitCode == 0)
            verifyCustomerReport(run.out);
        else
            QVERIFY2(run.err.contains(QLatin1String("not enough repeat purchases")), qPrintable(run.err));
    }
}

void TestCustomerValue::onlineRetailAtSeptember()
{
    const QString file = sharedData(QStringLiteral("online-retail/online_retail_2010_2011.csv"));
    SKIP_WITHOUT_SHARED_DATA(file);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("uci.patronage"));
    QCOMPARE(runCli({"import", "--db", store, file}).exitCode, 0);
    // No customer seems to drop out by September: the NBD limit, written a = 0 and b empty.
    const QMap<QString, QString> model = modelOf(store, {"--as-of", "2011-09-30"});
    QCOMPARE(model.value(QStringLiteral("bgnbd.status")), QStringLiteral("boundary"));
    QCOMPARE(model.value(QStringLiteral("bgnbd.a")), QStringLiteral("0"));
    QCOMPARE(model.value(QStringLiteral("bgnbd.b")), QString());
    QCOMPARE(model.value(QStringLiteral("gammagamma.status")), QStringLiteral("converged"));
    // Calibrated customers: those with a valid order by 2011-09-30, the month's base customers.
    const CliRun september = runCli({"customers", "--db", store, "--month", "2011-09"});
    QCOMPARE(model.value(QStringLiteral("bgnbd.customers")).toLongLong(), qint64(csvRows(september.out).size() - 1));
    // The back-test to the data's end: the autumn rush beats a model fitted on the year before.
    const QList<QStringList> weeks = csvRows(runCli({"backtest", "--db", store, "--as-of", "2011-09-30"}).out);
    QCOMPARE(weeks.size(), 1 + 10);
    const double actual = weeks.last()[1].toDouble();
    const double predicted = weeks.last()[2].toDouble();
    QVERIFY2(predicted > 0.5 * actual && predicted < actual, qPrintable(weeks.last().join(QLatin1Char(','))));
}

// Spec §10: on CDNOW's sample at 1997-09-30 both fits converge to the published estimates.
void TestCustomerValue::cdnowGivesThePublishedFits()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("cdnow.patronage"));
    QCOMPARE(runCli({"import", "--db", store, "--currency", "USD", "--map", "order=order", "--map", "customer=customer",
                     "--map", "date=date", "--map", "total=total", testData(QStringLiteral("cdnow/cdnow_sample.csv"))})
                 .exitCode,
             0);
    const QMap<QString, QString> model = modelOf(store, {"--as-of", "1997-09-30"});
    const auto near = [&](const char *key, double published, double tolerance) {
        const double value = model.value(QString::fromLatin1(key)).toDouble();
        QVERIFY2(std::fabs(value - published) <= tolerance,
                 qPrintable(QStringLiteral("%1 = %2, published %3").arg(QLatin1String(key)).arg(value).arg(published)));
    };
    QCOMPARE(model.value(QStringLiteral("bgnbd.status")), QStringLiteral("converged"));
    QCOMPARE(model.value(QStringLiteral("bgnbd.customers")), QStringLiteral("2357"));
    near("bgnbd.r", 0.243, 0.0005);
    near("bgnbd.alpha", 4.414, 0.0005);
    near("bgnbd.a", 0.793, 0.0005);
    near("bgnbd.b", 2.426, 0.0005);
    near("bgnbd.loglik", -9582.4, 0.05);
    QCOMPARE(model.value(QStringLiteral("gammagamma.status")), QStringLiteral("converged"));
    near("gammagamma.p", 6.25, 0.005);
    near("gammagamma.q", 3.74, 0.005);
    near("gammagamma.gamma", 15.44, 0.005);
    // Customer 1 of the published summary: x = 2, t_x = 30.43, T = 38.86.
    const CliRun run = runCli({"predict", "--db", store, "--as-of", "1997-09-30"});
    bool found = false;
    for (const QStringList &row : csvRows(run.out)) {
        if (row.value(0) == QLatin1String("1")) {
            found = true;
            QCOMPARE(row.mid(1, 3), (QStringList{"2", "30.4286", "38.8571"}));
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestCustomerValue)
#include "TestCustomerValue.moc"
