#pragma once

#include <optional>
#include <vector>

#include "core/calendar/Calendar.h"

namespace Patronage {

/// Everything segmentation needs from a store, in date order: valid orders
/// (net amounts) and credit notes, customers' and guests'. Read once
/// (OrderRepository::readHistory), then any number of months and parameter
/// sets are computed from memory.
class OrderHistory
{
public:
    /// One dated amount. customer is a dense index into the customer list, or
    /// -1 for a guest.
    /// 24 bytes: ten million of them fit in a quarter of a gigabyte.
    struct Event {
        qint64 seconds; ///< wall-clock placed_at
        qint64 amount;  ///< an order's net (>= 0) or a credit note's (negative) amount
        qint32 customer;
        qint16 month; ///< MonthIndex (up to the year 2730)
        bool creditNote;

        qint32 day() const { return qint32(dayOfSeconds(seconds)); }
    };

    /// Events in date order whose customers are dense indices into \a storeIds
    /// (the store's customer ids, ascending).
    static OrderHistory fromStore(std::vector<Event> events, std::vector<qint64> storeIds);
    /// For tests and benchmarks: events in any order; customers 0..customerCount-1.
    static OrderHistory fromEvents(std::vector<Event> events, qint32 customerCount);

    const std::vector<Event> &events() const { return m_events; }
    qint32 customerCount() const { return m_customerCount; }
    /// The store's id of a dense customer index, and back (-1 when unknown).
    qint64 storeIdOf(qint32 customer) const { return m_storeIds.empty() ? customer : m_storeIds[size_t(customer)]; }
    qint32 customerOfStoreId(qint64 id) const;

    /// The first and last month with a valid order (customers' or guests');
    /// first > last when there is none.
    MonthIndex firstMonth() const { return m_firstMonth; }
    MonthIndex lastMonth() const { return m_lastMonth; }
    /// D of spec §4: the day of the latest valid order (guests' included), the
    /// day the data runs to; empty when there is no valid order.
    std::optional<qint64> dataDay() const { return m_dataDay; }

private:
    void finish();

    std::vector<Event> m_events;
    std::vector<qint64> m_storeIds; ///< sorted: dense index -> customers.id
    qint32 m_customerCount = 0;
    MonthIndex m_firstMonth = 1;
    MonthIndex m_lastMonth = 0;
    std::optional<qint64> m_dataDay;
};

} // namespace Patronage
