#include "core/predict/GammaGamma.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

#include "core/predict/Optimizer.h"
#include "core/predict/SpecialFunctions.h"

namespace Patronage::Predict {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

} // namespace

double GammaGammaModel::expectedValue(int x, double m) const
{
    if (status == FitStatus::NoPrediction || (x >= 1 && !std::isfinite(m)))
        return 0.0;
    const double mean = m > 0.0 ? m : 0.0;
    switch (limit) {
    case Limit::None:
        // (q-1)/(px+q-1) * p gamma/(q-1) + px/(px+q-1) * m, without dividing by q - 1.
        if (x >= 1)
            return p * (gamma + x * mean) / (p * x + q - 1.0);
        return meanValue;
    case Limit::NoSpreadWithinCustomer: return x >= 1 ? mean : meanValue;
    case Limit::NoSpreadBetweenCustomers:
    case Limit::NoSpread: return meanValue;
    }
    return 0.0;
}

GammaGammaLikelihood::GammaGammaLikelihood(const std::vector<ValueGroup> &groups)
{
    std::vector<ValueGroup> clean;
    clean.reserve(groups.size());
    for (const ValueGroup &g : groups) {
        if (g.count > 0 && g.x >= 1 && std::isfinite(g.m) && g.m > 0.0)
            clean.push_back(g);
    }
    std::sort(clean.begin(), clean.end(),
              [](const ValueGroup &l, const ValueGroup &r) { return std::tie(l.x, l.m) < std::tie(r.x, r.m); });
    double smallest = kInfinity;
    double largest = 0.0;
    double sumM = 0.0;
    for (const ValueGroup &g : clean) {
        const double count = static_cast<double>(g.count);
        if (!m_rows.empty() && m_rows.back().x == g.x && m_rows.back().m == g.m) {
            m_rows.back().count += count;
        } else {
            if (m_perX.empty() || m_perX.back().x != g.x)
                m_perX.push_back({static_cast<double>(g.x), 0.0, 0.0, 0.0});
            m_rows.push_back({static_cast<int>(m_perX.size()) - 1, static_cast<double>(g.x), g.m, count});
        }
        PerX &perX = m_perX.back();
        perX.count += count;
        perX.sumLogM += count * std::log(g.m);
        perX.sumM += count * g.m;
        m_customers += g.count;
        m_count += count;
        m_sumLogXM += count * std::log(g.x * g.m);
        m_sumLogM += count * std::log(g.m);
        m_sumInverseM += count / g.m;
        sumM += count * g.m;
        smallest = std::min(smallest, g.m);
        largest = std::max(largest, g.m);
    }
    m_meanOfMeans = m_count > 0.0 ? sumM / m_count : 0.0;
    m_allEqual = m_count > 0.0 && largest - smallest <= 1e-12 * largest;
}

double GammaGammaLikelihood::logLikelihood(double p, double q, double gamma, double *gradient) const
{
    clearUpperVectorState();
    // Per row: lnG(px+q) - lnG(px) - lnG(q) + q ln gamma + (px-1) ln m + px ln x
    // - (px+q) ln(gamma + x m), with ln(gamma + x m) = ln(x m) + B, B = ln(1 + gamma/(x m)),
    // so that the p x terms meet as -p x B, which stays exact as p -> inf, gamma -> 0.
    double constant = 0.0;
    double dP = 0.0;
    double dQ = 0.0;
    for (const PerX &perX : m_perX) {
        const double px = p * perX.x;
        constant += perX.count * logGammaDifference(px, q);
        if (gradient) {
            dP += perX.count * perX.x * digammaDifference(px, q);
            dQ += perX.count * digammaDifference(q, px);
        }
    }
    double sumXB = 0.0;
    double sumB = 0.0;
    double sumXShare = 0.0; // sum c x gamma / (gamma + x m)
    double sumShare = 0.0;
    for (const Row &row : m_rows) {
        const double xm = row.x * row.m;
        const double b = std::log1p(gamma / xm);
        sumXB += row.count * row.x * b;
        sumB += row.count * b;
        if (gradient) {
            const double share = gamma / (gamma + xm);
            sumXShare += row.count * row.x * share;
            sumShare += row.count * share;
        }
    }
    const double logGammaParameter = std::log(gamma);
    const double logLikelihood = constant - m_count * logGamma(q) + m_count * q * logGammaParameter - p * sumXB
        - m_sumLogM - q * (m_sumLogXM + sumB);
    if (gradient) {
        gradient[0] = p * (dP - sumXB);
        gradient[1] = q * (dQ + m_count * logGammaParameter - m_sumLogXM - sumB);
        gradient[2] = m_count * q - p * sumXShare - q * sumShare;
    }
    return logLikelihood;
}

double GammaGammaLikelihood::noSpreadWithinLogLikelihood(double q, double c, double *gradient) const
{
    const double logC = std::log(c);
    if (gradient) {
        gradient[0] = q * (m_count * logC - m_count * digamma(q) - m_sumLogM);
        gradient[1] = m_count * q - c * m_sumInverseM;
    }
    return m_count * (q * logC - logGamma(q)) - (q + 1.0) * m_sumLogM - c * m_sumInverseM;
}

