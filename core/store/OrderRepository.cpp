#include "core/store/OrderRepository.h"

#include <algorithm>
#include <thread>

#include "core/calendar/Calendar.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/StoreAccess.h"

namespace Patronage {

namespace {

using Event = OrderHistory::Event;

// Date order; ties keep the stored order, so results never depend on sorting.
void sortByTime(std::vector<Event> &events)
{
    const auto earlier = [](const Event &a, const Event &b) { return a.seconds < b.seconds; };
    if (!std::is_sorted(events.begin(), events.end(), earlier))
        std::stable_sort(events.begin(), events.end(), earlier);
}

Event eventFrom(const Statement &row, const std::vector<qint32> &denseIndex, bool creditNote)
{
    Event event;
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
Status readOrders(const Store &store, const std::vector<qint32> &denseIndex, qint64 fromId, qint64 toId,
                  std::vector<Event> *events)
{
    Statement rows(StoreAccess::connection(store),
                   "SELECT placed_at, max(gross - refunded, 0), customer_id FROM "
                   "orders WHERE id BETWEEN ? AND ? AND state = 0 ORDER BY id");
    rows.bind(1, fromId).bind(2, toId);
    while (rows.step())
        events->push_back(eventFrom(rows, denseIndex, false));
    if (rows.failed())
        return StoreAccess::failure(store, rows, ErrorCode::StoreReadFailed);
    return {};
}

// Merges sorted \a tail into sorted \a events in place, from the back; on equal
// times the events already there stay first.
void mergeInto(std::vector<Event> &events, const std::vector<Event> &tail)
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

Result<OrderHistory> OrderRepository::readHistory() const
{
    sqlite3 *db = StoreAccess::connection(m_store);
    std::vector<qint64> storeIds;
    Statement customers(db, "SELECT id FROM customers ORDER BY id");
    while (customers.step())
        storeIds.push_back(customers.integer(0));
    if (customers.failed())
        return StoreAccess::failure(m_store, customers, ErrorCode::StoreReadFailed);
    const auto customerCount = qint32(storeIds.size());
    // customers.id is an integer key, dense in practice: a table maps it to the dense index.
    std::vector<qint32> denseIndex(size_t(storeIds.empty() ? 1 : storeIds.back() + 1), -1);
    for (qint32 i = 0; i < customerCount; ++i)
        denseIndex[size_t(storeIds[size_t(i)])] = i;

    Statement bounds(db,
                     "SELECT coalesce(min(id), 0), coalesce(max(id), -1), "
                     "(SELECT count(*) FROM credit_notes) FROM orders");
    if (!bounds.step())
        return StoreAccess::failure(m_store, bounds, ErrorCode::StoreReadFailed);
    const qint64 firstId = bounds.integer(0);
    const qint64 lastId = bounds.integer(1);
    std::vector<Event> events;
    events.reserve(size_t(lastId - firstId + 1 + bounds.integer(2)));

    // A large store is read by two connections at once, each half of the orders
    // by id; the halves are joined in id order. The thread lives only as long as
    // this read, inside the job that asked for the history.
    const qint64 middle = lastId - firstId > 1'000'000 ? firstId + (lastId - firstId) / 2 : lastId;
    std::vector<Event> secondHalf;
    Status secondRead;
    bool secondOpened = true;
    std::thread reader;
    if (middle < lastId) {
        reader = std::thread([&] {
            Result<std::unique_ptr<Store>> own = Store::open(m_store.path(), Store::OpenMode::ReadOnly);
            secondOpened = own.ok();
            if (own)
                secondRead = readOrders(**own, denseIndex, middle + 1, lastId, &secondHalf);
        });
    }
    Status firstRead = readOrders(m_store, denseIndex, firstId, middle, &events);
    if (reader.joinable()) {
        reader.join();
        if (!secondOpened) // no second connection: read that half here
            secondRead = readOrders(m_store, denseIndex, middle + 1, lastId, &secondHalf);
        events.insert(events.end(), secondHalf.begin(), secondHalf.end());
        std::vector<Event>().swap(secondHalf);
    }
    if (!firstRead)
        return firstRead.error();
    if (!secondRead)
        return secondRead.error();
    sortByTime(events);

    // Credit notes are few: sorted on their own, then merged in from the back.
    std::vector<Event> notes;
    Statement rows(db, "SELECT placed_at, amount, customer_id FROM credit_notes ORDER BY id");
    while (rows.step())
        notes.push_back(eventFrom(rows, denseIndex, true));
    if (rows.failed())
        return StoreAccess::failure(m_store, rows, ErrorCode::StoreReadFailed);
    sortByTime(notes);
    mergeInto(events, notes);
    return OrderHistory::fromStore(std::move(events), std::move(storeIds));
}

Result<QList<CustomerDocument>> OrderRepository::documentsOf(qint64 customerStoreId) const
{
    Statement query(StoreAccess::connection(m_store),
                    "SELECT order_key, placed_at, gross, refunded, state, 0 FROM orders WHERE customer_id = ?1 "
                    "UNION ALL SELECT note_key, placed_at, amount, 0, 0, 1 FROM credit_notes WHERE customer_id = ?1 "
                    "ORDER BY 2");
    query.bind(1, customerStoreId);
    QList<CustomerDocument> documents;
    while (query.step()) {
        CustomerDocument d;
        d.key = query.text(0);
        d.placedAt = query.integer(1);
        d.amount = query.integer(2);
        d.refunded = query.integer(3);
        d.state = query.integer(4) ? OrderState::Cancelled : OrderState::Valid;
        d.isCreditNote = query.integer(5) != 0;
        documents.append(d);
    }
    if (query.failed())
        return StoreAccess::failure(m_store, query, ErrorCode::StoreReadFailed);
    return documents;
}

Result<StoreSummary> OrderRepository::summary() const
{
    sqlite3 *db = StoreAccess::connection(m_store);
    StoreSummary s;
    s.currency = m_store.currency();
    Statement orders(db,
                     "SELECT count(*), count(customer_id), sum(state = 1), min(placed_at), max(placed_at), "
                     "coalesce(sum(CASE WHEN state = 0 THEN max(gross - refunded, 0) END), 0) FROM orders");
    if (!orders.step())
        return StoreAccess::failure(m_store, orders, ErrorCode::StoreReadFailed);
    s.orders = orders.integer(0);
    s.customerOrders = orders.integer(1);
    s.guestOrders = s.orders - s.customerOrders;
    s.cancelledOrders = orders.integer(2);
    if (s.orders > 0) {
        s.firstOrderAt = wallClockText(orders.integer(3));
        s.lastOrderAt = wallClockText(orders.integer(4));
    }
    s.netRevenue = orders.integer(5);
    Statement notes(db, "SELECT count(*), count(customer_id), coalesce(sum(amount), 0) FROM credit_notes");
    if (!notes.step())
        return StoreAccess::failure(m_store, notes, ErrorCode::StoreReadFailed);
    s.creditNotes = notes.integer(0);
    s.customerCreditNotes = notes.integer(1);
    s.guestCreditNotes = s.creditNotes - s.customerCreditNotes;
    s.netRevenue += notes.integer(2);
    Statement customers(db,
                        "SELECT (SELECT count(*) FROM customers), "
                        "(SELECT count(DISTINCT customer_id) FROM orders WHERE customer_id IS NOT NULL), "
                        "(SELECT count(*) FROM imports)");
    if (!customers.step())
        return StoreAccess::failure(m_store, customers, ErrorCode::StoreReadFailed);
    s.customers = customers.integer(0);
    s.customersWithOrders = customers.integer(1);
    s.imports = customers.integer(2);
    return s;
}

} // namespace Patronage
