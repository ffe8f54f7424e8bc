#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <tuple>
#include <vector>

#include "PredictTestSupport.h"
#include "core/predict/BgNbd.h"
#include "core/predict/GammaGamma.h"
#include "core/predict/Optimizer.h"
#include "core/predict/SpecialFunctions.h"

using namespace Patronage::Predict;
using namespace PredictTestSupport;

Q_DECLARE_METATYPE(std::vector<Patronage::Predict::FrequencyGroup>)
Q_DECLARE_METATYPE(std::vector<Patronage::Predict::ValueGroup>)

class TestPredictFits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void optimizerFindsMinimumAndRunaway();
    void bgNbdFitRecoversSimulatedShop();
    void gammaGammaFitRecoversSimulatedShop();
    void degenerateFrequencyShops_data();
    void degenerateFrequencyShops();
    void degenerateValueShops_data();
    void degenerateValueShops();
    void fitsAreBitForBitReproducible();
    void fitOfHundredThousandGroupsIsFast();
};

void TestPredictFits::optimizerFindsMinimumAndRunaway()
{
    const Optimizer optimizer;
    const Optimizer::Result rosenbrock = optimizer.minimize(
        [](const std::vector<double> &v, std::vector<double> &g) {
            const double x = v[0], y = v[1];
            g[0] = -2.0 * (1.0 - x) - 400.0 * x * (y - x * x);
            g[1] = 200.0 * (y - x * x);
            return (1.0 - x) * (1.0 - x) + 100.0 * (y - x * x) * (y - x * x);
        },
        {-1.2, 1.0});
    QVERIFY(rosenbrock.status == Optimizer::Status::Converged);
    QVERIFY2(std::fabs(rosenbrock.x[0] - 1.0) < 1e-8 && std::fabs(rosenbrock.x[1] - 1.0) < 1e-8,
             qPrintable(QString::asprintf("(%.12g, %.12g) after %d iterations", rosenbrock.x[0], rosenbrock.x[1],
                                          rosenbrock.iterations)));
    // exp(-x) falls for ever: x runs away while y settles.
    const Optimizer::Result runaway = optimizer.minimize(
        [](const std::vector<double> &v, std::vector<double> &g) {
            g[0] = -std::exp(-v[0]);
            g[1] = 2.0 * (v[1] - 2.0);
            return std::exp(-v[0]) + (v[1] - 2.0) * (v[1] - 2.0);
        },
        {0.0, 0.0});
    QVERIFY(runaway.status == Optimizer::Status::Runaway);
    QVERIFY(runaway.runaway[0] && !runaway.runaway[1]);
    QVERIFY(std::fabs(runaway.x[1] - 2.0) < 1e-4);
}

void TestPredictFits::bgNbdFitRecoversSimulatedShop()
{
    const std::array<double, 4> truth = {0.243, 4.414, 0.793, 2.426};
    const std::vector<FrequencyGroup> shop = simulateShop(20050101, 10000, truth[0], truth[1], truth[2], truth[3]);
    const BgNbdModel model = fitBgNbd(shop);
    QVERIFY(model.status == FitStatus::Converged);
    QCOMPARE(model.customers, 10000LL);
    const BgNbdLikelihood likelihood(shop);
    const std::array<double, 4> fitted = {model.r, model.alpha, model.a, model.b};
    std::vector<double> theta(4);
    for (int i = 0; i < 4; ++i)
        theta[i] = std::log(fitted[i]);
    const std::vector<double> errors = logStandardErrors(
        [&](const std::vector<double> &v, std::vector<double> &g) {
            return likelihood.logLikelihood(std::exp(v[0]), std::exp(v[1]), std::exp(v[2]), std::exp(v[3]), g.data());
        },
        theta);
    const char *names[] = {"r", "alpha", "a", "b"};
    for (int i = 0; i < 4; ++i) {
        const double distance = std::fabs(theta[i] - std::log(truth[i])) / errors[i];
        qInfo("%s = %.4f (truth %.3f, standard error %.4f): %.2f standard errors", names[i], fitted[i], truth[i],
              fitted[i] * errors[i], distance);
        QVERIFY2(std::isfinite(distance) && distance <= 3.0,
                 qPrintable(QString::asprintf("%s %.2f standard errors off", names[i], distance)));
    }
}

