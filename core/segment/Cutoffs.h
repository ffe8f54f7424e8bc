#pragma once

#include <QList>

#include <optional>
#include <vector>

#include "core/calendar/Calendar.h"
#include "core/segment/Groups.h"
#include "core/segment/SegmentationParams.h"

namespace Patronage {

/// Q_P(x) of spec §3b: the nearest-rank percentile, x_i with i = ceil(P*k/100),
/// of values that need not be sorted (they are reordered). Needs k >= 1.
qint64 nearestRankPercentile(std::vector<qint64> &values, int percent);

/// The rank i = ceil(P*k/100) (1-based), in integer arithmetic.
qint64 nearestRank(qint64 count, int percent);

/// What a month's base looks like to the threshold rules.
struct BaseStatistics {
    qint64 customers = 0;              ///< k
    qint64 orderSum = 0;               ///< S = sum of n
    qint64 orderSquareSum = 0;         ///< Q = sum of n^2
    std::vector<qint64> repeatOrders;  ///< n over R (customers with n >= 2)
    std::vector<qint64> repeatRevenue; ///< r over R
};

/// A month's cut-offs and the rule that puts a customer in a group.
class Cutoffs
{
public:
    /// Consumes \a statistics' vectors (they are reordered).
    static Cutoffs compute(const SegmentationParams &params, BaseStatistics &statistics);

    LoyaltyGroup groupOf(qint64 orders, qint64 revenue) const;

    /// F and V as real numbers (for clerk, mu + t*sigma floored at 3 and 4);
    /// empty for percentile when no customer is a repeat customer.
    std::optional<double> frequentFrom() const { return m_frequentFrom; }
    std::optional<double> vipFrom() const { return m_vipFrom; }
    /// W, percentile only.
    std::optional<qint64> vipMinRevenue() const { return m_vipMinRevenue; }

private:
    SegmentationParams::Method m_method = SegmentationParams::Method::Clerk;
    // The smallest order counts that reach F and V, found with exact integer
    // comparisons so that every implementation agrees at the boundary.
    qint64 m_frequentMinimum = 0;
    qint64 m_vipMinimum = 0;
    std::optional<double> m_frequentFrom;
    std::optional<double> m_vipFrom;
    std::optional<qint64> m_vipMinRevenue;
    bool m_allOneTime = false;
};

} // namespace Patronage
