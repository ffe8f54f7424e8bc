#include "core/segment/OrderHistory.h"

#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <algorithm>

namespace Patronage {

namespace {

qint32 dayOf(qint64 seconds)
{
    return qint32(seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400);
}

} // namespace

OrderHistory OrderHistory::read(Store &store)
{
    OrderHistory history;
    Statement customers(store.handle(), "SELECT id FROM customers ORDER BY id");
    while (customers.step())
        history.m_storeIds.push_back(customers.integer(0));
    history.m_customerCount = qint32(history.m_storeIds.size());

    // Only valid orders take part (spec §2); net = gross - refunded, floored at 0.
    Statement orders(store.handle(),
                     "SELECT placed_at, max(gross - refunded, 0), customer_id, 0 FROM orders WHERE state = 0 "
                     "UNION ALL SELECT placed_at, amount, customer_id, 1 FROM credit_notes");
    // customers.id is an integer key, dense in practice: a table maps it to the dense index.
    std::vector<qint32> denseIndex(size_t(history.m_storeIds.empty() ? 1 : history.m_storeIds.back() + 1), -1);
    for (qint32 i = 0; i < history.m_customerCount; ++i)
        denseIndex[size_t(history.m_storeIds[size_t(i)])] = i;
    while (orders.step()) {
        Event event;
        event.seconds = orders.integer(0);
        event.amount = orders.integer(1);
        event.creditNote = orders.integer(3) != 0;
        event.customer = -1;
        if (!orders.isNull(2)) {
            event.customer = denseIndex[size_t(orders.integer(2))];
        }
        history.m_events.push_back(event);
    }
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
    for (Event &event : m_events) {
        event.day = dayOf(event.seconds);
        event.month = monthOfDay(event.day);
    }
    // Date order; ties keep the store's order, so results never depend on sorting.
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const Event &a, const Event &b) { return a.seconds < b.seconds; });
    m_firstMonth = 1;
    m_lastMonth = 0;
    for (const Event &event : m_events) {
        if (event.creditNote)
            continue;
        if (m_firstMonth > m_lastMonth)
            m_firstMonth = m_lastMonth = event.month;
        m_firstMonth = std::min(m_firstMonth, event.month);
        m_lastMonth = std::max(m_lastMonth, event.month);
    }
}

} // namespace Patronage
