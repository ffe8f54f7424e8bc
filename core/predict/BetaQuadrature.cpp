#include "core/predict/BetaQuadrature.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

#include "core/predict/SpecialFunctions.h"

namespace Patronage::Predict {
namespace {

constexpr double kHalfPi = 1.57079632679489661923;

// Quadrature of Beta expectations. The integrand is written over the logit of p, where
// the Beta density is log-concave and its endpoint singularities become exponential
// tails; it is integrated in log space, split at its mode, each half with a
// double-exponential (exp-sinh) rule scaled to that half, so that a peak a few 1e-3 wide
// and a tail spanning thousands of units are both resolved.

// A point v = y - y* of the logit y = ln(p / (1 - p)), measured from the mode
// y* = ln(a1 / a2) of the Beta(a1, a2) density, where p* = a1 / (a1 + a2). The log
// density is kept relative to its peak, a1 (ln p - ln p*) + a2 (ln q - ln q*), formed
// from log1p of small numbers, so that a1 and a2 in the thousands lose nothing to
// cancellation.
struct BetaFrame {
    double pMode;
    double qMode;
    double logPMode;
    double logQMode;
    explicit BetaFrame(double a1, double a2)
        : pMode(a1 / (a1 + a2))
        , qMode(a2 / (a1 + a2))
        , logPMode(std::log(pMode))
        , logQMode(std::log(qMode))
    { }
};

struct BetaPoint {
    double relativeLogP; ///< ln p - ln p*
    double relativeLogQ; ///< ln q - ln q*
    double p;
    double q;
};

BetaPoint betaPoint(const BetaFrame &frame, double v)
{
    BetaPoint point{};
    if (std::fabs(v) <= 1.0) {
        const double grow = std::expm1(v);
        const double denominator = 1.0 + frame.pMode * grow;
        point.relativeLogQ = -std::log1p(frame.pMode * grow);
        point.p = frame.pMode * (1.0 + grow) / denominator;
        point.q = frame.qMode / denominator;
    } else if (v > 0.0) {
        const double shrink = std::exp(-v) * frame.qMode / frame.pMode;
        point.relativeLogQ = -(v + frame.logPMode + std::log1p(shrink));
        point.p = 1.0 / (1.0 + shrink);
        point.q = shrink / (1.0 + shrink);
    } else {
        const double shrink = std::exp(v) * frame.pMode / frame.qMode;
        point.relativeLogQ = -(frame.logQMode + std::log1p(shrink));
        point.p = shrink / (1.0 + shrink);
        point.q = 1.0 / (1.0 + shrink);
    }
    point.relativeLogP = v + point.relativeLogQ;
    return point;
}

// Beta(a1, a2)-weighted (1 + s p)^-n, in log, relative to the Beta peak.
struct PowerIntegrand {
    double a1;
    double a2;
    double s;
    double n;
    BetaFrame frame{a1, a2};

    double value(double v) const
    {
        const BetaPoint b = betaPoint(frame, v);
        return a1 * b.relativeLogP + a2 * b.relativeLogQ - n * std::log1p(s * b.p);
    }
    double slope(double v) const
    {
        const BetaPoint b = betaPoint(frame, v);
        return a1 * b.q - a2 * b.p - n * s * b.p * b.q / (1.0 + s * b.p);
    }
};

// Beta(a1, a2)-weighted (1 - (1 + s p)^-n) / p, in log, relative to the Beta peak;
// needs s, n > 0.
struct GapIntegrand {
    double a1;
    double a2;
    double s;
    double n;
    BetaFrame frame{a1, a2};
    double logNs = std::log(n * s);
    double logSmall = std::log(s * (n + 1.0));

    // Below this, 1 - (1 + s p)^-n = n s p (1 - (n + 1) s p / 2) to double precision and
    // the closed form would divide two vanishing numbers.
    bool tiny(const BetaPoint &b) const { return frame.logPMode + b.relativeLogP + logSmall < -40.0; }

