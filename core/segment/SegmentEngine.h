#pragma once

#include "core/segment/Cutoffs.h"
#include "core/segment/MonthResult.h"
#include "core/segment/OrderHistory.h"

#include <functional>

namespace Patronage {

/// Computes spec §2-§5 for every month in one pass over the orders in date
/// order: each month's orders enter the customers' running figures (and,
/// with a window, the orders that fall out of it leave), then the month's
/// base is classified.
class SegmentEngine
{
public:
    using MonthSink = std::function<void(const MonthResult &)>;
    /// Called for each base customer of a month that asked for customers.
    using CustomerSink = std::function<void(MonthIndex, const CustomerSnapshot &)>;

    SegmentEngine(const OrderHistory &history, const SegmentationParams &params);

    /// Months from \a from (clamped to the first month with an order) to the
    /// last month with an order; months whose base is empty are skipped.
    void run(MonthIndex from, const MonthSink &onMonth);
    /// The base customers of the given months (sorted ascending).
    void snapshots(const QList<MonthIndex> &months, const CustomerSink &onCustomer,
                   const MonthSink &onMonth = {});

private:
    void runRange(MonthIndex from, MonthIndex to, const QList<MonthIndex> &customerMonths, const MonthSink &onMonth,
                  const CustomerSink &onCustomer);
    void reset();
    void addEvent(const OrderHistory::Event &event);
    void removeEvent(const OrderHistory::Event &event);
    MonthResult evaluate(MonthIndex month, const CustomerSink *onCustomer);
    std::optional<qint64> repurchaseGapQ80() const;

    const OrderHistory &m_history;
    SegmentationParams m_params;

    // Each customer's valid order days in date order (one array, sliced by
    // m_orderStart), and the slice [m_low, m_high) inside the snapshot.
    std::vector<qint64> m_orderStart;
    std::vector<qint32> m_orderDays;
    std::vector<qint64> m_low, m_high;
    std::vector<qint64> m_revenue;      ///< net orders plus credit notes in the snapshot, unfloored
    std::vector<qint64> m_monthRevenue; ///< the current month's part of it
    std::vector<qint32> m_touched;      ///< customers with a month revenue to clear
    std::vector<qint64> m_gapCounts;    ///< repurchase gaps in the snapshot by length in days
    qint64 m_gapTotal = 0;
    qint64 m_guestOrders = 0;
    qint64 m_guestRevenue = 0;
};

} // namespace Patronage
