#include "core/segment/OrderHistory.h"

#include <algorithm>

namespace Patronage {

namespace {

// Date order; ties keep the given order, so results never depend on sorting.
void sortByTime(std::vector<OrderHistory::Event> &events)
{
    const auto earlier = [](const OrderHistory::Event &a, const OrderHistory::Event &b) {
        return a.seconds < b.seconds;
    };
    if (!std::is_sorted(events.begin(), events.end(), earlier))
        std::stable_sort(events.begin(), events.end(), earlier);
}

} // namespace

OrderHistory OrderHistory::fromStore(std::vector<Event> events, std::vector<qint64> storeIds)
{
    OrderHistory history;
    history.m_events = std::move(events);
    history.m_customerCount = qint32(storeIds.size());
    history.m_storeIds = std::move(storeIds);
    history.finish();
    return history;
}

OrderHistory OrderHistory::fromEvents(std::vector<Event> events, qint32 customerCount)
{
    OrderHistory history;
    history.m_events = std::move(events);
    history.m_customerCount = customerCount;
    history.finish();
    return history;
}

qint32 OrderHistory::customerOfStoreId(qint64 id) const
{
    if (m_storeIds.empty())
        return id >= 0 && id < m_customerCount ? qint32(id) : -1;
    const auto it = std::lower_bound(m_storeIds.begin(), m_storeIds.end(), id);
    return it != m_storeIds.end() && *it == id ? qint32(it - m_storeIds.begin()) : -1;
}

void OrderHistory::finish()
{
    // Months from days, through a small table over the days the history spans.
    if (!m_events.empty()) {
        const qint32 firstDay = std::min_element(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
                                    return a.seconds < b.seconds;
                                })->day();
        std::vector<qint16> monthOf;
        for (Event &event : m_events) {
            const size_t offset = size_t(event.day() - firstDay);
            if (offset >= monthOf.size()) {
                const size_t oldSize = monthOf.size();
                monthOf.resize(offset + 1);
                for (size_t d = oldSize; d <= offset; ++d)
                    monthOf[d] = qint16(monthOfDay(firstDay + qint64(d)));
            }
            event.month = monthOf[offset];
        }
    }
    sortByTime(m_events);
    m_firstMonth = 1;
    m_lastMonth = 0;
    m_dataDay.reset();
    for (const Event &event : m_events) {
        if (event.creditNote)
            continue;
        m_dataDay = std::max<qint64>(m_dataDay.value_or(event.day()), event.day());
        if (m_firstMonth > m_lastMonth)
            m_firstMonth = m_lastMonth = event.month;
        m_firstMonth = std::min<MonthIndex>(m_firstMonth, event.month);
        m_lastMonth = std::max<MonthIndex>(m_lastMonth, event.month);
    }
}

} // namespace Patronage