    double value(double v) const
    {
        const BetaPoint b = betaPoint(frame, v);
        double logG;
        if (tiny(b)) {
            logG = logNs - 0.5 * (n + 1.0) * s * b.p;
        } else {
            const double w = n * std::log1p(s * b.p);
            logG = std::log(-std::expm1(-w)) - frame.logPMode - b.relativeLogP;
        }
        return a1 * b.relativeLogP + a2 * b.relativeLogQ + logG;
    }
    double slope(double v) const
    {
        const BetaPoint b = betaPoint(frame, v);
        double bracket;
        if (tiny(b)) {
            bracket = -0.5 * (n + 1.0) * s * b.p;
        } else {
            const double w = n * std::log1p(s * b.p);
            bracket = n * s * b.p / ((1.0 + s * b.p) * std::expm1(w)) - 1.0;
        }
        return a1 * b.q - a2 * b.p + b.q * bracket;
    }
};

// exp-sinh nodes x = exp(pi/2 sinh tau), weights dx/dtau, tau = j / 256 for |tau| <= 4.5.
constexpr int kFinestLevel = 8;
constexpr int kNodeSteps = 256 * 9 / 2;

struct ExpSinhNodes {
    std::array<double, 2 * kNodeSteps + 1> x{};
    std::array<double, 2 * kNodeSteps + 1> weight{};
    ExpSinhNodes()
    {
        for (int j = -kNodeSteps; j <= kNodeSteps; ++j) {
            const double tau = j / 256.0;
            const double e = std::exp(kHalfPi * std::sinh(tau));
            x[j + kNodeSteps] = e;
            weight[j + kNodeSteps] = kHalfPi * std::cosh(tau) * e;
        }
    }
};

const ExpSinhNodes &expSinhNodes()
{
    static const ExpSinhNodes nodes;
    return nodes;
}

template <typename Integrand> double findMode(const Integrand &f, double start)
{
    double slope = f.slope(start);
    if (slope == 0.0 || !std::isfinite(slope))
        return start;
    // Bracket the root of the slope: as y -> -inf it tends to a1 > 0, as y -> +inf to
    // -a2 - ... < 0.
    const double direction = slope > 0.0 ? 1.0 : -1.0;
    double near = start;
    double nearSlope = slope;
    double step = 1.0;
    double far = start + direction * step;
    double farSlope = f.slope(far);
    for (int i = 0; i < 200 && farSlope * direction > 0.0; ++i) {
        near = far;
        nearSlope = farSlope;
        step *= 2.0;
        far = near + direction * step;
        farSlope = f.slope(far);
    }
    if (farSlope * direction > 0.0)
        return far;
    // Illinois (modified regula falsi) on the bracket.
    double lo = near, loSlope = nearSlope, hi = far, hiSlope = farSlope;
    int side = 0;
    for (int i = 0; i < 200; ++i) {
        if (std::fabs(hi - lo) <= 1e-9 * (1.0 + std::fabs(lo) + std::fabs(hi)))
            break;
        double mid = (lo * hiSlope - hi * loSlope) / (hiSlope - loSlope);
        if (!(mid > std::min(lo, hi) && mid < std::max(lo, hi)))
            mid = 0.5 * (lo + hi);
        const double midSlope = f.slope(mid);
        if (midSlope == 0.0)
            return mid;
        if ((midSlope > 0.0) == (loSlope > 0.0)) {
            lo = mid;
            loSlope = midSlope;
            if (side == -1)
                hiSlope *= 0.5;
            side = -1;
        } else {
            hi = mid;
            hiSlope = midSlope;
            if (side == 1)
                loSlope *= 0.5;
            side = 1;
        }
    }
    return 0.5 * (lo + hi);
}

// A length on one side of the mode over which the log-integrand drops by about 1.
template <typename Integrand> double sideScale(const Integrand &f, double mode, double peak, double direction)
{
    double d = 1.0;
    for (int i = 0; i < 200; ++i) {
        const double drop = peak - f.value(mode + direction * d);
        if (!(drop >= 0.25)) {
            if (d > 1e15)
                break;
            d *= drop < 0.01 ? 8.0 : 2.0;
        } else if (drop > 4.0) {
            if (d < 1e-12)
                break;
            d *= drop > 100.0 ? 0.125 : 0.5;
        } else {
            break;
        }
    }
    return d;
}

// The integral over (mode, mode + direction * inf) of exp(f - peak), by exp-sinh levels
// refined until two agree to 1e-11 (each level about squares the error).
template <typename Integrand> double halfIntegral(const Integrand &f, double mode, double peak, double direction)
{
    const ExpSinhNodes &nodes = expSinhNodes();
    const double d = sideScale(f, mode, peak, direction);
    auto term = [&](int j) {
        const double x = nodes.x[j + kNodeSteps];
        // Next to the mode the integrand is its peak to double precision.
        const double value = x < 1e-12 ? 1.0 : std::exp(f.value(mode + direction * d * x) - peak);
        return nodes.weight[j + kNodeSteps] * value;
    };
    // The coarsest level fixes the range: nodes are added outwards until they stop
    // contributing.
    constexpr int coarseLevel = 2;
    int stride = 1 << (kFinestLevel - coarseLevel);
    double sum = term(0);
    int jLow = 0;
    int jHigh = 0;
    for (int way = -1; way <= 1; way += 2) {
        int negligible = 0;
        for (int j = way * stride; std::abs(j) <= kNodeSteps; j += way * stride) {
            const double t = term(j);
            sum += t;
            if (way < 0)
                jLow = j;
            else
                jHigh = j;
            if (t <= 1e-20 * sum) {
                if (++negligible >= 2)
                    break;
            } else {
                negligible = 0;
            }
        }
    }
    double h = static_cast<double>(stride) / 256.0;
    double estimate = sum * h;
    for (int level = coarseLevel + 1; level <= kFinestLevel; ++level) {
        stride /= 2;
        for (int j = jLow + stride; j < jHigh; j += 2 * stride)
            sum += term(j);
        h *= 0.5;
        const double refined = sum * h;
        const bool settled = std::fabs(refined - estimate) <= 1e-11 * refined;
        estimate = refined;
        if (settled && level >= coarseLevel + 2)
            break;
    }
    return estimate * d;
}

// ln of the integral over the real line of exp(f(y)).
template <typename Integrand> double logIntegral(const Integrand &f, double start)
{
    const double mode = findMode(f, start);
    const double peak = f.value(mode);
    const double total = halfIntegral(f, mode, peak, -1.0) + halfIntegral(f, mode, peak, 1.0);
    return peak + std::log(total);
}

} // namespace

double logBetaMeanPower(double a1, double a2, double s, double n)
{
    if (s == 0.0 || n == 0.0)
        return 0.0;
    const PowerIntegrand f{a1, a2, s, n};
    return logIntegral(f, 0.0) + logBetaPeak(a1, a2);
}

double betaMeanPower(double a1, double a2, double s, double n)
{
    return std::exp(logBetaMeanPower(a1, a2, s, n));
}

double betaMeanPowerGap(double a1, double a2, double s, double n)
{
    if (s == 0.0 || n == 0.0)
        return 0.0;
    const GapIntegrand f{a1, a2, s, n};
    return std::exp(logIntegral(f, 0.0) + logBetaPeak(a1, a2));
}

} // namespace Patronage::Predict
