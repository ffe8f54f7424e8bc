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
#include "core/predict/SpecialFunctions.h"

using namespace Patronage::Predict;
using namespace PredictTestSupport;

class TestSpecialFunctions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logGammaMatchesReference_data();
    void logGammaMatchesReference();
    void digammaMatchesReference_data();
    void digammaMatchesReference();
    void logBetaMatchesReference_data();
    void logBetaMatchesReference();
    void hypergeometricMatchesReference_data();
    void hypergeometricMatchesReference();
    void betaGapMatchesReference_data();
    void betaGapMatchesReference();
};

void TestSpecialFunctions::logGammaMatchesReference_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    QTest::newRow("tiny") << 1e-300 << 690.77552789821368;
    QTest::newRow("small") << 1e-08 << 18.420680738180209;
    QTest::newRow("0.01") << 0.01 << 4.5994798780420219;
    QTest::newRow("0.3") << 0.29999999999999999 << 1.0957979948180756;
    QTest::newRow("near_one_below") << 0.99999998999999995 << 5.7721567602657306e-09;
    QTest::newRow("one") << 1.0 << 0.0;
    QTest::newRow("near_one_above") << 1.0000001000000001 << -5.772155829918507e-08;
    QTest::newRow("1.25") << 1.25 << -0.098271836421813155;
    QTest::newRow("near_two") << 2.0000000099999999 << 4.2278433575367788e-09;
    QTest::newRow("2.5") << 2.5 << 0.28468287047291918;
    QTest::newRow("7.3") << 7.2999999999999998 << 7.1478925230222483;
    QTest::newRow("9.99") << 9.9900000000000002 << 12.779315214350193;
    QTest::newRow("ten") << 10.0 << 12.801827480081469;
    QTest::newRow("r_plus_500") << 500.24299999999999 << 2606.625816147156;
    QTest::newRow("1e4") << 10000.5 << 82104.322654128366;
    QTest::newRow("1e10") << 10000000000.0 << 220258509288.81058;
}

void TestSpecialFunctions::logGammaMatchesReference()
{
    QFETCH(double, x);
    QFETCH(double, expected);
    const double value = logGamma(x);
    // Next to the roots x = 1, 2 the value itself vanishes; there the error is absolute.
    const double error = std::fabs(expected) < 1e-6 ? std::fabs(value - expected) : relativeError(value, expected);
    QVERIFY2(error <= kReferenceTolerance,
             qPrintable(QString::asprintf("lnG(%.17g) = %.17g, expected %.17g", x, value, expected)));
}

void TestSpecialFunctions::digammaMatchesReference_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    QTest::newRow("tiny") << 1e-08 << -100000000.57721564;
    QTest::newRow("0.01") << 0.01 << -100.56088545786868;
    QTest::newRow("0.5") << 0.5 << -1.9635100260214235;
    QTest::newRow("one") << 1.0 << -0.57721566490153287;
    QTest::newRow("root_minus") << 1.4616311449683623 << -9.6767268822385418e-07;
    QTest::newRow("root_plus") << 1.4626321449683621 << 0.00096722974061436476;
    QTest::newRow("1.2") << 1.2 << -0.28903989659218837;
    QTest::newRow("1.75") << 1.75 << 0.24747245354686118;
    QTest::newRow("3.7") << 3.7000000000000002 << 1.1671535393615113;
    QTest::newRow("9.99") << 9.9900000000000002 << 2.2507003728312012;
    QTest::newRow("ten") << 10.0 << 2.2517525890667209;
    QTest::newRow("1000.5") << 1000.5 << 6.9077553206487963;
    QTest::newRow("1e8") << 100000000.0 << 18.420680738952367;
}

void TestSpecialFunctions::digammaMatchesReference()
{
    QFETCH(double, x);
    QFETCH(double, expected);
    const double value = digamma(x);
    QVERIFY2(relativeError(value, expected) <= kReferenceTolerance,
             qPrintable(QString::asprintf("psi(%.17g) = %.17g, expected %.17g", x, value, expected)));
}

void TestSpecialFunctions::logBetaMatchesReference_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("expected");
    QTest::newRow("small_small") << 0.01 << 0.02 << 5.0103133506979853;
    QTest::newRow("cdnow") << 0.79300000000000004 << 2.4260000000000002 << -0.51156928859370332;
    QTest::newRow("cdnow_x") << 0.79300000000000004 << 12.426 << -1.8327708650582453;
    QTest::newRow("small_large") << 0.01 << 10000.0 << 4.5073769693303447;
    QTest::newRow("large_small") << 10000.0 << 0.050000000000000003 << 2.5083645574885463;
    QTest::newRow("large_large") << 10000.0 << 11000.0 << -14535.635167598834;
    QTest::newRow("half_thousand") << 0.80000000000000004 << 502.39999999999998 << -4.823298409766366;
    QTest::newRow("one_seven") << 1.0 << 7.0 << -1.9459101490553132;
    QTest::newRow("moderate") << 3.5 << 9.5 << -7.0969074725175432;
}

void TestSpecialFunctions::logBetaMatchesReference()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, expected);
    const double value = logBeta(a, b);
    QVERIFY2(relativeError(value, expected) <= kReferenceTolerance,
             qPrintable(QString::asprintf("lnB(%.17g, %.17g) = %.17g, expected %.17g", a, b, value, expected)));
    QCOMPARE(logBeta(b, a), value);
}

