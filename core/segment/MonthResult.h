#pragma once

#include <array>
#include <optional>

#include "core/calendar/Calendar.h"
#include "core/segment/Groups.h"

namespace Patronage {

/// The figures of one group at one month (spec §9, `segments`).
struct GroupFigures {
    qint64 customers = 0;
    qint64 orders = 0;       ///< sum of n
    qint64 revenue = 0;      ///< sum of r, minor units
    qint64 monthRevenue = 0; ///< net revenue in the month itself, minor units
};

/// Everything reported for one month (spec §9, `segments` and `thresholds`).
struct MonthResult {
    MonthIndex month = 0;
    qint64 baseCustomers = 0;
    qint64 repeatCustomers = 0;
    qint64 orderSquareSum = 0; ///< Q = sum of n^2 over the base (not stored; for explanations)
    qint64 daysCountedTo = 0;  ///< the day spec §4 counts days to (not stored; for explanations)
    std::optional<double> frequentFrom;
    std::optional<double> vipFrom;
    std::optional<qint64> vipMinRevenue;
    std::optional<qint64> repurchaseGapQ80;
    std::array<qint64, kLifeCycleCount> lifeCycles{};
    qint64 guestOrders = 0;
    qint64 guestRevenue = 0;
    std::array<GroupFigures, kGroupCount> groups{};

    GroupFigures base() const
    {
        GroupFigures total;
        for (const GroupFigures &g : groups) {
            total.customers += g.customers;
            total.orders += g.orders;
            total.revenue += g.revenue;
            total.monthRevenue += g.monthRevenue;
        }
        return total;
    }
};

/// One base customer at one month: what the customer lists and comparisons show.
struct CustomerSnapshot {
    qint32 customer = 0; ///< dense index (OrderHistory)
    LoyaltyGroup group = LoyaltyGroup::OneTimeBuyer;
    LifeCycle lifeCycle = LifeCycle::JustOrdered;
    qint64 orders = 0;
    qint64 revenue = 0;
    qint64 firstDay = 0;
    qint64 lastDay = 0;
    qint64 daysSinceLastOrder = 0; ///< to the month's end of spec §4 (Rules::countDaysTo)
};

} // namespace Patronage