double GammaGammaLikelihood::noSpreadBetweenLogLikelihood(double p, double k, double *gradient) const
{
    const double logK = std::log(k);
    double sum = 0.0;
    double dP = 0.0;
    double dK = 0.0;
    for (const PerX &perX : m_perX) {
        const double px = p * perX.x;
        const double logRate = std::log(perX.x) - logK;
        sum += perX.count * (px * logRate - logGamma(px)) + (px - 1.0) * perX.sumLogM - perX.x * perX.sumM / k;
        if (gradient) {
            dP += perX.x * (perX.count * (logRate - digamma(px)) + perX.sumLogM);
            dK += perX.x * (perX.sumM / k - perX.count * p);
        }
    }
    if (gradient) {
        gradient[0] = p * dP;
        gradient[1] = dK;
    }
    return sum;
}

GammaGammaModel fitGammaGamma(const std::vector<ValueGroup> &groups)
{
    GammaGammaModel model;
    const GammaGammaLikelihood likelihood(groups);
    model.customers = likelihood.customers();
    if (likelihood.customers() < kMinimumRepeatCustomers) {
        model.status = FitStatus::NoPrediction;
        model.reason = NoPredictionReason::TooFewRepeatCustomers;
        return model;
    }
    model.reason = NoPredictionReason::None;
    const double mean = likelihood.meanOfMeans();
    if (likelihood.allEqual()) {
        // No spread at all: a point mass, which every limit approaches with an unbounded
        // likelihood; the only sensible prediction is the common value.
        model.status = FitStatus::Boundary;
        model.limit = GammaGammaModel::Limit::NoSpread;
        model.p = model.q = model.gamma = model.c = kInfinity;
        model.meanValue = mean;
        model.logLikelihood = kInfinity;
        return model;
    }

    const double scale = 1.0 / static_cast<double>(likelihood.customers());
    const Optimizer optimizer;
    const Optimizer::Result full = optimizer.minimize(
        [&](const std::vector<double> &theta, std::vector<double> &g) {
            double gradient[3];
            const double value =
                likelihood.logLikelihood(std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), gradient);
            for (int i = 0; i < 3; ++i)
                g[i] = -gradient[i] * scale;
            return -value * scale;
        },
        {0.0, std::log(2.0), std::log(mean)});
    const Optimizer::Result within = optimizer.minimize(
        [&](const std::vector<double> &theta, std::vector<double> &g) {
            double gradient[2];
            const double value =
                likelihood.noSpreadWithinLogLikelihood(std::exp(theta[0]), std::exp(theta[1]), gradient);
            g[0] = -gradient[0] * scale;
            g[1] = -gradient[1] * scale;
            return -value * scale;
        },
        {std::log(2.0), std::log(mean)});
    const Optimizer::Result between = optimizer.minimize(
        [&](const std::vector<double> &theta, std::vector<double> &g) {
            double gradient[2];
            const double value =
                likelihood.noSpreadBetweenLogLikelihood(std::exp(theta[0]), std::exp(theta[1]), gradient);
            g[0] = -gradient[0] * scale;
            g[1] = -gradient[1] * scale;
            return -value * scale;
        },
        {0.0, std::log(mean)});
    model.iterations = full.iterations + within.iterations + between.iterations;

    const double p = std::exp(full.x[0]);
    const double q = std::exp(full.x[1]);
    const double gamma = std::exp(full.x[2]);
    const double fullLogLikelihood = likelihood.logLikelihood(p, q, gamma);
    const double withinQ = std::exp(within.x[0]);
    const double withinC = std::exp(within.x[1]);
    const double withinLogLikelihood = likelihood.noSpreadWithinLogLikelihood(withinQ, withinC);
    const double betweenP = std::exp(between.x[0]);
    const double betweenK = std::exp(between.x[1]);
    const double betweenLogLikelihood = likelihood.noSpreadBetweenLogLikelihood(betweenP, betweenK);
    const double bestLimit = std::max(withinLogLikelihood, betweenLogLikelihood);

    if (full.atInteriorMinimum() && fullLogLikelihood + 1e-7 >= bestLimit) {
        model.status = FitStatus::Converged;
        model.p = p;
        model.q = q;
        model.gamma = gamma;
        model.c = p * gamma;
        model.k = gamma / q;
        model.logLikelihood = fullLogLikelihood;
        if (q > 1.0) {
            model.meanValue = p * gamma / (q - 1.0);
        } else {
            model.status = FitStatus::NoPrediction;
            model.reason = NoPredictionReason::ExpectedValueUndefined;
        }
        return model;
    }
    model.status = FitStatus::Boundary;
    if (withinLogLikelihood >= betweenLogLikelihood) {
        model.limit = GammaGammaModel::Limit::NoSpreadWithinCustomer;
        model.p = kInfinity;
        model.gamma = 0.0;
        model.q = withinQ;
        model.c = withinC;
        model.logLikelihood = withinLogLikelihood;
        if (withinQ > 1.0) {
            model.meanValue = withinC / (withinQ - 1.0);
        } else {
            model.status = FitStatus::NoPrediction;
            model.reason = NoPredictionReason::ExpectedValueUndefined;
        }
    } else {
        model.limit = GammaGammaModel::Limit::NoSpreadBetweenCustomers;
        model.q = kInfinity;
        model.gamma = kInfinity;
        model.p = betweenP;
        model.k = betweenK;
        model.meanValue = betweenP * betweenK;
        model.logLikelihood = betweenLogLikelihood;
    }
    return model;
}

} // namespace Patronage::Predict
