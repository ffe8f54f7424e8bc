#include "core/store/OrderRepository.h"

#include <algorithm>
#include <cstdlib>

#include "core/calendar/Calendar.h"
#include "core/money/Int128.h"
#include "core/store/DocumentRows.h"
#include "core/store/HistoryMonths.h"
#include "core/store/Limits.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/StoreAccess.h"
#include "core/store/Transaction.h"

namespace Patronage {

namespace {

using Event = OrderHistory::Event;

// The store's customer ids (ascending) and the dense index of each.
class CustomerIndex
{
public:
    explicit CustomerIndex(const Store &store)
        : m_store(store)
    { }

    Status read()
    {
        Statement customers(StoreAccess::connection(m_store), "SELECT id FROM customers ORDER BY id");
        while (customers.step()) {
            // A damaged index can hand rows out of order: ids must ascend, as the lookups assume.
            const qint64 id = customers.integer(0);
            if (!customers.isInteger(0) || id < 1 || id > Limits::kMaxCustomerId
                || (!m_storeIds.empty() && id <= m_storeIds.back())) {
                return invalid(customers.text(0));
            }
            m_storeIds.push_back(id);
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

    /// The dense index of customers.id \a id, or -1 when there is no such customer.
    qint32 of(qint64 id) const
    {
        if (!m_denseIndex.empty())
            return id >= 0 && id < qint64(m_denseIndex.size()) ? m_denseIndex[size_t(id)] : -1;
        const auto it = std::lower_bound(m_storeIds.begin(), m_storeIds.end(), id);
        return it != m_storeIds.end() && *it == id ? qint32(it - m_storeIds.begin()) : -1;
    }

    qint32 count() const { return qint32(m_storeIds.size()); }
    std::vector<qint64> take() { return std::move(m_storeIds); }

private:
    Error invalid(const QString &id) const
    {
        Error error(ErrorCode::StoreValueInvalid);
        error.file = m_store.path();
        error.detail = QStringLiteral("id of the row with id %1 in customers").arg(Error::excerpt(id));
        return error;
    }

    const Store &m_store;
    std::vector<qint64> m_storeIds;
    std::vector<qint32> m_denseIndex;
};

// Every valid order and credit note from month \a from on, in date order, its customer a
// dense index of \a customers; the first value Patronage never writes stops it.
Status readEvents(const Store &store, const CustomerIndex &customers, MonthIndex from,
                  const std::function<void(const Event &)> &visit)
{
    std::optional<Error> invalid;
    qint64 count = 0;
    const Status read = HistoryMonths::read(store, from, [&](const StoredDocument &d) {
        if (d.cancelled || invalid)
            return; // cancelled orders are not in the history (spec §1)
        Event event;
        event.seconds = d.seconds;
        event.amount = d.amount;
        event.customer = d.customer < 0 ? -1 : customers.of(d.customer);
        event.month = 0;
        event.creditNote = d.creditNote;
        if (event.customer < 0 && d.customer >= 0) {
            invalid =
                DocumentRows::invalid(store, d.creditNote, QString::number(d.customer), QStringLiteral("customer_id"));
        } else if (++count > Limits::kMaxHistoryEvents) {
            invalid = DocumentRows::invalid(store, false, QString::number(count), QStringLiteral("number of orders"));
        } else {
            visit(event);
        }
    });
    if (!read)
        return read;
    if (invalid)
        return *invalid;
    return {};
}

} // namespace

Result<OrderHistory> OrderRepository::readHistory(MonthIndex from) const
{
    // One snapshot of the store: customers and history as of one moment.
    Result<Transaction> snapshot = Transaction::begin(m_store, Transaction::Kind::Read);
    if (!snapshot)
        return snapshot.error();
    CustomerIndex customers(m_store);
    if (const Status read = customers.read(); !read)
        return read.error();
    std::vector<Event> events;
    events.reserve(size_t(HistoryMonths::countFrom(m_store, from)));
    if (const Status read = readEvents(m_store, customers, from, [&](const Event &e) { events.push_back(e); }); !read)
        return read.error();
    return OrderHistory::fromStore(std::move(events), customers.take());
}

Status OrderRepository::visitHistory(const std::function<void(const OrderHistory::Event &)> &visit,
                                     qint32 *customerCount, MonthIndex from) const
{
    Result<Transaction> snapshot = Transaction::begin(m_store, Transaction::Kind::Read);
    if (!snapshot)
        return snapshot.error();
    CustomerIndex customers(m_store);
    if (const Status read = customers.read(); !read)
        return read;
    *customerCount = customers.count();
    return readEvents(m_store, customers, from, visit);
}

Status OrderRepository::rebuildHistoryFrom(MonthIndex from)
{
    return HistoryMonths::rebuildFrom(m_store, from);
}

// The store keeps no index by customer (it would cost every import more than
// the rest of its writing): the compact history names a customer's documents,
// and their rows are read by id.
Result<QList<CustomerDocument>> OrderRepository::documentsOf(qint64 customerStoreId) const
{
    Result<Transaction> snapshot = Transaction::begin(m_store, Transaction::Kind::Read);
    if (!snapshot)
        return snapshot.error();
    std::vector<std::pair<bool, qint64>> found; // credit note?, row id
    const Status read = HistoryMonths::read(m_store, HistoryMonths::kEveryMonth, [&](const StoredDocument &d) {
        if (d.customer == customerStoreId)
            found.emplace_back(d.creditNote, d.rowid);
    });
    if (!read)
        return read.error();
    sqlite3 *db = StoreAccess::connection(m_store);
    Statement rows[2] = {Statement(db, "SELECT order_key, placed_at, gross, refunded, state FROM orders WHERE id = ?"),
                         Statement(db, "SELECT note_key, placed_at, amount, 0, 0 FROM credit_notes WHERE id = ?")};
    QList<CustomerDocument> documents;
    for (const auto &[creditNote, rowid] : found) {
        Statement &row = rows[creditNote];
        row.bind(1, rowid);
        if (row.step()) {
            CustomerDocument d;
            d.key = row.text(0);
            d.placedAt = row.integer(1);
            d.amount = row.integer(2);
            d.refunded = row.integer(3);
            d.state = row.integer(4) ? OrderState::Cancelled : OrderState::Valid;
            d.isCreditNote = creditNote;
            documents.append(d);
        }
        const bool failed = row.failed();
        row.reset();
        if (failed)
            return StoreAccess::failure(m_store, row, ErrorCode::StoreReadFailed);
    }
    return documents;
}

Status OrderRepository::validate() const
{
    Result<Transaction> snapshot = Transaction::begin(m_store, Transaction::Kind::Read);
    if (!snapshot)
        return snapshot.error();
    CustomerIndex customers(m_store);
    if (const Status read = customers.read(); !read)
        return read;
    DocumentRows rows(m_store, DocumentRows::Order::Stored);
    DocumentRow row;
    Int128 total = 0;
    while (rows.next(&row)) {
        total += Int128(std::abs(row.gross)) + std::abs(row.refunded);
        if (total > Limits::kMaxStoreTotal)
            return DocumentRows::invalid(m_store, row.creditNote, QString::number(row.id),
                                         QStringLiteral("amounts, added up,"));
        if (row.customer >= 0 && customers.of(row.customer) < 0)
            return DocumentRows::invalid(m_store, row.creditNote, QString::number(row.id),
                                         QStringLiteral("customer_id"));
    }
    return rows.status();
}

Result<std::optional<qint64>> OrderRepository::firstOrderDay() const
{
    Statement first(StoreAccess::connection(m_store), "SELECT min(placed_at) FROM orders");
    if (!first.step())
        return StoreAccess::failure(m_store, first, ErrorCode::StoreReadFailed);
    if (first.isNull(0))
        return std::optional<qint64>();
    const qint64 seconds = first.integer(0);
    if (!first.isInteger(0) || seconds < Limits::earliestSecond() || seconds > Limits::latestSecond())
        return DocumentRows::invalid(m_store, false, QStringLiteral("?"), QStringLiteral("placed_at"));
    return std::optional<qint64>(dayOfSeconds(seconds));
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
        // Only dates Patronage could have written are shown (validate() checks every row).
        for (const int column : {3, 4}) {
            if (orders.integer(column) < Limits::earliestSecond() || orders.integer(column) > Limits::latestSecond())
                return DocumentRows::invalid(m_store, false, QStringLiteral("?"), QStringLiteral("placed_at"));
        }
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
