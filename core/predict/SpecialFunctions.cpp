#include "core/predict/SpecialFunctions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

#include "core/predict/BetaQuadrature.h"

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#include <immintrin.h>
#define PATRONAGE_PREDICT_VZEROUPPER 1
#endif

namespace Patronage::Predict {
namespace {

#ifdef PATRONAGE_PREDICT_VZEROUPPER
__attribute__((target("avx"))) void zeroUpper()
{
    _mm256_zeroupper();
}
#endif

constexpr double kHalfLogTwoPi = 0.91893853320467274178;
constexpr double kEulerGamma = 0.57721566490153286061;

// (-1)^k (zeta(k) - 1) / k for k = 2..30, so that
// ln Gamma(2 + e) = (1 - gamma) e + sum_k c_k e^k; exact at the root e = 0.
constexpr std::array<double, 29> kLogGammaNearTwo = {
    3.22467033424113203e-01, -6.73523010531981020e-02, 2.05808084277845464e-02, -7.38555102867398568e-03,
    2.89051033074152336e-03, -1.19275391170326102e-03, 5.09669524743042450e-04, -2.23154758453579386e-04,
    9.94575127818085310e-05, -4.49262367381331420e-05, 2.05072127756706911e-05, -9.43948827526839672e-06,
    4.37486678990748817e-06, -2.03921575380136619e-06, 9.55141213040741935e-07, -4.49246919876456619e-07,
    2.12071848055546646e-07, -1.00432248239680991e-07, 4.76981016936398040e-08, -2.27110946089431635e-08,
    1.08386592148969546e-08, -5.18347504197004664e-09, 2.48367454380247848e-09, -1.19214014058609115e-09,
    5.73136724167886225e-10, -2.75952288512423336e-10, 1.33047643742444888e-10, -6.42296456383809960e-11,
    3.10442477473222756e-11,
};

// psi^(k)(x0) / k! for k = 1..26 at the positive root x0 of psi, so that psi keeps its
// relative accuracy next to the root, where recurrence and asymptotics cancel.
constexpr std::array<double, 26> kDigammaNearRoot = {
    9.67672245447621204e-01, -4.42763168983592081e-01, 2.58499760955651026e-01, -1.63942705442406522e-01,
    1.07824050691262371e-01, -7.21995612564547140e-02, 4.88042881641431101e-02, -3.31611264748473619e-02,
    2.25976482322181038e-02, -1.54247659049489595e-02, 1.05387916166121750e-02, -7.20453438635686866e-03,
    4.92678139572985327e-03, -3.36980165543932821e-03, 2.30512632673492797e-03, -1.57693677143019720e-03,
    1.07882520191629667e-03, -7.38070938996005150e-04, 5.04953265834601987e-04, -3.45468025106307692e-04,
    2.36356015640270530e-04, -1.61706220919748030e-04, 1.10633727687474103e-04, -7.56917958219506607e-05,
    5.17857579522208093e-05, -3.54300709476596036e-05,
};
constexpr double kDigammaRootHigh = 1.4616321449683622;
constexpr double kDigammaRootLow = 9.549995429965697e-17;

// B_2k / (2k (2k - 1)) and B_2k / (2k), k = 1..8: the asymptotic series of ln Gamma and
// psi, used from x = 10 on, where the ninth term is below 1e-18.
constexpr std::array<double, 8> kStirling = {
    8.33333333333333287e-02, -2.77777777777777788e-03, 7.93650793650793650e-04, -5.95238095238095292e-04,
    8.41750841750841714e-04, -1.91752691752691763e-03, 6.41025641025641003e-03, -2.95506535947712423e-02,
};
constexpr std::array<double, 8> kDigammaAsymptotic = {
    8.33333333333333287e-02, -8.33333333333333322e-03, 3.96825396825396803e-03, -4.16666666666666661e-03,
    7.57575757575757597e-03, -2.10927960927960942e-02, 8.33333333333333287e-02, -4.43259803921568607e-01,
};
constexpr double kAsymptoticFrom = 10.0;

// sum B_2k / (2k (2k - 1) x^(2k - 1))
double stirlingCorrection(double x)
{
    const double inverse = 1.0 / x;
    const double inverseSquare = inverse * inverse;
    double sum = 0.0;
    for (auto it = kStirling.rbegin(); it != kStirling.rend(); ++it)
        sum = sum * inverseSquare + *it;
    return sum * inverse;
}

// sum B_2k / (2k x^2k)
double digammaCorrection(double x)
{
    const double inverseSquare = 1.0 / (x * x);
    double sum = 0.0;
    for (auto it = kDigammaAsymptotic.rbegin(); it != kDigammaAsymptotic.rend(); ++it)
        sum = sum * inverseSquare + *it;
    return sum * inverseSquare;
}

// ln Gamma(2 + e) for |e| <= 0.5.
double logGammaNearTwo(double e)
{
    double sum = 0.0;
    for (auto it = kLogGammaNearTwo.rbegin(); it != kLogGammaNearTwo.rend(); ++it)
        sum = sum * e + *it;
    return e * ((1.0 - kEulerGamma) + e * sum);
}

// ln of the term-by-term sum of 2F1 for a, b, c > 0, 0 <= z < 1, all terms positive.
// Returns false when maxTerms are not enough.
bool logSeries2F1(double a, double b, double c, double z, long maxTerms, double &result)
{
    constexpr double kRescale = 1e250;
    const double logRescale = std::log(kRescale);
    double term = 1.0;
    double sum = 1.0;
    double logScale = 0.0;
    for (long k = 0; k < maxTerms; ++k) {
        const double kk = static_cast<double>(k);
        const double ratio = (a + kk) * (b + kk) / ((c + kk) * (kk + 1.0)) * z;
        term *= ratio;
        sum += term;
        if (sum > kRescale) {
            sum /= kRescale;
            term /= kRescale;
            logScale += logRescale;
        }
        // The ratios tend to z monotonically once past the parameters, so the tail is
        // bounded by a geometric series of the larger of the two.
        const double bound = std::max(ratio, z);
        if (k >= 4 && bound < 1.0 && term * bound / (1.0 - bound) <= 1e-17 * sum) {
            result = logScale + std::log(sum);
            return true;
        }
    }
    result = logScale + std::log(sum);
    return false;
}

} // namespace

double logGamma(double x)
{
    if (!(x > 0.0))
        return std::numeric_limits<double>::infinity();
    if (x >= kAsymptoticFrom)
        return (x - 0.5) * std::log(x) - x + kHalfLogTwoPi + stirlingCorrection(x);
    if (x >= 2.5) {
        // Down to [1.5, 2.5) by Gamma(x) = (x - 1) Gamma(x - 1).
        double y = x;
        double product = 1.0;
        while (y >= 2.5) {
            y -= 1.0;
            product *= y;
        }
        return logGammaNearTwo(y - 2.0) + std::log(product);
    }
    if (x >= 1.5)
        return logGammaNearTwo(x - 2.0);
    if (x >= 0.5)
        return logGammaNearTwo(x - 1.0) - std::log1p(x - 1.0);
    return logGammaNearTwo(x) - std::log1p(x) - std::log(x);
}

double digamma(double x)
{
    if (!(x > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (x >= kAsymptoticFrom)
        return std::log(x) - 0.5 / x - digammaCorrection(x);
    const double fromRoot = (x - kDigammaRootHigh) - kDigammaRootLow;
    if (std::fabs(fromRoot) < 0.25) {
        double sum = 0.0;
        for (auto it = kDigammaNearRoot.rbegin(); it != kDigammaNearRoot.rend(); ++it)
            sum = sum * fromRoot + *it;
        return sum * fromRoot;
    }
    double shift = 0.0;
    double y = x;
    while (y < kAsymptoticFrom) {
        shift += 1.0 / y;
        y += 1.0;
    }
    return std::log(y) - 0.5 / y - digammaCorrection(y) - shift;
}

double logGammaDifference(double a, double d)
{
    if (d == 0.0)
        return 0.0;
    const double b = a + d;
    if (std::min(a, b) >= kAsymptoticFrom)
        return (a - 0.5) * std::log1p(d / a) + d * (std::log(b) - 1.0) + stirlingCorrection(b) - stirlingCorrection(a);
    return logGamma(b) - logGamma(a);
}

double digammaDifference(double a, double d)
{
    if (d == 0.0)
        return 0.0;
    const double b = a + d;
    if (std::min(a, b) >= kAsymptoticFrom)
        return std::log1p(d / a) + d / (2.0 * a * b) - (digammaCorrection(b) - digammaCorrection(a));
    return digamma(b) - digamma(a);
}

double logBeta(double a, double b)
{
    const double small = std::min(a, b);
    const double large = std::max(a, b);
    if (large >= kAsymptoticFrom)
        return logGamma(small) - logGammaDifference(large, small);
    return logGamma(a) + logGamma(b) - logGamma(a + b);
}

double logBetaPeak(double a1, double a2)
{
    const double sum = a1 + a2;
    if (std::min(a1, a2) >= kAsymptoticFrom)
        return 0.5 * std::log(a1 / sum * a2) - kHalfLogTwoPi - stirlingCorrection(a1) - stirlingCorrection(a2)
            + stirlingCorrection(sum);
    return a1 * std::log(a1 / sum) + a2 * std::log(a2 / sum) - logBeta(a1, a2);
}

double logHypergeometric2F1(double a, double b, double c, double z)
{
    if (!(a > 0.0 && b > 0.0 && c > 0.0 && z >= 0.0 && z < 1.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (z == 0.0)
        return 0.0;
    double result = 0.0;
    if (logSeries2F1(a, b, c, z, 500, result))
        return result;
    // Pfaff: 2F1(a, b; c; z) = (1 - z)^-a 2F1(a, c - b; c; -s), s = z / (1 - z), and the
    // right side is a Beta(c - b, b) expectation of a positive integrand when c > b, or
    // one plus such an expectation when c > b - 1: no cancellation in either. The smaller
    // of a and b goes into the power where it can, since ln(1 - z)^-a and the log of the
    // expectation cancel each other.
    const double small = std::min(a, b);
    const double large = std::max(a, b);
    const bool smallOutside = c - large > -1.0;
    const double outside = smallOutside ? small : large;
    const double inside = smallOutside ? large : small;
    const double d = c - inside;
    const double s = z / (1.0 - z);
    const double logPrefactor = -outside * std::log1p(-z);
    if (d > 0.0)
        return logPrefactor + logBetaMeanPower(d, inside, s, outside);
    if (d > -1.0)
        return logPrefactor + std::log1p(-d / c * betaMeanPowerGap(d + 1.0, inside, s, outside));
    logSeries2F1(a, b, c, z, 1000000, result);
    return result;
}

void clearUpperVectorState()
{
#ifdef PATRONAGE_PREDICT_VZEROUPPER
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx)
        zeroUpper();
#endif
}

double hypergeometric2F1(double a, double b, double c, double z)
{
    const double logValue = logHypergeometric2F1(a, b, c, z);
    if (logValue >= std::log(std::numeric_limits<double>::max()))
        return std::numeric_limits<double>::max();
    return std::exp(logValue);
}

} // namespace Patronage::Predict