void TestPredictFits::gammaGammaFitRecoversSimulatedShop()
{
    const std::array<double, 3> truth = {6.25, 3.74, 15.44};
    SplitMix64 rng(20050102);
    std::vector<ValueGroup> values;
    for (int i = 0; i < 10000; ++i) {
        // nu ~ Gamma(q, gamma); each repeat purchase day ~ Gamma(p, nu), so their sum over
        // x days ~ Gamma(p x, nu).
        const int x = 1 + static_cast<int>(8.0 * rng.uniform() * rng.uniform());
        const double nu = rng.gamma(truth[1]) / truth[2];
        values.push_back({x, rng.gamma(truth[0] * x) / (nu * x), 1});
    }
    const GammaGammaModel model = fitGammaGamma(values);
    QVERIFY(model.status == FitStatus::Converged);
    QVERIFY(model.limit == GammaGammaModel::Limit::None);
    const GammaGammaLikelihood likelihood(values);
    const std::array<double, 3> fitted = {model.p, model.q, model.gamma};
    std::vector<double> theta(3);
    for (int i = 0; i < 3; ++i)
        theta[i] = std::log(fitted[i]);
    const std::vector<double> errors = logStandardErrors(
        [&](const std::vector<double> &v, std::vector<double> &g) {
            return likelihood.logLikelihood(std::exp(v[0]), std::exp(v[1]), std::exp(v[2]), g.data());
        },
        theta);
    const char *names[] = {"p", "q", "gamma"};
    for (int i = 0; i < 3; ++i) {
        const double distance = std::fabs(theta[i] - std::log(truth[i])) / errors[i];
        qInfo("%s = %.4f (truth %.2f, standard error %.4f): %.2f standard errors", names[i], fitted[i], truth[i],
              fitted[i] * errors[i], distance);
        QVERIFY2(std::isfinite(distance) && distance <= 3.0,
                 qPrintable(QString::asprintf("%s %.2f standard errors off", names[i], distance)));
    }
    QVERIFY(relativeError(model.meanValue, model.p * model.gamma / (model.q - 1.0)) < 1e-14);
}

void TestPredictFits::degenerateFrequencyShops_data()
{
    QTest::addColumn<std::vector<FrequencyGroup>>("groups");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("dropoutVanishes");
    const int boundary = int(FitStatus::Boundary);
    const int none = int(FitStatus::NoPrediction);
    QTest::newRow("identical_repeat_customers")
        << std::vector<FrequencyGroup>{{0, 0, 30, 700}, {3, 20, 30, 300}} << boundary << true;
    QTest::newRow("every_customer_identical") << std::vector<FrequencyGroup>{{3, 20, 30, 300}} << boundary << true;
    QTest::newRow("one_repeat_customer") << std::vector<FrequencyGroup>{{0, 0, 30, 700}, {3, 20, 30, 1}} << none
                                         << false;
    QTest::newRow("nine_repeat_customers")
        << std::vector<FrequencyGroup>{{0, 0, 30, 700}, {3, 20, 30, 9}} << none << false;
    QTest::newRow("ten_repeat_customers")
        << std::vector<FrequencyGroup>{{0, 0, 30, 700}, {3, 20, 30, 10}} << boundary << true;
    QTest::newRow("nobody_came_back") << std::vector<FrequencyGroup>{{0, 0, 10, 50}, {0, 0, 40, 50}} << none << false;
    QTest::newRow("no_customers") << std::vector<FrequencyGroup>{} << none << false;
    // Repeat purchase days within no time at all: nonsense in, finite figures out.
    QTest::newRow("repeat_customers_seen_for_no_time")
        << std::vector<FrequencyGroup>{{3, 0, 0, 20}, {0, 0, 0, 10}} << boundary << false;
    QTest::newRow("only_hostile_rows") << std::vector<FrequencyGroup>{
        {-1, 0, 3, 50},
        {2, 1, std::numeric_limits<double>::quiet_NaN(), 50},
        {2, 1, 3, 0},
        {2, 1, 3, -5}} << none << false;
    // Every repeat customer bought in the week before the as-of date: nobody seems to
    // have dropped out, so a/(a+b) runs to 0 and the NBD is the model.
    std::vector<FrequencyGroup> neverDropOut;
    for (int T = 10; T <= 52; T += 2)
        for (int x = 0; x <= 8; ++x)
            neverDropOut.push_back({x, x == 0 ? 0.0 : T - 0.5, double(T), x == 0 ? 40 : 60 / (x + 1)});
    QTest::newRow("nobody_drops_out") << neverDropOut << boundary << true;
}

