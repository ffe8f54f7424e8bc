#include "core/store/OrderWriter.h"

#include "core/formats/AmountParser.h"
#include "core/store/Store.h"

namespace Patronage {

namespace {

constexpr qsizetype kCustomerCacheLimit = 200'000;
enum Kind { OrderKind = 0, CreditNoteKind = 1 };

// Scratch tables of this import: the exact remainders of orders still open to
// further parts, and what replaced orders were before (to tell updated from
// unchanged once all parts are in).
constexpr const char *kScratchTables = R"sql(
CREATE TEMP TABLE IF NOT EXISTS import_residuals (kind INTEGER, id INTEGER, picos INTEGER NOT NULL,
                                                  PRIMARY KEY (kind, id)) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS replaced_orders (id INTEGER PRIMARY KEY, customer_id, placed_at, utc_offset,
                                                 gross, refunded, state);
DELETE FROM temp.import_residuals;
DELETE FROM temp.replaced_orders;
)sql";

std::optional<qint64> offsetOf(const NormalisedOrder &order)
{
    if (!order.placedAt.utcOffsetMinutes)
        return std::nullopt;
    return *order.placedAt.utcOffsetMinutes;
}

} // namespace

OrderWriter::OrderWriter(Store &store, qint64 importId, int currencyDecimals, bool mergeRepeats, ImportReport &report)
    : m_db(store.handle())
    , m_importId(importId)
    , m_currencyDecimals(currencyDecimals)
    , m_mergeRepeats(mergeRepeats)
    , m_report(report)
{
    if (!store.execute(kScratchTables, &m_error))
        return;
    sqlite3 *db = m_db;
    m_findCustomer = Statement(db, "SELECT id, email, name FROM customers WHERE customer_key = ?");
    m_insertCustomer = Statement(db, "INSERT INTO customers(customer_key, email, name) VALUES(?, ?, ?)");
    m_updateCustomer = Statement(db, "UPDATE customers SET email = coalesce(email, ?), name = coalesce(name, ?) "
                                     "WHERE id = ?");
    // Orders and credit notes share one parameter layout:
    // ?1 id or key, ?2 customer, ?3 placed_at, ?4 utc_offset, ?5 amount, ?6 refunded, ?7 state, ?8 import.
    m_find[OrderKind] = Statement(db, "SELECT id, import_id, gross, placed_at FROM orders WHERE order_key = ?1");
    m_find[CreditNoteKind] = Statement(db, "SELECT id, import_id, amount, placed_at FROM credit_notes WHERE note_key = ?1");
    // Inserting first and looking up only on a clash saves a lookup per new order.
    m_insert[OrderKind] = Statement(db, "INSERT INTO orders(order_key, customer_id, placed_at, utc_offset, gross, "
                                        "refunded, state, import_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                                        "ON CONFLICT(order_key) DO NOTHING");
    m_insert[CreditNoteKind] = Statement(db, "INSERT INTO credit_notes(note_key, customer_id, placed_at, utc_offset, "
                                             "amount, import_id) VALUES(?1, ?2, ?3, ?4, ?5, ?8) "
                                             "ON CONFLICT(note_key) DO NOTHING");
    m_replace[OrderKind] = Statement(db, "UPDATE orders SET customer_id = ?2, placed_at = ?3, utc_offset = ?4, "
                                         "gross = ?5, refunded = ?6, state = ?7, import_id = ?8 WHERE id = ?1");
    m_replace[CreditNoteKind] = Statement(db, "UPDATE credit_notes SET customer_id = ?2, placed_at = ?3, "
                                              "utc_offset = ?4, amount = ?5, import_id = ?8 WHERE id = ?1");
    m_merge[OrderKind] = Statement(db, "UPDATE orders SET gross = ?5, refunded = refunded + ?6, "
                                       "placed_at = min(placed_at, ?3) WHERE id = ?1");
    m_merge[CreditNoteKind] = Statement(db, "UPDATE credit_notes SET amount = ?5, placed_at = min(placed_at, ?3) "
                                            "WHERE id = ?1");
    m_remember[OrderKind] = Statement(db, "INSERT OR IGNORE INTO temp.replaced_orders SELECT id, customer_id, "
                                          "placed_at, utc_offset, gross, refunded, state FROM orders WHERE id = ?1");
    m_findResidual = Statement(db, "SELECT picos FROM temp.import_residuals WHERE kind = ? AND id = ?");
    m_saveResidual = Statement(db, "INSERT INTO temp.import_residuals(kind, id, picos) VALUES(?, ?, ?) "
                                   "ON CONFLICT(kind, id) DO UPDATE SET picos = excluded.picos");
    for (const Statement *statement :
         {&m_findCustomer, &m_insertCustomer, &m_updateCustomer, &m_find[0], &m_find[1], &m_insert[0], &m_insert[1],
          &m_replace[0], &m_replace[1], &m_merge[0], &m_merge[1], &m_remember[0], &m_findResidual, &m_saveResidual}) {
        if (!statement->isValid() && m_error.isEmpty())
            m_error = statement->error();
    }
}

bool OrderWriter::fail(const Statement &statement)
{
    m_error = statement.error();
    return false;
}

std::optional<qint64> OrderWriter::customerId(const NormalisedOrder &order)
{
    if (order.isGuest())
        return std::nullopt;
    const auto cached = m_customerIds.constFind(order.customerKey);
    if (cached != m_customerIds.constEnd())
        return *cached;

    const QString email = order.email.isEmpty() ? QString() : order.email;
    const QString name = order.name.isEmpty() ? QString() : order.name;
    qint64 id = -1;
    m_findCustomer.bind(1, order.customerKey);
    if (m_findCustomer.step()) {
        id = m_findCustomer.integer(0);
        const bool fill = (m_findCustomer.isNull(1) && !email.isNull()) || (m_findCustomer.isNull(2) && !name.isNull());
        m_findCustomer.reset();
        if (fill) {
            m_updateCustomer.bind(1, email).bind(2, name).bind(3, id);
            if (!m_updateCustomer.exec())
                return fail(m_updateCustomer), std::nullopt;
        }
    } else {
        m_findCustomer.reset();
        m_insertCustomer.bind(1, order.customerKey).bind(2, email).bind(3, name);
        if (!m_insertCustomer.exec())
            return fail(m_insertCustomer), std::nullopt;
        id = m_insertCustomer.lastInsertId();
    }
    if (m_customerIds.size() >= kCustomerCacheLimit)
        m_customerIds.clear();
    m_customerIds.insert(order.customerKey, id);
    return id;
}

bool OrderWriter::write(const NormalisedOrder &order)
{
    if (!m_error.isEmpty())
        return false;
    const std::optional<qint64> customer = customerId(order);
    if (!m_error.isEmpty())
        return false;
    return writeDocument(order, customer);
}

bool OrderWriter::writeDocument(const NormalisedOrder &order, std::optional<qint64> customer)
{
    const int kind = order.isCreditNote ? CreditNoteKind : OrderKind;
    auto bindValues = [&](Statement &statement) -> Statement & {
        return statement.bind(2, customer)
            .bind(3, order.placedAt.secondsSinceEpoch)
            .bind(4, offsetOf(order))
            .bind(5, order.gross)
            .bind(6, order.refunded)
            .bind(7, qint64(order.state))
            .bind(8, m_importId);
    };
    auto saveResidual = [&](qint64 id) {
        return order.grossResidualPicos == 0
            || m_saveResidual.bind(1, kind).bind(2, id).bind(3, order.grossResidualPicos).exec()
            || fail(m_saveResidual);
    };
    auto count = [&](bool inserted) {
        if (kind == CreditNoteKind) {
            ++m_report.creditNotes;
            return;
        }
        m_report.guestOrders += order.isGuest();
        m_report.ordersInserted += inserted;
    };

    noteChange(order.placedAt.secondsSinceEpoch);
    Statement &insert = m_insert[kind];
    if (!bindValues(insert.bind(1, order.orderKey)).exec())
        return fail(insert);
    if (insert.changes() == 1) {
        count(true);
        return saveResidual(insert.lastInsertId());
    }

    // The key is stored already: by this import (a further part) or an earlier one (replaced).
    Statement &find = m_find[kind];
    find.bind(1, order.orderKey);
    if (!find.step())
        return fail(find);
    const qint64 id = find.integer(0);
    const bool sameImport = find.integer(1) == m_importId;
    const qint64 storedAmount = find.integer(2);
    noteChange(find.integer(3)); // a replaced order may move out of an earlier month
    find.reset();
    if (sameImport && m_mergeRepeats)
        return mergePart(kind, id, storedAmount, order);
    if (sameImport) {
        // The same whole order twice in one file: the later row stands, counted once.
        Statement &replace = m_replace[kind];
        return bindValues(replace.bind(1, id)).exec() || fail(replace);
    }

    count(false);
    if (kind == OrderKind && !m_remember[OrderKind].bind(1, id).exec())
        return fail(m_remember[OrderKind]);
    Statement &replace = m_replace[kind];
    if (!bindValues(replace.bind(1, id)).exec())
        return fail(replace);
    return saveResidual(id);
}

// Adds a part exactly: stored total plus its remainder plus the part, rounded once.
bool OrderWriter::mergePart(int kind, qint64 id, qint64 storedAmount, const NormalisedOrder &part)
{
    m_findResidual.bind(1, kind).bind(2, id);
    const qint64 storedResidual = m_findResidual.step() ? m_findResidual.integer(0) : 0;
    m_findResidual.reset();
    const Int128 exact = minorToPicos(storedAmount, m_currencyDecimals) + storedResidual
        + minorToPicos(part.gross, m_currencyDecimals) + part.grossResidualPicos;
    const qint64 amount = picosToMinor(exact, m_currencyDecimals);
    const qint64 residual = qint64(exact - minorToPicos(amount, m_currencyDecimals));
    Statement &merge = m_merge[kind];
    merge.bind(1, id).bind(3, part.placedAt.secondsSinceEpoch).bind(5, amount).bind(6, part.refunded);
    if (!merge.exec())
        return fail(merge);
    if (residual != storedResidual && !m_saveResidual.bind(1, kind).bind(2, id).bind(3, residual).exec())
        return fail(m_saveResidual);
    return true;
}

void OrderWriter::noteChange(qint64 placedAt)
{
    if (!m_earliestChange || placedAt < *m_earliestChange)
        m_earliestChange = placedAt;
}

bool OrderWriter::finish()
{
    if (!m_error.isEmpty())
        return false;
    Statement settle(m_db, "SELECT count(*), coalesce(sum(o.customer_id IS r.customer_id AND o.placed_at = r.placed_at "
                           "AND o.utc_offset IS r.utc_offset AND o.gross = r.gross AND o.refunded = r.refunded "
                           "AND o.state = r.state), 0) FROM temp.replaced_orders r JOIN orders o ON o.id = r.id");
    if (!settle.step())
        return fail(settle);
    m_report.ordersUnchanged = settle.integer(1);
    m_report.ordersUpdated = settle.integer(0) - m_report.ordersUnchanged;
    return true;
}

} // namespace Patronage
