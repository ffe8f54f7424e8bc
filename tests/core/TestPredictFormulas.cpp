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
#include "core/predict/BetaQuadrature.h"
#include "core/predict/BgNbd.h"
#include "core/predict/GammaGamma.h"
#include "core/predict/Optimizer.h"
#include "core/predict/SpecialFunctions.h"

using namespace Patronage::Predict;
using namespace PredictTestSupport;

Q_DECLARE_METATYPE(std::vector<Patronage::Predict::FrequencyGroup>)
Q_DECLARE_METATYPE(std::vector<Patronage::Predict::ValueGroup>)

class TestPredictFormulas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customerFormulasMatchReference_data();
    void customerFormulasMatchReference();
    void expectedPurchasesAgreeBothWays_data();
    void expectedPurchasesAgreeBothWays();
    void expectedPurchasesSmoothThroughAEqualsOne();
    void limitFormulas();
    void gradientsMatchFiniteDifferences_data();
    void gradientsMatchFiniteDifferences();
};

void TestPredictFormulas::customerFormulasMatchReference_data()
{
    QTest::addColumn<double>("r");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<int>("x");
    QTest::addColumn<double>("tx");
    QTest::addColumn<double>("T");
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("alive");
    QTest::addColumn<double>("expected");
    QTest::newRow("cdnow_customer1") << 0.24299999999999999 << 4.4139999999999997 << 0.79300000000000004
                                     << 2.4260000000000002 << 2 << 30.43 << 38.859999999999999 << 39.0
                                     << 0.72657857008067295 << 1.2260281747671418;
    QTest::newRow("cdnow_one_time_buyer")
        << 0.24299999999999999 << 4.4139999999999997 << 0.79300000000000004 << 2.4260000000000002 << 0 << 0.0
        << 38.859999999999999 << 39.0 << 1.0 << 0.19509805201126246;
    QTest::newRow("cdnow_frequent_recent")
        << 0.24299999999999999 << 4.4139999999999997 << 0.79300000000000004 << 2.4260000000000002 << 10 << 38.0
        << 38.859999999999999 << 52.0 << 0.92144982216073079 << 8.419709552380759;
    QTest::newRow("cdnow_frequent_gone") << 0.24299999999999999 << 4.4139999999999997 << 0.79300000000000004
                                         << 2.4260000000000002 << 10 << 5.0 << 38.859999999999999 << 52.0
                                         << 2.3611060689869265e-06 << 2.1574508828507561e-05;
    QTest::newRow("a_above_one") << 1.5 << 10.0 << 2.5 << 4.0 << 3 << 20.0 << 30.0 << 52.0 << 0.39673199138368531
                                 << 1.1914088043284605;
    QTest::newRow("heavy_buyer") << 2.0 << 1.0 << 0.29999999999999999 << 8.0 << 200 << 100.0 << 104.0 << 52.0
                                 << 0.21266180779856145 << 19.988100448519127;
    QTest::newRow("large_b_small_a") << 0.29999999999999999 << 5.0 << 0.050000000000000003 << 10000.0 << 3 << 4.0 << 5.0
                                     << 52.0 << 0.99999292250128402 << 17.158920528481719;
}

void TestPredictFormulas::customerFormulasMatchReference()
{
    QFETCH(double, r);
    QFETCH(double, alpha);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(int, x);
    QFETCH(double, tx);
    QFETCH(double, T);
    QFETCH(double, t);
    QFETCH(double, alive);
    QFETCH(double, expected);
    const BgNbdModel model = bgNbdModel(r, alpha, a, b);
    const double p = model.probabilityAlive(x, tx, T);
    QVERIFY2(relativeError(p, alive) <= kReferenceTolerance,
             qPrintable(QString::asprintf("P(alive) = %.17g, expected %.17g", p, alive)));
    const double e = model.expectedPurchases(x, tx, T, t);
    QVERIFY2(relativeError(e, expected) <= kReferenceTolerance,
             qPrintable(QString::asprintf("E = %.17g, expected %.17g", e, expected)));
}

void TestPredictFormulas::expectedPurchasesAgreeBothWays_data()
{
    QTest::addColumn<double>("r");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<int>("x");
    QTest::addColumn<double>("T");
    // A deterministic spread over the ranges the shops produce; a kept away from 1, where
    // the 2F1 form divides by a - 1.
    SplitMix64 rng(20240601);
    auto logUniform = [&rng](double low, double high) { return low * std::pow(high / low, rng.uniform()); };
    const int xs[] = {0, 1, 2, 5, 20, 100, 500};
    for (int i = 0; i < 40; ++i) {
        double a = logUniform(0.05, 50.0);
        if (std::fabs(a - 1.0) < 0.05)
            a += 0.1;
        const double b = logUniform(0.05, 500.0);
        const int x = xs[i % 7];
        const double T = i % 5 == 0 ? 0.0 : 104.0 * rng.uniform();
        QTest::newRow(qPrintable(QString::asprintf("spread_%02d", i)))
            << logUniform(0.02, 20.0) << logUniform(0.05, 50.0) << a << b << x << T;
    }
}

