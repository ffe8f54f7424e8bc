#pragma once

#include <vector>

namespace Patronage::Predict {

/// One group of customers with the same calibration figures (spec §10): x repeat purchase
/// days, t_x and T in weeks (days / 7.0), and how many customers share them.
struct FrequencyGroup {
    int x = 0;
    double tx = 0.0;
    double T = 0.0;
    long long count = 0;
};

/// How a customer-value fit ended (spec §10, the fit table's `status`).
enum class FitStatus {
    Converged,   ///< an interior maximum, parameters stable to well past 4 significant digits
    Boundary,    ///< the likelihood rises towards a limit of the model; the limit is used
    NoPrediction ///< see NoPredictionReason
};

enum class NoPredictionReason {
    None,
    TooFewRepeatCustomers,  ///< fewer than kMinimumRepeatCustomers customers with x >= 1
    ExpectedValueUndefined, ///< Gamma-Gamma with q <= 1: the mean value is infinite
};

/// Below this many customers with x >= 1 there is no prediction (spec §10).
inline constexpr long long kMinimumRepeatCustomers = 10;

/// The fitted BG/NBD model, or its NBD limit when no customer seems to drop out.
struct BgNbdModel {
    FitStatus status = FitStatus::NoPrediction;
    NoPredictionReason reason = NoPredictionReason::TooFewRepeatCustomers;
    /// The NBD limit (a/(a+b) -> 0): r and alpha are the NBD's, a = 0 and b is meaningless
    /// (0 here; written empty).
    bool dropoutVanishes = false;
    double r = 0.0;
    double alpha = 0.0;
    double a = 0.0;
    double b = 0.0;
    double logLikelihood = 0.0;
    long long customers = 0;
    int iterations = 0;

    bool hasPrediction() const { return status != FitStatus::NoPrediction; }

    /// P(alive) of a customer with x repeat purchase days, the last at t_x, observed for T
    /// weeks (t_x clamped to [0, T]); 1 in the NBD limit. 0 without a prediction or for
    /// invalid figures (x < 0, T < 0, a time not finite).
    double probabilityAlive(int x, double tx, double T) const;

    /// Expected repeat purchase days in the next t weeks (spec §10's E), computed as
    /// P(alive) E_p[(1 - ((alpha+T)/(alpha+T+p t))^(r+x)) / p], p ~ Beta(a, b + x), which
    /// equals the 2F1 form and has no singularity at a = 1. 0 without a prediction, for
    /// invalid figures, or t <= 0.
    double expectedPurchases(int x, double tx, double T, double t) const;
};

/// The BG/NBD log-likelihood of spec §10 over a set of groups, and that of its NBD limit,
/// with gradients with respect to the log parameters. Groups are put in a canonical order
/// (and identical ones merged) so that the sums, and hence the fits, come out bit for bit
/// the same whatever order the groups arrive in.
class BgNbdLikelihood
{
public:
    explicit BgNbdLikelihood(const std::vector<FrequencyGroup> &groups);

    /// ln L at (r, alpha, a, b); with \a gradient (4 values), d ln L / d ln r, d ln alpha,
    /// d ln a, d ln b.
    double logLikelihood(double r, double alpha, double a, double b, double *gradient = nullptr) const;

    /// The NBD's ln L at (r, alpha); with \a gradient (2 values), d / d ln r, d ln alpha.
    double nbdLogLikelihood(double r, double alpha, double *gradient = nullptr) const;

    long long customers() const { return m_customers; }
    long long repeatCustomers() const { return m_repeatCustomers; }
    /// Repeat purchase days over all customers, and customer-weeks observed.
    double totalRepeatPurchases() const { return m_totalX; }
    double totalWeeks() const { return m_totalWeeks; }

private:
    struct Row {
        int xIndex;
        int tIndex;
        int txIndex;
        double x;
        double count;
    };
    double evaluate(double r, double alpha, double a, double b, bool nbd, double *gradient) const;

    std::vector<Row> m_rows;
    std::vector<double> m_times;   ///< the distinct T and t_x values, ascending
    std::vector<int> m_xValues;    ///< distinct x, ascending
    std::vector<double> m_xCounts; ///< customers per distinct x
    long long m_customers = 0;
    long long m_repeatCustomers = 0;
    double m_totalX = 0.0;
    double m_totalWeeks = 0.0;
};

/// Fits BG/NBD by maximum likelihood on log parameters (spec §10): converged, the NBD
/// limit at a boundary, or no prediction with fewer than kMinimumRepeatCustomers repeat
/// customers. Rows with count <= 0, x < 0 or non-finite or negative times are ignored;
/// t_x is clamped to [0, T].
BgNbdModel fitBgNbd(const std::vector<FrequencyGroup> &groups);

} // namespace Patronage::Predict
