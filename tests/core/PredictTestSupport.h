#pragma once

// Shared by the prediction tests: reference tolerances, a portable random
// generator, and shops simulated from the BG/NBD story.

#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <tuple>
#include <vector>

#include "core/predict/BgNbd.h"
#include "core/predict/SpecialFunctions.h"

namespace PredictTestSupport {

using namespace Patronage::Predict;

// Reference values (predict-reference-values.py, mpmath) are met to this relative error.
constexpr double kReferenceTolerance = 1e-10;

inline double relativeError(double value, double expected)
{
    if (expected == 0.0)
        return std::fabs(value);
    return std::fabs(value - expected) / std::fabs(expected);
}

// SplitMix64 (Steele, Lea & Flood 2014): a fixed-seed generator whose stream is the same
// on every platform, with the samplers the BG/NBD and Gamma-Gamma stories need.
class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed)
    { }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; } // (0, 1)
    double exponential() { return -std::log(uniform()); }
    double normal() { return std::sqrt(-2.0 * std::log(uniform())) * std::cos(6.283185307179586 * uniform()); }
    // Gamma(shape, 1), Marsaglia & Tsang (2000), boosted below shape 1.
    double gamma(double shape)
    {
        if (shape < 1.0)
            return gamma(shape + 1.0) * std::pow(uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            const double x = normal();
            double v = 1.0 + c * x;
            if (v <= 0.0)
                continue;
            v = v * v * v;
            if (std::log(uniform()) < 0.5 * x * x + d - d * v + d * std::log(v))
                return d * v;
        }
    }
    double beta(double a, double b)
    {
        const double x = gamma(a);
        return x / (x + gamma(b));
    }

private:
    std::uint64_t m_state;
};

struct Customer {
    int x;
    double tx;
    double T;
};

// One BG/NBD customer observed for T weeks: purchases at rate lambda ~ Gamma(r, alpha);
// after each repeat purchase the customer drops out with probability p ~ Beta(a, b).
inline Customer simulateCustomer(SplitMix64 &rng, double r, double alpha, double a, double b, double T)
{
    const double lambda = rng.gamma(r) / alpha;
    const double p = rng.beta(a, b);
    Customer customer{0, 0.0, T};
    double time = 0.0;
    for (;;) {
        time += rng.exponential() / lambda;
        if (time > T)
            break;
        ++customer.x;
        customer.tx = time;
        if (rng.uniform() < p)
            break;
    }
    return customer;
}

inline std::vector<FrequencyGroup> group(const std::vector<Customer> &customers)
{
    std::map<std::tuple<int, double, double>, long long> counts;
    for (const Customer &c : customers)
        ++counts[{c.x, c.tx, c.T}];
    std::vector<FrequencyGroup> groups;
    for (const auto &[key, count] : counts)
        groups.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
    return groups;
}

// The first purchases spread over 12 weeks, each watched to week 39, as in CDNOW.
inline std::vector<FrequencyGroup> simulateShop(std::uint64_t seed, long customers, double r, double alpha, double a,
                                                double b)
{
    SplitMix64 rng(seed);
    std::vector<Customer> all;
    all.reserve(customers);
    for (long i = 0; i < customers; ++i)
        all.push_back(simulateCustomer(rng, r, alpha, a, b, 27.0 + 12.0 * rng.uniform()));
    return group(all);
}

using LogGradient = std::function<double(const std::vector<double> &, std::vector<double> &)>;

// Standard errors of the log parameters at a maximum: the inverse of minus the Hessian,
// formed by central differences of the analytic gradient.
inline std::vector<double> logStandardErrors(const LogGradient &f, const std::vector<double> &theta)
{
    const std::size_t n = theta.size();
    constexpr double h = 1e-5;
    std::vector<double> hessian(n * n);
    std::vector<double> up(n), down(n);
    for (std::size_t j = 0; j < n; ++j) {
        std::vector<double> plus = theta, minus = theta;
        plus[j] += h;
        minus[j] -= h;
        f(plus, up);
        f(minus, down);
        for (std::size_t i = 0; i < n; ++i)
            hessian[i * n + j] = -(up[i] - down[i]) / (2.0 * h);
    }
    // Gauss-Jordan on the symmetrised matrix, beside the identity.
    std::vector<double> inverse(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        inverse[i * n + i] = 1.0;
        for (std::size_t j = 0; j < i; ++j)
            hessian[i * n + j] = hessian[j * n + i] = 0.5 * (hessian[i * n + j] + hessian[j * n + i]);
    }
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < n; ++row)
            if (std::fabs(hessian[row * n + col]) > std::fabs(hessian[pivot * n + col]))
                pivot = row;
        for (std::size_t k = 0; k < n; ++k) {
            std::swap(hessian[col * n + k], hessian[pivot * n + k]);
            std::swap(inverse[col * n + k], inverse[pivot * n + k]);
        }
        const double scale = hessian[col * n + col];
        for (std::size_t k = 0; k < n; ++k) {
            hessian[col * n + k] /= scale;
            inverse[col * n + k] /= scale;
        }
        for (std::size_t row = 0; row < n; ++row) {
            if (row == col)
                continue;
            const double factor = hessian[row * n + col];
            for (std::size_t k = 0; k < n; ++k) {
                hessian[row * n + k] -= factor * hessian[col * n + k];
                inverse[row * n + k] -= factor * inverse[col * n + k];
            }
        }
    }
    std::vector<double> errors(n);
    for (std::size_t i = 0; i < n; ++i)
        errors[i] = std::sqrt(inverse[i * n + i]);
    return errors;
}

inline BgNbdModel bgNbdModel(double r, double alpha, double a, double b)
{
    BgNbdModel model;
    model.status = FitStatus::Converged;
    model.reason = NoPredictionReason::None;
    model.r = r;
    model.alpha = alpha;
    model.a = a;
    model.b = b;
    return model;
}

// Spec §10's E, straight from its 2F1 form (1 - u^n F formed as -expm1 of its log).
inline double expectedBySpecFormula(const BgNbdModel &m, int x, double tx, double T, double t)
{
    const double n = m.r + x;
    const double c = m.a + m.b + x - 1.0;
    const double logF = logHypergeometric2F1(n, m.b + x, c, t / (m.alpha + T + t));
    const double logPower = n * std::log((m.alpha + T) / (m.alpha + T + t));
    return c / (m.a - 1.0) * -std::expm1(logPower + logF) * m.probabilityAlive(x, tx, T);
}

inline bool finiteNonNegative(double v)
{
    return std::isfinite(v) && v >= 0.0;
}

} // namespace PredictTestSupport
