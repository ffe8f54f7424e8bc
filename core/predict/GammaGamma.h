#pragma once

#include <vector>

#include "core/predict/BgNbd.h"

namespace Patronage::Predict {

/// Customers with x >= 1 and m > 0 (spec §10): m = the mean value of their repeat purchase
/// days (major units), and how many customers share (x, m).
struct ValueGroup {
    int x = 0;
    double m = 0.0;
    long long count = 0;
};

/// The fitted Gamma-Gamma model of the value of a purchase day, or one of its limits.
struct GammaGammaModel {
    enum class Limit {
        None,
        /// p -> inf, gamma -> 0, c = p gamma: m is inverse-gamma(q, c); written p = inf,
        /// gamma = 0 (both held so here).
        NoSpreadWithinCustomer,
        /// q, gamma -> inf, k = gamma / q: m is gamma(p x, x / k); written q = inf,
        /// gamma = inf (both held so here).
        NoSpreadBetweenCustomers,
        /// Every repeat purchase day has the same value: both limits at once, the likelihood
        /// unbounded (held as +inf), p = q = gamma = inf, and every prediction that value.
        NoSpread,
    };

    FitStatus status = FitStatus::NoPrediction;
    NoPredictionReason reason = NoPredictionReason::TooFewRepeatCustomers;
    Limit limit = Limit::None;
    double p = 0.0;
    double q = 0.0;
    double gamma = 0.0;
    double c = 0.0; ///< p gamma, the scale of NoSpreadWithinCustomer
    double k = 0.0; ///< gamma / q, the mean-rate of NoSpreadBetweenCustomers
    /// The expected value of a purchase day of a customer with no repeat purchase day:
    /// p gamma / (q - 1), c / (q - 1), p k, or the common value.
    double meanValue = 0.0;
    double logLikelihood = 0.0;
    long long customers = 0;
    int iterations = 0;

    bool hasPrediction() const { return status != FitStatus::NoPrediction; }

    /// Expected value of a purchase day (spec §10) for a customer with x repeat purchase days
    /// of mean value m (m unused when x < 1, a negative m read as 0). 0 without a prediction
    /// or for a non-finite m; never negative.
    double expectedValue(int x, double m) const;
};

/// The Gamma-Gamma log-likelihood of spec §10 and those of its two limits, with gradients
/// with respect to the log parameters. Groups are put in a canonical order (identical ones
/// merged) so that the sums come out bit for bit the same in any input order.
class GammaGammaLikelihood
{
public:
    explicit GammaGammaLikelihood(const std::vector<ValueGroup> &groups);

    /// ln L at (p, q, gamma); with \a gradient (3 values), d / d ln p, d ln q, d ln gamma.
    double logLikelihood(double p, double q, double gamma, double *gradient = nullptr) const;

    /// ln L of the limit with no spread within a customer: m ~ inverse-gamma(q, c);
    /// with \a gradient, d / d ln q, d ln c.
    double noSpreadWithinLogLikelihood(double q, double c, double *gradient = nullptr) const;

    /// ln L of the limit with no spread between customers: m ~ gamma(p x, rate x / k);
    /// with \a gradient, d / d ln p, d ln k.
    double noSpreadBetweenLogLikelihood(double p, double k, double *gradient = nullptr) const;

    long long customers() const { return m_customers; }
    double meanOfMeans() const { return m_meanOfMeans; }
    /// Whether every m is the same (to 1e-12 relative).
    bool allEqual() const { return m_allEqual; }

private:
    struct Row {
        int xIndex;
        double x;
        double m;
        double count;
    };
    struct PerX {
        double x = 0.0;
        double count = 0.0;
        double sumLogM = 0.0; ///< sum c ln m
        double sumM = 0.0;    ///< sum c m
    };

    std::vector<Row> m_rows;
    std::vector<PerX> m_perX;
    long long m_customers = 0;
    double m_count = 0.0;
    double m_sumLogXM = 0.0;    ///< sum c ln(x m)
    double m_sumLogM = 0.0;     ///< sum c ln m
    double m_sumInverseM = 0.0; ///< sum c / m
    double m_meanOfMeans = 0.0;
    bool m_allEqual = false;
};

/// Fits Gamma-Gamma by maximum likelihood on log parameters (spec §10), falling back to
/// the better of its limits when the maximum is on the boundary. Rows with count <= 0,
/// x < 1 or m not positive and finite are ignored.
GammaGammaModel fitGammaGamma(const std::vector<ValueGroup> &groups);

} // namespace Patronage::Predict
