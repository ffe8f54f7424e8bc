#include "core/segment/Rules.h"

#include <algorithm>
#include <cmath>

namespace Patronage::Rules {

qint64 ordersNeeded(double cutoff)
{
    return qint64(std::ceil(cutoff));
}

qint64 countDaysTo(MonthIndex month, std::optional<qint64> dataDay)
{
    const qint64 nextMonth = firstDayOfMonth(month + 1);
    return dataDay ? std::min(nextMonth, *dataDay + 1) : nextMonth;
}

bool isPartialMonth(MonthIndex month, std::optional<qint64> dataDay)
{
    return countDaysTo(month, dataDay) < firstDayOfMonth(month + 1);
}

std::optional<Rhythm> rhythmOf(qint64 orders, qint64 spanDays, std::optional<qint64> repurchaseGap)
{
    if (orders >= 2)
        return spanDays >= orders - 1 ? Rhythm{spanDays, orders - 1} : Rhythm{};
    if (!repurchaseGap)
        return std::nullopt;
    return Rhythm{std::max<qint64>(1, *repurchaseGap), 1};
}

LifeCycle classifyLifeCycle(qint64 daysSinceLastOrder, qint64 orders, qint64 spanDays,
                            std::optional<qint64> repurchaseGap)
{
    const qint64 d = daysSinceLastOrder;
    if (d < kJustOrderedDays)
        return LifeCycle::JustOrdered;
    const std::optional<Rhythm> g = rhythmOf(orders, spanDays, repurchaseGap);
    if (!g)
        return LifeCycle::Active;
    // d <= 2g and d <= 4g, as d * denominator against a multiple of the numerator.
    if (d * g->denominator <= kActiveRhythms * g->numerator)
        return LifeCycle::Active;
    if (d * g->denominator <= kSlippingRhythms * g->numerator)
        return LifeCycle::SlippingAway;
    return LifeCycle::Lost;
}

} // namespace Patronage::Rules