void TestPredictFormulas::expectedPurchasesAgreeBothWays()
{
    QFETCH(double, r);
    QFETCH(double, alpha);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(int, x);
    QFETCH(double, T);
    const BgNbdModel model = bgNbdModel(r, alpha, a, b);
    const double tx = x == 0 ? 0.0 : 0.6 * T;
    for (double t : {1.0, 52.0, 520.0}) {
        const double e = model.expectedPurchases(x, tx, T, t);
        QVERIFY2(finiteNonNegative(e), qPrintable(QString::asprintf("E = %.17g", e)));
        // The model may take the series; the quadrature of the Beta integral is the other way.
        const double byIntegral = model.probabilityAlive(x, tx, T) * betaMeanPowerGap(a, b + x, t / (alpha + T), r + x);
        QVERIFY2(relativeError(e, byIntegral) <= 1e-11,
                 qPrintable(QString::asprintf("t=%g: E %.17g, integral %.17g", t, e, byIntegral)));
        if (a + b + x - 1.0 > 0.0) {
            const double bySpec = expectedBySpecFormula(model, x, tx, T, t);
            QVERIFY2(relativeError(e, bySpec) <= 1e-9,
                     qPrintable(QString::asprintf("t=%g: E %.17g, 2F1 form %.17g", t, e, bySpec)));
        }
    }
}

void TestPredictFormulas::expectedPurchasesSmoothThroughAEqualsOne()
{
    // The 2F1 form is 0/0 at a = 1; the integral form has no such point.
    for (int x : {0, 2, 30}) {
        const double atOne = bgNbdModel(0.7, 3.0, 1.0, 2.0).expectedPurchases(x, 0.5 * x, 20.0, 52.0);
        QVERIFY(finiteNonNegative(atOne) && atOne > 0.0);
        for (double offset : {1e-12, 1e-8, 1e-5}) {
            for (double side : {-1.0, 1.0}) {
                const double near =
                    bgNbdModel(0.7, 3.0, 1.0 + side * offset, 2.0).expectedPurchases(x, 0.5 * x, 20.0, 52.0);
                // E changes smoothly in a: at most its slope times the step.
                QVERIFY2(
                    relativeError(near, atOne) <= 10.0 * offset + 1e-13,
                    qPrintable(QString::asprintf("x=%d a=1%+g: %.17g vs %.17g at a=1", x, side * offset, near, atOne)));
            }
        }
        if (x > 0) {
            const double bySpec = expectedBySpecFormula(bgNbdModel(0.7, 3.0, 1.0 + 1e-3, 2.0), x, 0.5 * x, 20.0, 52.0);
            const double near = bgNbdModel(0.7, 3.0, 1.0 + 1e-3, 2.0).expectedPurchases(x, 0.5 * x, 20.0, 52.0);
            QVERIFY2(relativeError(near, bySpec) <= 1e-9,
                     qPrintable(QString::asprintf("%.17g vs 2F1 form %.17g", near, bySpec)));
        }
    }
}

void TestPredictFormulas::limitFormulas()
{
    BgNbdModel nbd = bgNbdModel(0.5, 4.0, 0.0, 0.0);
    nbd.status = FitStatus::Boundary;
    nbd.dropoutVanishes = true;
    QCOMPARE(nbd.probabilityAlive(3, 10.0, 20.0), 1.0);
    QCOMPARE(nbd.expectedPurchases(3, 10.0, 20.0, 52.0), 52.0 * 3.5 / 24.0);

    GammaGammaModel full;
    full.status = FitStatus::Converged;
    full.reason = NoPredictionReason::None;
    full.p = 6.25;
    full.q = 3.74;
    full.gamma = 15.44;
    full.meanValue = 6.25 * 15.44 / 2.74;
    const double weight = (3.74 - 1.0) / (6.25 * 2 + 3.74 - 1.0);
    const double bySpec = weight * 6.25 * 15.44 / (3.74 - 1.0) + (1.0 - weight) * 30.0;
    QVERIFY(relativeError(full.expectedValue(2, 30.0), bySpec) <= 1e-14);
    QCOMPARE(full.expectedValue(0, 0.0), full.meanValue);

    GammaGammaModel within = full;
    within.limit = GammaGammaModel::Limit::NoSpreadWithinCustomer;
    within.meanValue = 50.0 / 2.0;
    QCOMPARE(within.expectedValue(3, 42.5), 42.5);
    QCOMPARE(within.expectedValue(0, 0.0), 25.0);
    GammaGammaModel between = full;
    between.limit = GammaGammaModel::Limit::NoSpreadBetweenCustomers;
    between.meanValue = 4.0 * 7.5;
    QCOMPARE(between.expectedValue(3, 42.5), 30.0);
    GammaGammaModel none;
    QCOMPARE(none.expectedValue(3, 42.5), 0.0);
    QCOMPARE(BgNbdModel().expectedPurchases(3, 1.0, 2.0, 52.0), 0.0);
    // Figures no calibration produces give no prediction rather than undefined arithmetic.
    const BgNbdModel cdnow = bgNbdModel(0.243, 4.414, 0.793, 2.426);
    QCOMPARE(cdnow.probabilityAlive(3, 5.0, -1.0), 0.0);
    QCOMPARE(cdnow.expectedPurchases(-1, 0.0, 30.0, 52.0), 0.0);
    QCOMPARE(cdnow.expectedPurchases(2, std::numeric_limits<double>::quiet_NaN(), 30.0, 52.0), 0.0);
    QCOMPARE(cdnow.expectedPurchases(2, 10.0, 30.0, 0.0), 0.0);
    QCOMPARE(full.expectedValue(2, std::numeric_limits<double>::infinity()), 0.0);
    QCOMPARE(full.expectedValue(2, -5.0), full.expectedValue(2, 0.0));
}

