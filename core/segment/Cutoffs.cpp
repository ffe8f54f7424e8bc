#include "core/segment/Cutoffs.h"

#include <algorithm>
#include <cmath>

#include "core/money/Int128.h"
#include "core/segment/Rules.h"

namespace Patronage {

namespace {

// n >= mu + t*sigma, exactly: n*k - S >= 0 and (n*k - S)^2 >= t^2 * (k*Q - S^2).
bool reachesClerkCut(qint64 n, int t, const BaseStatistics &s)
{
    const Int128 difference = Int128(n) * s.customers - s.orderSum;
    if (difference < 0)
        return false;
    const Int128 spread = Int128(s.customers) * s.orderSquareSum - Int128(s.orderSum) * s.orderSum;
    return difference * difference >= Int128(t) * t * spread;
}

// The smallest n >= floor with n >= mu + t*sigma. The predicate is monotone in
// n, so start just below the floating-point estimate and step up.
qint64 clerkMinimum(int t, qint64 floor, const BaseStatistics &s, double estimate)
{
    qint64 n = std::max<qint64>(floor, qint64(std::floor(estimate)) - 2);
    while (n > floor && reachesClerkCut(n - 1, t, s))
        --n;
    while (!reachesClerkCut(n, t, s))
        ++n;
    return n;
}

} // namespace

qint64 nearestRank(qint64 count, int percent)
{
    return std::max<qint64>(1, (qint64(percent) * count + 99) / 100);
}

qint64 nearestRankPercentile(std::vector<qint64> &values, int percent)
{
    const auto index = size_t(nearestRank(qint64(values.size()), percent) - 1);
    std::nth_element(values.begin(), values.begin() + qint64(index), values.end());
    return values[index];
}

Cutoffs Cutoffs::compute(const SegmentationParams &params, BaseStatistics &statistics)
{
    Cutoffs cutoffs;
    cutoffs.m_method = params.method;
    if (params.method == SegmentationParams::Method::Clerk) {
        const double k = double(statistics.customers);
        const double mu = double(statistics.orderSum) / k;
        const double variance = std::max(0.0, double(statistics.orderSquareSum) / k - mu * mu);
        const double sigma = std::sqrt(variance);
        using namespace Rules;
        cutoffs.m_frequentFrom = std::max(mu + kFrequentSigmas * sigma, double(kFrequentFloorOrders));
        cutoffs.m_vipFrom = std::max(mu + kVipSigmas * sigma, double(kVipFloorOrders));
        cutoffs.m_frequentMinimum =
            clerkMinimum(kFrequentSigmas, kFrequentFloorOrders, statistics, mu + kFrequentSigmas * sigma);
        cutoffs.m_vipMinimum = clerkMinimum(kVipSigmas, kVipFloorOrders, statistics, mu + kVipSigmas * sigma);
        return cutoffs;
    }
    if (statistics.repeatOrders.empty()) {
        cutoffs.m_allOneTime = true;
        return cutoffs;
    }
    const qint64 frequent = std::max<qint64>(params.frequentMinOrders,
                                             nearestRankPercentile(statistics.repeatOrders, params.frequentPercentile));
    const qint64 vip = std::max(frequent, nearestRankPercentile(statistics.repeatOrders, params.vipPercentile));
    cutoffs.m_frequentMinimum = frequent;
    cutoffs.m_vipMinimum = vip;
    cutoffs.m_frequentFrom = double(frequent);
    cutoffs.m_vipFrom = double(vip);
    cutoffs.m_vipMinRevenue = nearestRankPercentile(statistics.repeatRevenue, params.vipPercentile);
    return cutoffs;
}

LoyaltyGroup Cutoffs::groupOf(qint64 orders, qint64 revenue) const
{
    if (orders <= 1 || m_allOneTime)
        return LoyaltyGroup::OneTimeBuyer;
    if (m_method == SegmentationParams::Method::Clerk) {
        if (orders >= m_vipMinimum)
            return LoyaltyGroup::Vip;
        return orders >= m_frequentMinimum ? LoyaltyGroup::FrequentBuyer : LoyaltyGroup::LoyalCustomer;
    }
    if (orders >= m_vipMinimum && revenue >= *m_vipMinRevenue)
        return LoyaltyGroup::Vip;
    return orders >= m_frequentMinimum ? LoyaltyGroup::FrequentBuyer : LoyaltyGroup::LoyalCustomer;
}

} // namespace Patronage