void TestPredictFits::degenerateFrequencyShops()
{
    QFETCH(std::vector<FrequencyGroup>, groups);
    QFETCH(int, status);
    QFETCH(bool, dropoutVanishes);
    const BgNbdModel model = fitBgNbd(groups);
    QCOMPARE(int(model.status), status);
    QCOMPARE(model.dropoutVanishes, dropoutVanishes);
    if (model.status == FitStatus::NoPrediction) {
        QVERIFY(model.reason == NoPredictionReason::TooFewRepeatCustomers);
        QCOMPARE(model.expectedPurchases(3, 10, 20, 52), 0.0);
        return;
    }
    QVERIFY(model.reason == NoPredictionReason::None);
    for (double v : {model.r, model.alpha, model.a, model.b})
        QVERIFY2(finiteNonNegative(v), qPrintable(QString::asprintf("parameter %.17g", v)));
    QVERIFY(std::isfinite(model.logLikelihood));
    for (int x : {0, 1, 3, 50})
        for (double T : {0.0, 10.0, 30.0, 100.0})
            for (double tx : {0.0, 0.5 * T, T}) {
                const double p = model.probabilityAlive(x, tx, T);
                const double e = model.expectedPurchases(x, tx, T, 52.0);
                QVERIFY2(finiteNonNegative(p) && p <= 1.0 && finiteNonNegative(e),
                         qPrintable(QString::asprintf("x=%d tx=%g T=%g: P(alive) %.17g, E %.17g", x, tx, T, p, e)));
            }
}

void TestPredictFits::degenerateValueShops_data()
{
    QTest::addColumn<std::vector<ValueGroup>>("groups");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("limit");
    const int boundary = int(FitStatus::Boundary);
    const int none = int(FitStatus::NoPrediction);
    using Limit = GammaGammaModel::Limit;
    QTest::newRow("every_order_same_value") << std::vector<ValueGroup>{{1, 20, 50}, {2, 20, 30}, {5, 20, 10}}
                                            << boundary << int(NoPredictionReason::None) << int(Limit::NoSpread);
    // The same spread of m at every x: a customer's mean does not settle as x grows.
    std::vector<ValueGroup> noSpreadWithin;
    for (int x = 1; x <= 4; ++x)
        for (double m : {10.0, 20.0, 40.0, 80.0, 15.0, 30.0})
            noSpreadWithin.push_back({x, m, 5});
    QTest::newRow("no_spread_within_customers")
        << noSpreadWithin << boundary << int(NoPredictionReason::None) << int(Limit::NoSpreadWithinCustomer);
    // Everyone alike: m given x is a mean of x Gamma(p, 1/k) purchases.
    SplitMix64 rng(4);
    std::vector<ValueGroup> noSpreadBetween;
    for (int i = 0; i < 2000; ++i) {
        const int x = 1 + static_cast<int>(6.0 * rng.uniform());
        noSpreadBetween.push_back({x, rng.gamma(4.0 * x) * 8.0 / x, 1});
    }
    QTest::newRow("no_spread_between_customers")
        << noSpreadBetween << boundary << int(NoPredictionReason::None) << int(Limit::NoSpreadBetweenCustomers);
    // q < 1: the mean value of a purchase day is infinite.
    std::vector<ValueGroup> heavyTail;
    for (int i = 0; i < 5000; ++i) {
        const int x = 1 + static_cast<int>(6.0 * rng.uniform());
        heavyTail.push_back({x, rng.gamma(6.25 * x) / (x * rng.gamma(0.8) / 15.4), 1});
    }
    QTest::newRow("mean_value_infinite") << heavyTail << none << int(NoPredictionReason::ExpectedValueUndefined)
                                         << int(Limit::None);
    QTest::newRow("nearly_every_order_same_value")
        << std::vector<ValueGroup>{{1, 20, 50}, {2, 20, 30}, {1, 20.01, 1}} << boundary << int(NoPredictionReason::None)
        << int(Limit::NoSpreadBetweenCustomers);
    QTest::newRow("nine_repeat_customers") << std::vector<ValueGroup>{{1, 20, 5}, {2, 25, 4}} << none
                                           << int(NoPredictionReason::TooFewRepeatCustomers) << int(Limit::None);
    QTest::newRow("worthless_and_hostile_rows")
        << std::vector<ValueGroup>{{1, 0, 50},
                                   {2, -3, 5},
                                   {0, 20, 9},
                                   {1, std::numeric_limits<double>::infinity(), 9},
                                   {1, 20, 3}}
        << none << int(NoPredictionReason::TooFewRepeatCustomers) << int(Limit::None);
}

void TestPredictFits::degenerateValueShops()
{
    QFETCH(std::vector<ValueGroup>, groups);
    QFETCH(int, status);
    QFETCH(int, reason);
    QFETCH(int, limit);
    const GammaGammaModel model = fitGammaGamma(groups);
    QCOMPARE(int(model.status), status);
    QCOMPARE(int(model.reason), reason);
    QCOMPARE(int(model.limit), limit);
    for (int x : {0, 1, 4, 40})
        for (double m : {0.0, 0.5, 20.0, 5000.0}) {
            const double value = model.expectedValue(x, m);
            QVERIFY2(finiteNonNegative(value), qPrintable(QString::asprintf("x=%d m=%g: %.17g", x, m, value)));
            if (!model.hasPrediction())
                QCOMPARE(value, 0.0);
        }
    if (model.limit == GammaGammaModel::Limit::NoSpread)
        QCOMPARE(model.expectedValue(0, 0.0), 20.0);
    if (model.hasPrediction())
        QVERIFY(finiteNonNegative(model.meanValue) && model.meanValue > 0.0);
}

