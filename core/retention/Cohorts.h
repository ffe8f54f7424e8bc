#pragma once

#include <QList>

#include "core/calendar/Calendar.h"

namespace Patronage {

class OrderHistory;

/// Spec §12: customers by the month of their first valid order (all
/// history: no window), and what each cohort did month by month after.
struct CohortCell {
    MonthIndex cohort = 0;
    qint64 size = 0;              ///< s: the cohort's customers
    int offset = 0;               ///< j: months since the cohort's month
    qint64 active = 0;            ///< cohort customers with a valid order in month C + j (offset 0: all)
    qint64 revenue = 0;           ///< the cohort's net revenue in month C + j (orders and credit notes, not floored)
    qint64 cumulativeRevenue = 0; ///< over offsets 0..j
    qint64 repeated = 0;          ///< cohort customers whose second purchase day is in month C + j or earlier
    /// How many of them ordered in at least one month of offsets 1..j (0 at offset 0).
    qint64 returnedSoFar = 0;

    MonthIndex month() const { return cohort + offset; }
    double retention() const { return size ? double(active) / double(size) : 0.0; }
    double repeatRate() const { return size ? double(repeated) / double(size) : 0.0; }
    /// Cumulative revenue per customer, in minor units (a fraction of one).
    double cumulativeRevenuePerCustomer() const { return size ? double(cumulativeRevenue) / double(size) : 0.0; }
};

namespace Cohorts {

/// Every cohort from \a from to \a to (inclusive) with a cell for each offset up to the
/// last month with an order, cohort by cohort, offset by offset. \a history must be whole
/// (from the store's first order).
QList<CohortCell> compute(const OrderHistory &history, MonthIndex from, MonthIndex to);

/// Whether customer \a customer of \a history is in cohort \a cohort and active at \a offset
/// (offset 0: in the cohort); for listing a cell's customers. One call per history: the
/// answers for all customers at once, indexed by dense customer.
std::vector<bool> members(const OrderHistory &history, MonthIndex cohort, int offset);

} // namespace Cohorts

} // namespace Patronage
