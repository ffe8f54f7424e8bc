#include "core/store/OrderRepository.h"

#include <algorithm>
#include <cstdlib>

#include "core/calendar/Calendar.h"
#include "core/money/Int128.h"
#include "core/store/Limits.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/StoreAccess.h"
#include "core/store/Transaction.h"

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

// A store is untrusted input: every value read is one Patronage could have
// written, or the read fails with what is wrong and where.
class HistoryReader
{
public:
    HistoryReader(const Store &store)
        : m_store(store)
    { }

    Status readCustomers()
    {
        Statement customers(StoreAccess::connection(m_store), "SELECT id FROM customers ORDER BY id");
        while (customers.step()) {
            if (!customers.isInteger(0) || customers.integer(0) < 1 || customers.integer(0) > Limits::kMaxCustomerId)
                return invalid(QStringLiteral("customers"), customers.text(0), QStringLiteral("id"));
            m_storeIds.push_back(customers.integer(0));
        }
        if (customers.failed())
            return StoreAccess::failure(m_store, customers, ErrorCode::StoreReadFailed);
        // Ids are dense in any store Patronage wrote: a table maps them to the
        // dense index; sparse ones are looked up instead.
        if (!m_storeIds.empty() && m_storeIds.back() <= qint64(m_storeIds.size()) * 4 + 1024) {
            m_denseIndex.assign(size_t(m_storeIds.back() + 1), -1);
            for (size_t i = 0; i < m_storeIds.size(); ++i)
                m_denseIndex[size_t(m_storeIds[i])] = qint32(i);
        }
        return {};
    }

    /// Orders (valid ones as events, net = gross - refunded floored at 0) or
    /// credit notes; without \a events they are only checked.
    Status readDocuments(bool creditNotes, std::vector<Event> *events)
    {
        const char *sql = creditNotes ? "SELECT placed_at, amount, 0, 0, customer_id, id FROM credit_notes ORDER BY id"
                                      : "SELECT placed_at, gross, refunded, state, customer_id, id FROM orders "
                                        "ORDER BY id";
        const QString table = QString::fromLatin1(creditNotes ? "credit_notes" : "orders");
        Statement rows(StoreAccess::connection(m_store), sql);
        while (rows.step()) {
            for (int column = 0; column < 4; ++column) {
                if (!rows.isInteger(column))
                    return invalid(table, rows.text(5), columnName(creditNotes, column));
            }
            const qint64 placedAt = rows.integer(0);
            const qint64 gross = rows.integer(1);
            const qint64 refunded = rows.integer(2);
            const qint64 state = rows.integer(3);
            if (placedAt < Limits::earliestSecond() || placedAt > Limits::latestSecond())
                return invalid(table, rows.text(5), QStringLiteral("placed_at"));
            if (std::abs(gross) > Limits::kMaxAmountMinor)
                return invalid(table, rows.text(5), columnName(creditNotes, 1));
            if (std::abs(refunded) > Limits::kMaxAmountMinor)
                return invalid(table, rows.text(5), QStringLiteral("refunded"));
            if (state != 0 && state != 1)
                return invalid(table, rows.text(5), QStringLiteral("state"));
            m_total += Int128(std::abs(gross)) + std::abs(refunded);
            if (m_total > Limits::kMaxStoreTotal)
                return invalid(table, rows.text(5), QStringLiteral("amounts, added up,"));
            qint32 customer = -1;
            if (!rows.isNull(4)) {
                customer = rows.isInteger(4) ? denseIndexOf(rows.integer(4)) : -1;
                if (customer < 0)
                    return invalid(table, rows.text(5), QStringLiteral("customer_id"));
            }
            if (state != 0 || !events)
                continue; // cancelled: not in the history
            if (qint64(events->size()) >= Limits::kMaxHistoryEvents)
                return invalid(table, rows.text(5), QStringLiteral("number of orders"));
            Event event;
            event.seconds = placedAt;
            event.amount = creditNotes ? gross : std::max<qint64>(gross - refunded, 0);
            event.customer = customer;
            event.month = 0;
            event.creditNote = creditNotes;
            events->push_back(event);
        }
        if (rows.failed())
            return StoreAccess::failure(m_store, rows, ErrorCode::StoreReadFailed);
        return {};
    }

    std::vector<qint64> takeStoreIds() { return std::move(m_storeIds); }

private:
    static QString columnName(bool creditNotes, int column)
    {
        static const char *const kOrders[] = {"placed_at", "gross", "refunded", "state"};
        static const char *const kNotes[] = {"placed_at", "amount", "", ""};
        return QString::fromLatin1((creditNotes ? kNotes : kOrders)[column]);
    }

    qint32 denseIndexOf(qint64 id) const
    {
        if (!m_denseIndex.empty())
            return id >= 0 && id < qint64(m_denseIndex.size()) ? m_denseIndex[size_t(id)] : -1;
        const auto it = std::lower_bound(m_storeIds.begin(), m_storeIds.end(), id);
        return it != m_storeIds.end() && *it == id ? qint32(it - m_storeIds.begin()) : -1;
    }

    Error invalid(const QString &table, const QString &id, const QString &column) const
    {
        Error error(ErrorCode::StoreValueInvalid);
        error.file = m_store.path();
        error.detail = QStringLiteral("%1 of the row with id %2 in %3").arg(column, Error::excerpt(id), table);
        return error;
    }

    const Store &m_store;
    std::vector<qint64> m_storeIds;
    std::vector<qint32> m_denseIndex;
    Int128 m_total = 0;
};

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
    // One snapshot of the store: customers, orders and credit notes as of one moment.
    Result<Transaction> snapshot = Transaction::begin(m_store, Transaction::Kind::Read);
    if (!snapshot)
        return snapshot.error();
    HistoryReader reader(m_store);
    if (const Status customers = reader.readCustomers(); !customers)
        return customers.error();
    std::vector<Event> events;
    if (const Status orders = reader.readDocuments(false, &events); !orders)
        return orders.error();
    sortByTime(events);
    // Credit notes are few: sorted on their own, then merged in from the back.
    std::vector<Event> notes;
    if (const Status read = reader.readDocuments(true, &notes); !read)
        return read.error();
    sortByTime(notes);
    mergeInto(events, notes);
    return OrderHistory::fromStore(std::move(events), reader.takeStoreIds());
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

Status OrderRepository::validate() const
{
    Result<Transaction> snapshot = Transaction::begin(m_store, Transaction::Kind::Read);
    if (!snapshot)
        return snapshot.error();
    HistoryReader reader(m_store);
    if (const Status customers = reader.readCustomers(); !customers)
        return customers;
    if (const Status orders = reader.readDocuments(false, nullptr); !orders)
        return orders;
    return reader.readDocuments(true, nullptr);
}

Result<StoreSummary> OrderRepository::summary() const
{
    // The totals add up what the store holds: every value is checked first.
    if (const Status valid = validate(); !valid)
        return valid.error();
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