void TestPredictFits::fitsAreBitForBitReproducible()
{
    std::vector<FrequencyGroup> shop = simulateShop(77, 3000, 0.5, 6.0, 0.9, 3.0);
    const BgNbdModel reference = fitBgNbd(shop);
    QVERIFY(reference.status == FitStatus::Converged);
    // Another order, one group split in two, and rows that mean nothing.
    SplitMix64 rng(78);
    for (std::size_t i = shop.size() - 1; i > 0; --i)
        std::swap(shop[i], shop[rng.next() % (i + 1)]);
    FrequencyGroup &big = *std::max_element(
        shop.begin(), shop.end(), [](const FrequencyGroup &l, const FrequencyGroup &r) { return l.count < r.count; });
    FrequencyGroup half = big;
    half.count = big.count / 2;
    big.count -= half.count;
    shop.push_back(half);
    shop.push_back({4, 2.0, 9.0, 0});
    shop.push_back({-2, 2.0, 9.0, 7});
    const BgNbdModel again = fitBgNbd(shop);
    QCOMPARE(std::bit_cast<std::uint64_t>(again.r), std::bit_cast<std::uint64_t>(reference.r));
    QCOMPARE(std::bit_cast<std::uint64_t>(again.alpha), std::bit_cast<std::uint64_t>(reference.alpha));
    QCOMPARE(std::bit_cast<std::uint64_t>(again.a), std::bit_cast<std::uint64_t>(reference.a));
    QCOMPARE(std::bit_cast<std::uint64_t>(again.b), std::bit_cast<std::uint64_t>(reference.b));
    QCOMPARE(std::bit_cast<std::uint64_t>(again.logLikelihood), std::bit_cast<std::uint64_t>(reference.logLikelihood));

    std::vector<ValueGroup> values;
    for (int i = 0; i < 2000; ++i) {
        const int x = 1 + static_cast<int>(5.0 * rng.uniform());
        values.push_back({x, std::round(100.0 * rng.gamma(6.0 * x) / (x * rng.gamma(3.5) / 15.0)) / 100.0, 1});
    }
    const GammaGammaModel valueReference = fitGammaGamma(values);
    std::reverse(values.begin(), values.end());
    values.push_back({2, -1.0, 4});
    const GammaGammaModel valueAgain = fitGammaGamma(values);
    QCOMPARE(std::bit_cast<std::uint64_t>(valueAgain.p), std::bit_cast<std::uint64_t>(valueReference.p));
    QCOMPARE(std::bit_cast<std::uint64_t>(valueAgain.q), std::bit_cast<std::uint64_t>(valueReference.q));
    QCOMPARE(std::bit_cast<std::uint64_t>(valueAgain.gamma), std::bit_cast<std::uint64_t>(valueReference.gamma));
}

void TestPredictFits::fitOfHundredThousandGroupsIsFast()
{
    // Purchase days over two years, as a real shop's calibration gives them.
    SplitMix64 rng(900000);
    std::vector<Customer> customers;
    for (int i = 0; i < 230000; ++i) {
        const double T = std::floor(730.0 * rng.uniform()) / 7.0;
        Customer c = simulateCustomer(rng, 0.3, 4.0, 0.8, 2.5, T);
        c.tx = std::floor(7.0 * c.tx) / 7.0;
        customers.push_back(c);
    }
    const std::vector<FrequencyGroup> groups = group(customers);
    QElapsedTimer timer;
    timer.start();
    const BgNbdModel model = fitBgNbd(groups);
    const qint64 fitMs = timer.elapsed();
    double total = 0.0;
    for (const FrequencyGroup &g : groups)
        total += g.count * model.expectedPurchases(g.x, g.tx, g.T, 52.0);
    const qint64 allMs = timer.elapsed();
    qInfo("%zu groups: BG/NBD fit %lld ms (%d iterations), with E for every group %lld ms", groups.size(), fitMs,
          model.iterations, allMs);
    QVERIFY(groups.size() > 100000);
    QVERIFY(model.status == FitStatus::Converged);
    QVERIFY(std::isfinite(total) && total > 0.0);
    // Generous, for a loaded machine; the measured time is printed above.
    QVERIFY2(fitMs < 3000, qPrintable(QString::asprintf("fit took %lld ms", fitMs)));
}

QTEST_GUILESS_MAIN(TestPredictFits)
#include "TestPredictFits.moc"
