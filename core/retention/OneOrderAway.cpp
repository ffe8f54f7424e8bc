#include "core/retention/OneOrderAway.h"

#include "core/segment/Cutoffs.h"

namespace Patronage::Retention {

std::vector<std::optional<LoyaltyGroup>> nextGroups(const std::vector<CustomerSnapshot> &base,
                                                    const SegmentationParams &params)
{
    // The month's cut-offs, from the same figures the engine works them out from.
    BaseStatistics statistics;
    statistics.customers = qint64(base.size());
    for (const CustomerSnapshot &s : base) {
        statistics.orderSum += s.orders;
        statistics.orderSquareSum += s.orders * s.orders;
        if (s.orders >= 2) {
            statistics.repeatOrders.push_back(s.orders);
            statistics.repeatRevenue.push_back(s.revenue);
        }
    }
    const Cutoffs cutoffs = Cutoffs::compute(params, statistics);
    std::vector<std::optional<LoyaltyGroup>> next(base.size());
    for (size_t i = 0; i < base.size(); ++i) {
        const CustomerSnapshot &s = base[i];
        if (s.orders < 1)
            continue;
        const qint64 average = s.revenue / s.orders;
        LoyaltyGroup reached = cutoffs.groupOf(s.orders + 1, s.revenue + average);
        // A One Time Buyer is always one order from Loyal Customer, also when nobody has bought
        // twice yet and the percentile cut-offs are undefined.
        if (s.group == LoyaltyGroup::OneTimeBuyer && int(reached) < int(LoyaltyGroup::LoyalCustomer))
            reached = LoyaltyGroup::LoyalCustomer;
        if (int(reached) > int(s.group))
            next[i] = reached;
    }
    return next;
}

} // namespace Patronage::Retention