void TestSpecialFunctions::hypergeometricMatchesReference_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("expectedLog");
    QTest::newRow("cdnow_customer1") << 2.2429999999999999 << 4.4260000000000002 << 4.2190000000000003
                                     << 0.47402581617521938 << 1.5206757450090225;
    QTest::newRow("z_0.99") << 2.2429999999999999 << 4.4260000000000002 << 4.2190000000000003 << 0.98999999999999999
                            << 11.136567941759234;
    QTest::newRow("z_0.999") << 10.243 << 12.426 << 12.218999999999999 << 0.999 << 72.148254043256514;
    QTest::newRow("x_500_z_half") << 500.24299999999999 << 502.42599999999999 << 502.21899999999999 << 0.5
                                  << 346.88509872478056;
    QTest::newRow("x_500_z_0.9") << 500.24299999999999 << 502.42599999999999 << 502.21899999999999
                                 << 0.90000000000000002 << 1152.3279749609005;
    QTest::newRow("x_500_z_0.99") << 500.5 << 501.0 << 500.5 << 0.98999999999999999 << 2307.1902631800335;
    QTest::newRow("integer_c_minus_a_minus_b") << 4.5 << 7.0 << 7.5 << 0.8125 << 6.9097860072757777;
    QTest::newRow("near_integer_c_minus_a_minus_b") << 4.5 << 7.0 << 7.5000001000000003 << 0.8125 << 6.9097858889223405;
    QTest::newRow("model_a_just_above_one")
        << 3.7000000000000002 << 5.0 << 5.0000000099999999 << 0.69333333333333336 << 4.3733774114432791;
    QTest::newRow("model_a_just_below_one")
        << 3.7000000000000002 << 5.0 << 4.9999999900000001 << 0.69333333333333336 << 4.373377430849712;
    QTest::newRow("model_a_one") << 3.7000000000000002 << 5.0 << 5.0 << 0.69333333333333336 << 4.3733774211464951;
    QTest::newRow("large_b") << 3.2999999999999998 << 10003.0 << 10002.049999999999 << 0.83870967741935487
                             << 6.0226411120100378;
    QTest::newRow("tiny_alpha_new_customer")
        << 0.01 << 0.5 << 0.30000000000000004 << 0.99998076960058457 << 0.50190715412432485;
    QTest::newRow("small_alpha_x_1000") << 1100.0 << 11000.0 << 20999.0 << 0.99902019173502909 << 848.4166591428301;
    QTest::newRow("x_1000_z_0.999") << 1001.0 << 1001.5 << 1001.0 << 0.99712368168744003 << 5860.0210325821463;
    QTest::newRow("large_a_large_b") << 22.0 << 3020.0 << 8019.0 << 0.56521739130434778 << 5.2696150991030306;
    QTest::newRow("tiny_z") << 3.5 << 7.25 << 9.5 << 1.0000000000000001e-09 << 2.6710526327337258e-09;
}

void TestSpecialFunctions::hypergeometricMatchesReference()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, c);
    QFETCH(double, z);
    QFETCH(double, expectedLog);
    // An absolute error in ln 2F1 is the relative error of 2F1.
    const double logValue = logHypergeometric2F1(a, b, c, z);
    QVERIFY2(std::fabs(logValue - expectedLog) <= kReferenceTolerance,
             qPrintable(QString::asprintf("ln 2F1(%.17g, %.17g; %.17g; %.17g) = %.17g, expected %.17g", a, b, c, z,
                                          logValue, expectedLog)));
    QCOMPARE(logHypergeometric2F1(b, a, c, z), logValue);
    const double value = hypergeometric2F1(a, b, c, z);
    QVERIFY(std::isfinite(value) && value >= 1.0);
    if (expectedLog < 700.0)
        QVERIFY2(relativeError(value, std::exp(expectedLog)) <= kReferenceTolerance,
                 qPrintable(QString::asprintf("2F1 = %.17g, expected %.17g", value, std::exp(expectedLog))));
}

void TestSpecialFunctions::betaGapMatchesReference_data()
{
    QTest::addColumn<double>("a1");
    QTest::addColumn<double>("a2");
    QTest::addColumn<double>("s");
    QTest::addColumn<double>("n");
    QTest::addColumn<double>("expected");
    QTest::newRow("cdnow_customer1") << 0.79300000000000004 << 4.4260000000000002 << 0.90123399731940657
                                     << 2.2429999999999999 << 1.6873993058053129;
    QTest::newRow("tiny_a1_huge_s") << 0.046932891102570741 << 122.78864201473586 << 29574.957251086969
                                    << 11.23176951088081 << 239968.28560266775;
    QTest::newRow("a1_exactly_one") << 1.0 << 5.0 << 2.0 << 3.5 << 4.3100820697444266;
    QTest::newRow("peaked") << 1599.2999325932424 << 5833.2446944418198 << 70.013728204710532 << 5.0456323713004805
                            << 4.6496519849471545;
}

void TestSpecialFunctions::betaGapMatchesReference()
{
    QFETCH(double, a1);
    QFETCH(double, a2);
    QFETCH(double, s);
    QFETCH(double, n);
    QFETCH(double, expected);
    const double value = betaMeanPowerGap(a1, a2, s, n);
    QVERIFY2(
        relativeError(value, expected) <= kReferenceTolerance,
        qPrintable(QString::asprintf("E[(1-(1+%.17g p)^-%.17g)/p] = %.17g, expected %.17g", s, n, value, expected)));
}

QTEST_GUILESS_MAIN(TestSpecialFunctions)
#include "TestSpecialFunctions.moc"
