#pragma once

#include <functional>
#include <vector>

namespace Patronage::Predict {

/// A deterministic quasi-Newton (BFGS) minimiser for a few parameters with an analytic
/// gradient, as the customer-value fits need (spec §10). The fits hand it log parameters,
/// so a parameter running to 0 or infinity shows as a coordinate growing without bound.
class Optimizer
{
public:
    /// f(x), writing its gradient into the second argument (already sized).
    using Objective = std::function<double(const std::vector<double> &, std::vector<double> &)>;

    struct Settings {
        int maxIterations = 400;
        /// Converged once every step coordinate is below this times max(1, |x_i|) ...
        double stepTolerance = 1e-10;
        /// ... and every gradient coordinate is below this.
        double gradientTolerance = 1e-7;
        /// A coordinate past +-runawayBound is running away: the minimum is at a limit.
        double runawayBound = 25.0;
        /// The longest step one iteration may take in any coordinate.
        double maxStep = 3.0;
    };

    enum class Status {
        Converged,      ///< both tests of Settings passed at an interior point
        Runaway,        ///< a coordinate passed runawayBound (see Result::runaway)
        IterationLimit, ///< maxIterations used up
        Stalled,        ///< no step decreases f any more (the gradient may still be small)
    };

    struct Result {
        Status status = Status::Stalled;
        std::vector<double> x;
        double value = 0.0;
        std::vector<double> gradient;
        std::vector<double> lastStep;
        /// For Runaway: which coordinates passed the bound.
        std::vector<bool> runaway;
        int iterations = 0;
        int evaluations = 0;

        /// Largest |gradient_i|.
        double gradientNorm() const;
        /// Converged, or stopped by the limits of double precision (Stalled or
        /// IterationLimit) with a gradient below \a gradientBound, where the parameters
        /// are settled far past 4 significant digits all the same.
        bool atInteriorMinimum(double gradientBound = 1e-6) const;
    };

    Optimizer() = default;
    explicit Optimizer(const Settings &settings)
        : m_settings(settings)
    { }

    /// Minimises \a objective from \a start. Never evaluates outside a step of maxStep
    /// from a point already seen, and treats a non-finite value as "too far".
    Result minimize(const Objective &objective, std::vector<double> start) const;

private:
    Settings m_settings;
};

} // namespace Patronage::Predict
