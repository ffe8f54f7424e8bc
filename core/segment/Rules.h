#pragma once

#include <optional>

#include "core/calendar/Calendar.h"
#include "core/segment/Groups.h"

namespace Patronage {

/// The fixed numbers of spec §3a and §4, named once: the engine, the
/// explanations and the tests all read them from here.
namespace Rules {

/// clerk: F = max(mu + 1 sigma, 3), V = max(mu + 2 sigma, 4).
constexpr int kFrequentSigmas = 1;
constexpr int kVipSigmas = 2;
constexpr int kFrequentFloorOrders = 3;
constexpr int kVipFloorOrders = 4;

/// The fewest whole orders that reach a cut-off of F or V orders (n >= cutoff).
qint64 ordersNeeded(double cutoff);

/// Life cycle: Just Ordered below 30 days; G is the 80th percentile of the
/// repurchase gaps; Active up to 2 rhythms, Slipping Away up to 4, then Lost.
constexpr int kJustOrderedDays = 30;
constexpr int kRepurchaseGapPercentile = 80;
constexpr int kActiveRhythms = 2;
constexpr int kSlippingRhythms = 4;

/// The day spec §4 counts days to at \a month: the first day of the next month,
/// or the day after \a dataDay (D) when that comes earlier.
qint64 countDaysTo(MonthIndex month, std::optional<qint64> dataDay);
/// Whether \a month ends before its last day in the data (it holds D, and D
/// is not the month's last day): its figures count days to the day after D.
bool isPartialMonth(MonthIndex month, std::optional<qint64> dataDay);

/// A customer's rhythm g of spec §4 as the exact fraction numerator / denominator.
struct Rhythm {
    qint64 numerator = 1;
    qint64 denominator = 1;
    double days() const { return double(numerator) / double(denominator); }
};

/// g = max(1, span / (n - 1)) for a repeat customer, max(1, G) for a one time
/// buyer; empty for a one time buyer when nobody has bought twice (G undefined).
std::optional<Rhythm> rhythmOf(qint64 orders, qint64 spanDays, std::optional<qint64> repurchaseGap);

/// The life cycle of spec §4 from the days since the last order, compared exactly.
LifeCycle classifyLifeCycle(qint64 daysSinceLastOrder, qint64 orders, qint64 spanDays,
                            std::optional<qint64> repurchaseGap);

} // namespace Rules

} // namespace Patronage
