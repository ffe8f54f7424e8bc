#include "core/segment/OrderHistory.h"

#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <algorithm>
#include <thread>

namespace Patronage {

namespace {

// Date order; ties keep the stored order, so results never depend on sorting.
void sortByTime(std::vector<OrderHistory::Event> &events)
{
    const auto earlier = [](const OrderHistory::Event &a, const OrderHistory::Event &b) { return a.seconds < b.seconds; };
    if (!std::is_sorted(events.begin(), events.end(), earlier))
        std::stable_sort(events.begin(), events.end(), earlier);
}

OrderHistory::Event eventFrom(const Statement &row, const std::vector<qint32> &denseIndex, bool creditNote)
{
    OrderHistory::Event event;
    event.seconds = row.integer(0);
    event.amount = row.integer(1);
    // A customer written after the customer list was read (another program
    // importing meanwhile) is not known yet: read as a guest until the next load.
    const qint64 id = row.isNull(2) ? -1 : row.integer(2);
    event.customer = id >= 0 && size_t(id) < denseIndex.size() ? denseIndex[size_t(id)] : -1;
    event.month = 0;
    event.creditNote = creditNote;
    return event;
}

// Valid orders only (spec §2), with net = gross - refunded floored at 0.
void readOrders(Store &store, const std::vector<qint32> &denseIndex, qint64 fromId, qint64 toId,
                std::vector<OrderHistory::Event> *events)
{
    Statement rows(store.handle(), "SELECT placed_at, max(gross - refunded, 0), customer_id FROM orders "
                                   "WHERE id BETWEEN ? AND ? AND state = 0 ORDER BY id");
    rows.bind(1, fromId).bind(2, toId);
    while (rows.step())
        events->push_back(eventFrom(rows, denseIndex, false));
}

// Merges sorted \a tail into sorted \a events in place, from the back; on equal
// times the events already there stay first.
void mergeInto(std::vector<OrderHistory::Event> &events, const std::vector<OrderHistory::Event> &tail)
{
    if (tail.empty())
        return;
    size_t left = events.size();
    size_t right = tail.size();
    events.resize(left + right);
    size_t out = events.size();
    while (right > 0) {
        if (left > 0 && events[left - 1].seconds > tail[right - 1].seconds)
            events[--out] = events[--left];
        else
            events[--out] = tail[--right];
    }
}

} // namespace

OrderHistory OrderHistory::read(Store &store)
{
    OrderHistory history;
    Statement customers(store.handle(), "SELECT id FROM customers ORDER BY id");
    while (customers.step())
        history.m_storeIds.push_back(customers.integer(0));
    history.m_customerCount = qint32(history.m_storeIds.size());
    // customers.id is an integer key, dense in practice: a table maps it to the dense index.
    std::vector<qint32> denseIndex(size_t(history.m_storeIds.empty() ? 1 : history.m_storeIds.back() + 1), -1);
    for (qint32 i = 0; i < history.m_customerCount; ++i)
        denseIndex[size_t(history.m_storeIds[size_t(i)])] = i;

    Statement bounds(store.handle(), "SELECT coalesce(min(id), 0), coalesce(max(id), -1), "
                                     "(SELECT count(*) FROM credit_notes) FROM orders");
    bounds.step();
    const qint64 firstId = bounds.integer(0);
    const qint64 lastId = bounds.integer(1);
    history.m_events.reserve(size_t(lastId - firstId + 1 + bounds.integer(2)));

    // A large store is read by two connections at once, each half of the orders
    // by id; the halves are joined in id order.
    const qint64 middle = lastId - firstId > 1'000'000 ? firstId + (lastId - firstId) / 2 : lastId;
    std::vector<Event> secondHalf;
    bool secondOk = true;
    std::thread reader;
    if (middle < lastId) {
        reader = std::thread([&] {
            QString error;
            std::unique_ptr<Store> own = Store::open(store.path(), Store::OpenMode::ReadOnly, &error);
            secondOk = own != nullptr;
            if (own)
                readOrders(*own, denseIndex, middle + 1, lastId, &secondHalf);
        });
    }
    readOrders(store, denseIndex, firstId, middle, &history.m_events);
    if (reader.joinable()) {
        reader.join();
        if (!secondOk) // no second connection: read that half here
            readOrders(store, denseIndex, middle + 1, lastId, &secondHalf);
        history.m_events.insert(history.m_events.end(), secondHalf.begin(), secondHalf.end());
        std::vector<Event>().swap(secondHalf);
    }
    sortByTime(history.m_events);

    // Credit notes are few: sorted on their own, then merged in from the back.
    std::vector<Event> notes;
    Statement rows(store.handle(), "SELECT placed_at, amount, customer_id FROM credit_notes ORDER BY id");
    while (rows.step())
        notes.push_back(eventFrom(rows, denseIndex, true));
    sortByTime(notes);
    mergeInto(history.m_events, notes);
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
    for (const Event &event : m_events) {
        if (event.creditNote)
            continue;
        if (m_firstMonth > m_lastMonth)
            m_firstMonth = m_lastMonth = event.month;
        m_firstMonth = std::min<MonthIndex>(m_firstMonth, event.month);
        m_lastMonth = std::max<MonthIndex>(m_lastMonth, event.month);
    }
}

} // namespace Patronage