void TestPredictFormulas::gradientsMatchFiniteDifferences_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<std::vector<double>>("point");
    QTest::newRow("bgnbd_cdnow") << 0 << std::vector<double>{0.243, 4.414, 0.793, 2.426};
    QTest::newRow("bgnbd_a_above_one") << 0 << std::vector<double>{2.0, 0.5, 3.0, 0.2};
    QTest::newRow("bgnbd_large_b") << 0 << std::vector<double>{0.05, 40.0, 0.02, 3000.0};
    QTest::newRow("nbd") << 1 << std::vector<double>{0.4, 6.0};
    QTest::newRow("nbd_large") << 1 << std::vector<double>{5e4, 2e5};
    QTest::newRow("gammagamma_cdnow") << 2 << std::vector<double>{6.25, 3.74, 15.44};
    QTest::newRow("gammagamma_extreme") << 2 << std::vector<double>{200.0, 0.5, 0.3};
    QTest::newRow("no_spread_within") << 3 << std::vector<double>{2.5, 60.0};
    QTest::newRow("no_spread_between") << 4 << std::vector<double>{3.0, 9.0};
}

void TestPredictFormulas::gradientsMatchFiniteDifferences()
{
    QFETCH(int, model);
    QFETCH(std::vector<double>, point);
    const BgNbdLikelihood frequency(simulateShop(11, 400, 0.243, 4.414, 0.793, 2.426));
    SplitMix64 rng(12);
    std::vector<ValueGroup> values;
    for (int i = 0; i < 300; ++i) {
        const int x = 1 + static_cast<int>(6.0 * rng.uniform());
        values.push_back({x, rng.gamma(6.25 * x) / (x * rng.gamma(3.74) / 15.44), 1});
    }
    const GammaGammaLikelihood value(values);
    // ln L at exp(theta), and its gradient with respect to theta.
    auto evaluate = [&](const std::vector<double> &theta, double *gradient) {
        std::vector<double> p(theta.size());
        for (std::size_t i = 0; i < theta.size(); ++i)
            p[i] = std::exp(theta[i]);
        switch (model) {
        case 0: return frequency.logLikelihood(p[0], p[1], p[2], p[3], gradient);
        case 1: return frequency.nbdLogLikelihood(p[0], p[1], gradient);
        case 2: return value.logLikelihood(p[0], p[1], p[2], gradient);
        case 3: return value.noSpreadWithinLogLikelihood(p[0], p[1], gradient);
        default: return value.noSpreadBetweenLogLikelihood(p[0], p[1], gradient);
        }
    };
    std::vector<double> theta(point.size());
    for (std::size_t i = 0; i < point.size(); ++i)
        theta[i] = std::log(point[i]);
    std::vector<double> analytic(point.size());
    const double level = evaluate(theta, analytic.data());
    QVERIFY(std::isfinite(level));
    constexpr double h = 1e-5;
    for (std::size_t i = 0; i < theta.size(); ++i) {
        std::vector<double> plus = theta, minus = theta;
        plus[i] += h;
        minus[i] -= h;
        const double numeric = (evaluate(plus, nullptr) - evaluate(minus, nullptr)) / (2.0 * h);
        // Rounding in ln L over 2h, plus the h^2 truncation.
        const double tolerance = 1e-6 * (1.0 + std::fabs(analytic[i])) + 1e-9 * std::fabs(level);
        QVERIFY2(std::fabs(numeric - analytic[i]) <= tolerance,
                 qPrintable(QString::asprintf("d/dln(p%zu): analytic %.12g, central difference %.12g", i, analytic[i],
                                              numeric)));
    }
}

QTEST_GUILESS_MAIN(TestPredictFormulas)
#include "TestPredictFormulas.moc"
