#include "core/predict/Optimizer.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace Patronage::Predict {
namespace {

double dot(const std::vector<double> &u, const std::vector<double> &v)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < u.size(); ++i)
        sum += u[i] * v[i];
    return sum;
}

double maxAbs(const std::vector<double> &v)
{
    double largest = 0.0;
    for (double e : v)
        largest = std::max(largest, std::fabs(e));
    return largest;
}

void setIdentity(std::vector<double> &matrix, std::size_t n, double diagonal)
{
    std::fill(matrix.begin(), matrix.end(), 0.0);
    for (std::size_t i = 0; i < n; ++i)
        matrix[i * n + i] = diagonal;
}

struct Trial {
    double alpha = 0.0;
    std::vector<double> x;
    double value = 0.0;
    std::vector<double> gradient;
};

} // namespace

double Optimizer::Result::gradientNorm() const
{
    return maxAbs(gradient);
}

bool Optimizer::Result::atInteriorMinimum(double gradientBound) const
{
    switch (status) {
    case Status::Converged: return true;
    case Status::Stalled:
    case Status::IterationLimit: return gradientNorm() <= gradientBound;
    case Status::Runaway: return false;
    }
    return false;
}

Optimizer::Result Optimizer::minimize(const Objective &objective, std::vector<double> start) const
{
    constexpr double armijo = 1e-4;
    constexpr double curvature = 0.9;
    const std::size_t n = start.size();

    Result result;
    result.x = std::move(start);
    result.gradient.assign(n, 0.0);
    result.lastStep.assign(n, 0.0);
    result.runaway.assign(n, false);
    result.value = objective(result.x, result.gradient);
    result.evaluations = 1;
    if (!std::isfinite(result.value))
        return result;

    // The inverse Hessian approximation, row-major.
    std::vector<double> inverseHessian(n * n);
    setIdentity(inverseHessian, n, 1.0);
    bool scaled = false;
    std::vector<double> direction(n);
    Trial trial;
    trial.x.resize(n);
    trial.gradient.resize(n);
    Trial best;

    result.status = Status::IterationLimit;
    for (int iteration = 1; iteration <= m_settings.maxIterations; ++iteration) {
        result.iterations = iteration;
        for (std::size_t i = 0; i < n; ++i) {
            double sum = 0.0;
            for (std::size_t j = 0; j < n; ++j)
                sum -= inverseHessian[i * n + j] * result.gradient[j];
            direction[i] = sum;
        }
        double slope = dot(result.gradient, direction);
        if (!(slope < 0.0)) {
            // The approximation lost positive definiteness: start again from steepest descent.
            setIdentity(inverseHessian, n, 1.0);
            scaled = false;
            for (std::size_t i = 0; i < n; ++i)
                direction[i] = -result.gradient[i];
            slope = -dot(result.gradient, result.gradient);
            if (slope == 0.0) {
                result.status = Status::Converged;
                break;
            }
        }
        const double largest = maxAbs(direction);
        double alpha = std::min(1.0, m_settings.maxStep / largest);

        // Backtracking with quadratic interpolation for sufficient decrease; doubling while
        // the slope is still steep (the weak Wolfe condition), so that a coordinate drifting
        // towards a limit of the model travels fast enough to be recognised.
        bool accepted = false;
        bool shrinking = false;
        bool haveBest = false;
        int expansions = 0;
        for (int attempt = 0; attempt < 80; ++attempt) {
            for (std::size_t i = 0; i < n; ++i)
                trial.x[i] = result.x[i] + alpha * direction[i];
            trial.value = objective(trial.x, trial.gradient);
            trial.alpha = alpha;
            ++result.evaluations;
            const bool decrease = std::isfinite(trial.value) && trial.value <= result.value + armijo * alpha * slope;
            if (!decrease) {
                if (haveBest) {
                    trial = best;
                    accepted = true;
                    break;
                }
                shrinking = true;
                double next = 0.1 * alpha;
                if (std::isfinite(trial.value)) {
                    const double excess = trial.value - result.value - slope * alpha;
                    if (excess > 0.0)
                        next = std::clamp(-slope * alpha * alpha / (2.0 * excess), 0.1 * alpha, 0.5 * alpha);
                }
                alpha = next;
                if (alpha * largest <= 1e-16 * (1.0 + maxAbs(result.x)))
                    break;
                continue;
            }
            const double trialSlope = dot(trial.gradient, direction);
            if (!shrinking && trialSlope < curvature * slope && expansions < 8
                && 2.0 * alpha * largest <= m_settings.maxStep) {
                best = trial;
                haveBest = true;
                ++expansions;
                alpha *= 2.0;
                continue;
            }
            accepted = true;
            break;
        }
        if (!accepted) {
            result.status = Status::Stalled;
            break;
        }

        std::vector<double> &step = result.lastStep;
        std::vector<double> change(n);
        for (std::size_t i = 0; i < n; ++i) {
            step[i] = trial.x[i] - result.x[i];
            change[i] = trial.gradient[i] - result.gradient[i];
        }
        result.x = trial.x;
        result.value = trial.value;
        result.gradient = trial.gradient;

        bool runaway = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (std::fabs(result.x[i]) > m_settings.runawayBound) {
                result.runaway[i] = true;
                runaway = true;
            }
        }
        if (runaway) {
            result.status = Status::Runaway;
            break;
        }

        bool stepSmall = true;
        for (std::size_t i = 0; i < n; ++i)
            stepSmall =
                stepSmall && std::fabs(step[i]) <= m_settings.stepTolerance * std::max(1.0, std::fabs(result.x[i]));
        if (stepSmall && result.gradientNorm() <= m_settings.gradientTolerance) {
            result.status = Status::Converged;
            break;
        }

        const double sy = dot(step, change);
        if (sy > 1e-14 * std::sqrt(dot(step, step) * dot(change, change))) {
            if (!scaled) {
                // Nocedal & Wright (6.20): the first update starts from a scaled identity.
                setIdentity(inverseHessian, n, sy / dot(change, change));
                scaled = true;
            }
            std::vector<double> hy(n, 0.0);
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < n; ++j)
                    hy[i] += inverseHessian[i * n + j] * change[j];
            const double yhy = dot(change, hy);
            const double rho = 1.0 / sy;
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < n; ++j)
                    inverseHessian[i * n + j] +=
                        rho * ((1.0 + rho * yhy) * step[i] * step[j] - hy[i] * step[j] - step[i] * hy[j]);
        }
    }
    return result;
}

} // namespace Patronage::Predict
