#include "core/store/DocumentRows.h"

#include <cstdlib>

#include "core/store/Limits.h"
#include "core/store/Store.h"
#include "core/store/StoreAccess.h"

namespace Patronage {

namespace {

const char *const kOrdersStored = "SELECT id, placed_at, customer_id, gross, refunded, state FROM orders ORDER BY id";
const char *const kNotesStored = "SELECT id, placed_at, customer_id, amount, 0, 0 FROM credit_notes ORDER BY id";
// Both follow their date index (placed_at, then the row id): nothing is sorted.
const char *const kOrdersDated = "SELECT id, placed_at, customer_id, gross, refunded, state FROM orders "
                                 "WHERE placed_at >= ?1 ORDER BY placed_at, id";
const char *const kNotesDated = "SELECT id, placed_at, customer_id, amount, 0, 0 FROM credit_notes "
                                "WHERE placed_at >= ?1 ORDER BY placed_at, id";

QString columnName(bool creditNote, int column)
{
    static const char *const kOrders[] = {"id", "placed_at", "customer_id", "gross", "refunded", "state"};
    static const char *const kNotes[] = {"id", "placed_at", "customer_id", "amount", "", ""};
    return QString::fromLatin1((creditNote ? kNotes : kOrders)[column]);
}

} // namespace

DocumentRows::DocumentRows(const Store &store, Order order, MonthIndex from)
    : m_store(store)
    , m_order(order)
{
    sqlite3 *db = StoreAccess::connection(store);
    const bool dated = order == Order::Dated;
    m_orders = Statement(db, dated ? kOrdersDated : kOrdersStored);
    m_notes = Statement(db, dated ? kNotesDated : kNotesStored);
    if (dated) {
        const qint64 start =
            from <= Limits::kEarliestYear * 12 ? std::numeric_limits<qint64>::min() : firstDayOfMonth(from) * 86400;
        m_orders.bind(1, start);
        m_notes.bind(1, start);
        m_hasOrder = read(m_orders, false, &m_nextOrder);
        m_hasNote = m_status && read(m_notes, true, &m_nextNote);
    } else {
        m_hasOrder = read(m_orders, false, &m_nextOrder);
        m_hasNote = !m_hasOrder && m_status && read(m_notes, true, &m_nextNote);
    }
}

Error DocumentRows::invalid(const Store &store, bool creditNote, const QString &id, const QString &column)
{
    Error error(ErrorCode::StoreValueInvalid);
    error.file = store.path();
    error.detail = QStringLiteral("%1 of the row with id %2 in %3")
                       .arg(column, Error::excerpt(id), QLatin1String(creditNote ? "credit_notes" : "orders"));
    return error;
}

bool DocumentRows::read(Statement &rows, bool creditNote, DocumentRow *row)
{
    if (!rows.step()) {
        if (rows.failed())
            m_status = StoreAccess::failure(m_store, rows, ErrorCode::StoreReadFailed);
        return false;
    }
    for (int column : {0, 1, 3, 4, 5}) {
        if (!rows.isInteger(column)) {
            m_status = invalid(m_store, creditNote, rows.text(0), columnName(creditNote, column));
            return false;
        }
    }
    row->id = rows.integer(0);
    row->seconds = rows.integer(1);
    row->gross = rows.integer(3);
    row->refunded = rows.integer(4);
    const qint64 state = rows.integer(5);
    row->cancelled = state == 1;
    row->creditNote = creditNote;
    row->customer = -1;
    const char *wrong = nullptr;
    if (!rows.isNull(2)) {
        row->customer = rows.isInteger(2) ? rows.integer(2) : 0;
        if (row->customer < 1 || row->customer > Limits::kMaxCustomerId)
            wrong = "customer_id";
    }
    if (row->seconds < Limits::earliestSecond() || row->seconds > Limits::latestSecond())
        wrong = "placed_at";
    else if (std::abs(row->gross) > Limits::kMaxAmountMinor)
        wrong = creditNote ? "amount" : "gross";
    else if (std::abs(row->refunded) > Limits::kMaxAmountMinor)
        wrong = "refunded";
    else if (state != 0 && state != 1)
        wrong = "state";
    if (wrong) {
        m_status = invalid(m_store, creditNote, rows.text(0), QString::fromLatin1(wrong));
        return false;
    }
    return true;
}

bool DocumentRows::next(DocumentRow *row)
{
    if (!m_status)
        return false;
    if (m_order == Order::Stored) {
        // Orders first, then credit notes.
        if (m_hasOrder) {
            *row = m_nextOrder;
            m_hasOrder = read(m_orders, false, &m_nextOrder);
            if (!m_hasOrder && m_status)
                m_hasNote = read(m_notes, true, &m_nextNote);
            return true;
        }
        if (m_hasNote) {
            *row = m_nextNote;
            m_hasNote = read(m_notes, true, &m_nextNote);
            return true;
        }
        return false;
    }
    if (!m_hasOrder && !m_hasNote)
        return false;
    const bool order = m_hasOrder && (!m_hasNote || m_nextOrder.seconds <= m_nextNote.seconds);
    if (order) {
        *row = m_nextOrder;
        m_hasOrder = read(m_orders, false, &m_nextOrder);
    } else {
        *row = m_nextNote;
        m_hasNote = read(m_notes, true, &m_nextNote);
    }
    return true;
}

} // namespace Patronage
