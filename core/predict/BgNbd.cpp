#include "core/predict/BgNbd.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <tuple>

#include "core/predict/BetaQuadrature.h"
#include "core/predict/Optimizer.h"
#include "core/predict/SpecialFunctions.h"

namespace Patronage::Predict {
namespace {

// ln a/(b+x-1) + (r+x) ln((alpha+T)/(alpha+t_x)): the log of the odds that a customer has
// dropped out (spec §10's P(alive) = 1 / (1 + exp of this)).
double dropoutLogOdds(double r, double alpha, double a, double b, int x, double tx, double T)
{
    const double ratio = std::log1p((T - tx) / (alpha + tx));
    return std::log(a) - std::log(b + x - 1.0) + (r + x) * ratio;
}

// E_p[(1 - (1 + s p)^-n) / p] for p ~ Beta(a, beta) by Euler's transformation of the
// 2F1 in spec §10, written so that a = 1 is a removable point:
// C [(1 - u^(a-1)) / (a-1) - u^(a-1) S], C = a + beta - 1, u = 1/(1+s), z = 1 - u,
// S = sum_k>=1 (C-n)_k (a)_(k-1) / ((C)_k k!) z^k. Fast where S converges in a few hundred
// terms without much cancellation; false otherwise.
bool gapBySeries(double a, double beta, double s, double n, double &result)
{
    const double c = a + beta - 1.0;
    if (!(c > 0.5))
        return false;
    const double z = s / (1.0 + s);
    const double logU = -std::log1p(s);
    const double upper = c - n;
    const double exponent = (a - 1.0) * logU;
    const double first = exponent == 0.0 ? -logU : -std::expm1(exponent) / (a - 1.0);
    double term = upper * z / c;
    double sum = term;
    double largest = std::fabs(term);
    bool settled = term == 0.0;
    const double monotoneFrom = std::fabs(upper) + std::fabs(a) + 2.0;
    for (int k = 1; k <= 600 && !settled; ++k) {
        const double kk = k;
        const double ratio = (upper + kk) * (a + kk - 1.0) / ((c + kk) * (kk + 1.0)) * z;
        term *= ratio;
        sum += term;
        largest = std::max(largest, std::fabs(term));
        const double bound = std::max(std::fabs(ratio), z);
        settled = kk > monotoneFrom && bound < 1.0 && std::fabs(term) * bound / (1.0 - bound) <= 1e-17 * std::fabs(sum);
        if (term == 0.0)
            settled = true;
    }
    if (!settled || largest > 100.0 * std::fabs(sum))
        return false;
    // Up to three digits may cancel between the two parts; more and the quadrature is used.
    const double second = std::exp(exponent) * sum;
    if (!(second <= 0.999 * first))
        return false;
    result = c * (first - second);
    return result > 0.0;
}

double gapExpectation(double a, double beta, double s, double n)
{
    double result = 0.0;
    if (gapBySeries(a, beta, s, n, result))
        return result;
    return betaMeanPowerGap(a, beta, s, n);
}

bool validCustomer(int x, double tx, double T)
{
    return x >= 0 && std::isfinite(tx) && std::isfinite(T) && T >= 0.0;
}

// softplus(x) = ln(1 + e^x) and the logistic 1 / (1 + e^-x), from one exponential.
void softplus(double x, double &value, double &logistic)
{
    if (x > 0.0) {
        const double e = std::exp(-x);
        value = x + std::log1p(e);
        logistic = 1.0 / (1.0 + e);
    } else {
        const double e = std::exp(x);
        value = std::log1p(e);
        logistic = e / (1.0 + e);
    }
}

} // namespace

double BgNbdModel::probabilityAlive(int x, double tx, double T) const
{
    if (status == FitStatus::NoPrediction || !validCustomer(x, tx, T))
        return 0.0;
    if (dropoutVanishes || x == 0)
        return 1.0;
    double value = 0.0;
    double logistic = 0.0;
    softplus(-dropoutLogOdds(r, alpha, a, b, x, std::clamp(tx, 0.0, T), T), value, logistic);
    return logistic;
}

double BgNbdModel::expectedPurchases(int x, double tx, double T, double t) const
{
    if (status == FitStatus::NoPrediction || !validCustomer(x, tx, T) || !(t > 0.0) || !std::isfinite(t))
        return 0.0;
    clearUpperVectorState();
    const double n = r + x;
    if (dropoutVanishes)
        return t * n / (alpha + T);
    return probabilityAlive(x, tx, T) * gapExpectation(a, b + x, t / (alpha + T), n);
}

BgNbdLikelihood::BgNbdLikelihood(const std::vector<FrequencyGroup> &groups)
{
    struct Clean {
        int x;
        double tx;
        double T;
        long long count;
    };
    std::vector<Clean> clean;
    clean.reserve(groups.size());
    for (const FrequencyGroup &g : groups) {
        if (g.count <= 0 || g.x < 0 || !std::isfinite(g.T) || !std::isfinite(g.tx) || g.T < 0.0)
            continue;
        // t_x means nothing without a repeat purchase; pinning it lets such groups merge.
        const double tx = g.x == 0 ? 0.0 : std::clamp(g.tx, 0.0, g.T);
        clean.push_back({g.x, tx, g.T, g.count});
    }
    std::sort(clean.begin(), clean.end(),
              [](const Clean &l, const Clean &r) { return std::tie(l.x, l.tx, l.T) < std::tie(r.x, r.tx, r.T); });
    std::vector<Clean> merged;
    for (const Clean &c : clean) {
        if (!merged.empty() && merged.back().x == c.x && merged.back().tx == c.tx && merged.back().T == c.T)
            merged.back().count += c.count;
        else
            merged.push_back(c);
    }

    for (const Clean &c : merged) {
        m_times.push_back(c.T);
        m_times.push_back(c.tx);
    }
    std::sort(m_times.begin(), m_times.end());
    m_times.erase(std::unique(m_times.begin(), m_times.end()), m_times.end());
    auto timeIndex = [this](double v) {
        return static_cast<int>(std::lower_bound(m_times.begin(), m_times.end(), v) - m_times.begin());
    };

    m_rows.reserve(merged.size());
    for (const Clean &c : merged) {
        if (m_xValues.empty() || m_xValues.back() != c.x) {
            m_xValues.push_back(c.x);
            m_xCounts.push_back(0.0);
        }
        const double count = static_cast<double>(c.count);
        m_xCounts.back() += count;
        m_rows.push_back(
            {static_cast<int>(m_xValues.size()) - 1, timeIndex(c.T), timeIndex(c.tx), static_cast<double>(c.x), count});
        m_customers += c.count;
        if (c.x > 0)
            m_repeatCustomers += c.count;
        m_totalX += count * c.x;
        m_totalWeeks += count * c.T;
    }
}

double BgNbdLikelihood::logLikelihood(double r, double alpha, double a, double b, double *gradient) const
{
    return evaluate(r, alpha, a, b, false, gradient);
}

double BgNbdLikelihood::nbdLogLikelihood(double r, double alpha, double *gradient) const
{
    return evaluate(r, alpha, 0.0, 0.0, true, gradient);
}

double BgNbdLikelihood::evaluate(double r, double alpha, double a, double b, bool nbd, double *gradient) const
{
    clearUpperVectorState();
    // ln(alpha + v) = ln alpha + ln(1 + v/alpha) per distinct time; the ln alpha parts add
    // up to -sum x ln alpha, which keeps large alpha free of cancellation.
    const std::size_t timeCount = m_times.size();
    std::vector<double> logShift(timeCount);
    std::vector<double> share(timeCount); // v / (alpha + v) = -alpha d/dalpha ln(1 + v/alpha)
    for (std::size_t i = 0; i < timeCount; ++i) {
        logShift[i] = std::log1p(m_times[i] / alpha);
        share[i] = m_times[i] / (alpha + m_times[i]);
    }

    const std::size_t xCount = m_xValues.size();
    std::vector<double> logOddsBase(xCount, 0.0); // ln a - ln(b + x - 1)
    std::vector<double> bShare(xCount, 0.0);      // b / (b + x - 1)
    double constant = 0.0;
    double dR = 0.0;
    double dA = 0.0;
    double dB = 0.0;
    for (std::size_t i = 0; i < xCount; ++i) {
        const double x = m_xValues[i];
        const double weight = m_xCounts[i];
        double term = logGammaDifference(r, x);
        if (gradient)
            dR += weight * digammaDifference(r, x);
        if (!nbd && x > 0) {
            // ln B(a, b + x) - ln B(a, b)
            term += logGammaDifference(b, x) - logGammaDifference(a + b, x);
            logOddsBase[i] = std::log(a) - std::log(b + x - 1.0);
            bShare[i] = b / (b + x - 1.0);
            if (gradient) {
                const double abShift = digammaDifference(a + b, x);
                dA -= weight * abShift;
                dB += weight * (digammaDifference(b, x) - abShift);
            }
        }
        constant += weight * term;
    }

    double sumShiftT = 0.0;   // sum c ln(1 + T/alpha)
    double sumRxShiftT = 0.0; // sum c (r+x) ln(1 + T/alpha)
    double sumRxShareT = 0.0; // sum c (r+x) T/(alpha+T)
    double sumSoftplus = 0.0;
    double sumOddsDelta = 0.0; // sum c sigma Delta
    double sumOddsShare = 0.0; // sum c sigma (r+x) (share(t_x) - share(T))
    double sumOdds = 0.0;      // sum c sigma
    double sumOddsB = 0.0;     // sum c sigma b/(b+x-1)
    for (const Row &row : m_rows) {
        const double c = row.count;
        const double rx = r + row.x;
        const double shiftT = logShift[row.tIndex];
        sumShiftT += c * shiftT;
        sumRxShiftT += c * rx * shiftT;
        sumRxShareT += c * rx * share[row.tIndex];
        if (nbd || row.x == 0.0)
            continue;
        const double delta = shiftT - logShift[row.txIndex];
        double value = 0.0;
        double sigma = 0.0;
        softplus(logOddsBase[row.xIndex] + rx * delta, value, sigma);
        sumSoftplus += c * value;
        sumOddsDelta += c * sigma * delta;
        sumOddsShare += c * sigma * rx * (share[row.txIndex] - share[row.tIndex]);
        sumOdds += c * sigma;
        sumOddsB += c * sigma * bShare[row.xIndex];
    }

    const double logLikelihood = constant - m_totalX * std::log(alpha) - sumRxShiftT + sumSoftplus;
    if (gradient) {
        gradient[0] = r * (dR - sumShiftT + sumOddsDelta);
        gradient[1] = -m_totalX + sumRxShareT + sumOddsShare;
        if (!nbd) {
            gradient[2] = a * dA + sumOdds;
            gradient[3] = b * dB - sumOddsB;
        }
    }
    return logLikelihood;
}

BgNbdModel fitBgNbd(const std::vector<FrequencyGroup> &groups)
{
    BgNbdModel model;
    const BgNbdLikelihood likelihood(groups);
    model.customers = likelihood.customers();
    if (likelihood.repeatCustomers() < kMinimumRepeatCustomers) {
        model.status = FitStatus::NoPrediction;
        model.reason = NoPredictionReason::TooFewRepeatCustomers;
        return model;
    }
    // Per customer, so that the tolerances mean the same for 50 customers and a million.
    const double scale = 1.0 / static_cast<double>(likelihood.customers());
    const Optimizer optimizer;

    // The NBD first: it is the dropout-free limit, and a fair start for r and alpha.
    const double rate = likelihood.totalRepeatPurchases() / std::max(likelihood.totalWeeks(), 1e-9);
    const Optimizer::Objective nbdObjective = [&](const std::vector<double> &theta, std::vector<double> &g) {
        double gradient[2];
        const double value = likelihood.nbdLogLikelihood(std::exp(theta[0]), std::exp(theta[1]), gradient);
        g[0] = -gradient[0] * scale;
        g[1] = -gradient[1] * scale;
        return -value * scale;
    };
    const Optimizer::Result nbdFit = optimizer.minimize(nbdObjective, {0.0, -std::log(rate)});
    const double nbdR = std::exp(nbdFit.x[0]);
    const double nbdAlpha = std::exp(nbdFit.x[1]);
    const double nbdLogLikelihood = likelihood.nbdLogLikelihood(nbdR, nbdAlpha);

    const Optimizer::Objective objective = [&](const std::vector<double> &theta, std::vector<double> &g) {
        double gradient[4];
        const double value = likelihood.logLikelihood(std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]),
                                                      std::exp(theta[3]), gradient);
        for (int i = 0; i < 4; ++i)
            g[i] = -gradient[i] * scale;
        return -value * scale;
    };
    const Optimizer::Result fit = optimizer.minimize(objective, {nbdFit.x[0], nbdFit.x[1], 0.0, std::log(3.0)});
    model.iterations = nbdFit.iterations + fit.iterations;
    const double r = std::exp(fit.x[0]);
    const double alpha = std::exp(fit.x[1]);
    const double a = std::exp(fit.x[2]);
    const double b = std::exp(fit.x[3]);
    const double fullLogLikelihood = likelihood.logLikelihood(r, alpha, a, b);

    // Dropout vanishes when the mean dropout probability a/(a+b) heads for 0, by a -> 0 or
    // b -> inf; the likelihood then only approaches the NBD's from below.
    const double logMeanDropout = fit.x[2] - std::log(a + b);
    const bool dropoutGone = logMeanDropout < -18.0 || fullLogLikelihood <= nbdLogLikelihood + 1e-9;
    model.reason = NoPredictionReason::None;
    if (dropoutGone) {
        model.status = FitStatus::Boundary;
        model.dropoutVanishes = true;
        model.r = nbdR;
        model.alpha = nbdAlpha;
        model.logLikelihood = nbdLogLikelihood;
        return model;
    }
    // A runaway elsewhere (r and alpha together: no spread in purchase rates; a and b
    // together: one dropout probability for all) has no closed limit in the spec; the model
    // at the bound predicts like the limit to many digits.
    model.status = fit.atInteriorMinimum() ? FitStatus::Converged : FitStatus::Boundary;
    model.r = r;
    model.alpha = alpha;
    model.a = a;
    model.b = b;
    model.logLikelihood = fullLogLikelihood;
    return model;
}

} // namespace Patronage::Predict
