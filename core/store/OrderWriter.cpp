#include "core/store/OrderWriter.h"

#include <QHash>

#include "core/money/Money.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/StoreAccess.h"

namespace Patronage {

namespace {

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

struct OrderWriter::Statements {
    // A bounded cache of customer ids: memory stays flat on any file size.
    std::vector<qint64> slotIds; ///< customers.id by NormalisedOrder::customerSlot, 0 until known
    Statement findCustomer, insertCustomer, updateCustomer;
    Statement find[2], insert[2], replace[2], merge[2], remember;
    Statement findResidual, saveResidual;
};

OrderWriter::OrderWriter(Store &store, qint64 importId, int currencyDecimals, bool mergeRepeats)
    : m_store(store)
    , m_importId(importId)
    , m_currencyDecimals(currencyDecimals)
    , m_mergeRepeats(mergeRepeats)
    , m_sql(std::make_unique<Statements>())
{
    Error error;
    if (!StoreAccess::execute(store, kScratchTables, &error)) {
        m_error = error;
        return;
    }
    sqlite3 *db = StoreAccess::connection(store);
    Statements &s = *m_sql;
    s.findCustomer = Statement(db, "SELECT id, email, name FROM customers WHERE customer_key = ?");
    s.insertCustomer = Statement(db, "INSERT INTO customers(customer_key, email, name) VALUES(?, ?, ?)");
    s.updateCustomer = Statement(db,
                                 "UPDATE customers SET email = coalesce(email, ?), name = coalesce(name, ?) "
                                 "WHERE id = ?");
    // Orders and credit notes share one parameter layout:
    // ?1 id or key, ?2 customer, ?3 placed_at, ?4 utc_offset, ?5 amount, ?6 refunded, ?7 state, ?8 import.
    s.find[OrderKind] = Statement(db, "SELECT id, import_id, gross, placed_at FROM orders WHERE order_key = ?1");
    s.find[CreditNoteKind] = Statement(db,
                                       "SELECT id, import_id, amount, placed_at FROM credit_notes "
                                       "WHERE note_key = ?1");
    // Inserting first and looking up only on a clash saves a lookup per new order.
    s.insert[OrderKind] = Statement(db,
                                    "INSERT INTO orders(order_key, customer_id, placed_at, utc_offset, gross, "
                                    "refunded, state, import_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                                    "ON CONFLICT(order_key) DO NOTHING");
    s.insert[CreditNoteKind] = Statement(db,
                                         "INSERT INTO credit_notes(note_key, customer_id, placed_at, utc_offset, "
                                         "amount, import_id) VALUES(?1, ?2, ?3, ?4, ?5, ?8) "
                                         "ON CONFLICT(note_key) DO NOTHING");
    s.replace[OrderKind] = Statement(db,
                                     "UPDATE orders SET customer_id = ?2, placed_at = ?3, utc_offset = ?4, "
                                     "gross = ?5, refunded = ?6, state = ?7, import_id = ?8 WHERE id = ?1");
    s.replace[CreditNoteKind] = Statement(db,
                                          "UPDATE credit_notes SET customer_id = ?2, placed_at = ?3, "
                                          "utc_offset = ?4, amount = ?5, import_id = ?8 WHERE id = ?1");
    s.merge[OrderKind] = Statement(db,
                                   "UPDATE orders SET gross = ?5, refunded = refunded + ?6, "
                                   "placed_at = min(placed_at, ?3) WHERE id = ?1");
    s.merge[CreditNoteKind] = Statement(db,
                                        "UPDATE credit_notes SET amount = ?5, placed_at = min(placed_at, ?3) "
                                        "WHERE id = ?1");
    s.remember = Statement(db,
                           "INSERT OR IGNORE INTO temp.replaced_orders SELECT id, customer_id, placed_at, "
                           "utc_offset, gross, refunded, state FROM orders WHERE id = ?1");
    s.findResidual = Statement(db, "SELECT picos FROM temp.import_residuals WHERE kind = ? AND id = ?");
    s.saveResidual = Statement(db,
                               "INSERT INTO temp.import_residuals(kind, id, picos) VALUES(?, ?, ?) "
                               "ON CONFLICT(kind, id) DO UPDATE SET picos = excluded.picos");
    for (const Statement *statement :
         {&s.findCustomer, &s.insertCustomer, &s.updateCustomer, &s.find[0], &s.find[1], &s.insert[0], &s.insert[1],
          &s.replace[0], &s.replace[1], &s.merge[0], &s.merge[1], &s.remember, &s.findResidual, &s.saveResidual}) {
        if (statement->failed() && !m_error)
            m_error = StoreAccess::failure(store, *statement, ErrorCode::StoreWriteFailed);
    }
}

OrderWriter::~OrderWriter() = default;

std::optional<qint64> OrderWriter::customerId(const NormalisedOrder &order)
{
    if (order.isGuest())
        return std::nullopt;
    Statements &s = *m_sql;
    const auto slot = size_t(order.customerSlot);
    if (order.customerSlot >= 0 && slot < s.slotIds.size() && s.slotIds[slot] > 0)
        return s.slotIds[slot];

    const QString email = order.email.isEmpty() ? QString() : order.email;
    const QString name = order.name.isEmpty() ? QString() : order.name;
    auto fail = [this](const Statement &statement) -> std::optional<qint64> {
        m_error = StoreAccess::failure(m_store, statement, ErrorCode::StoreWriteFailed);
        return std::nullopt;
    };
    qint64 id = -1;
    s.findCustomer.bind(1, order.customerKey);
    if (s.findCustomer.step()) {
        id = s.findCustomer.integer(0);
        const bool fill = (s.findCustomer.isNull(1) && !email.isNull()) || (s.findCustomer.isNull(2) && !name.isNull());
        s.findCustomer.reset();
        if (fill) {
            s.updateCustomer.bind(1, email).bind(2, name).bind(3, id);
            if (!s.updateCustomer.exec())
                return fail(s.updateCustomer);
        }
    } else {
        if (s.findCustomer.failed())
            return fail(s.findCustomer);
        s.findCustomer.reset();
        s.insertCustomer.bind(1, order.customerKey).bind(2, email).bind(3, name);
        if (!s.insertCustomer.exec())
            return fail(s.insertCustomer);
        id = s.insertCustomer.lastInsertId();
    }
    if (order.customerSlot >= 0) {
        if (slot >= s.slotIds.size())
            s.slotIds.resize(slot + 1, 0);
        s.slotIds[slot] = id;
    }
    return id;
}

Result<OrderWriter::Outcome> OrderWriter::write(const NormalisedOrder &order)
{
    if (m_error)
        return *m_error;
    const std::optional<qint64> customer = customerId(order);
    if (m_error)
        return *m_error;
    return writeDocument(order, customer);
}

Result<OrderWriter::Outcome> OrderWriter::writeDocument(const NormalisedOrder &order, std::optional<qint64> customer)
{
    Statements &s = *m_sql;
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
    auto fail = [this](const Statement &statement) -> Error {
        m_error = StoreAccess::failure(m_store, statement, ErrorCode::StoreWriteFailed);
        return *m_error;
    };
    auto saveResidual = [&](qint64 id) {
        return order.grossResidualPicos == 0
            || s.saveResidual.bind(1, kind).bind(2, id).bind(3, order.grossResidualPicos).exec();
    };

    noteChange(order.placedAt.secondsSinceEpoch);
    m_writtenMagnitude += Int128(std::abs(order.gross)) + std::abs(order.refunded);
    Statement &insert = s.insert[kind];
    if (!bindValues(insert.bind(1, order.orderKey)).exec())
        return fail(insert);
    if (insert.changes() == 1) {
        if (!saveResidual(insert.lastInsertId()))
            return fail(s.saveResidual);
        return Outcome::Inserted;
    }

    // The key is stored already: by this import (a further part) or an earlier one (replaced).
    Statement &find = s.find[kind];
    find.bind(1, order.orderKey);
    if (!find.step())
        return fail(find);
    const qint64 id = find.integer(0);
    const bool sameImport = find.integer(1) == m_importId;
    const qint64 storedAmount = find.integer(2);
    noteChange(find.integer(3)); // a replaced order may move out of an earlier month
    find.reset();
    if (sameImport && m_mergeRepeats) {
        if (const Status merged = mergePart(kind, id, storedAmount, order); !merged)
            return merged.error();
        return Outcome::MergedPart;
    }
    Statement &replace = s.replace[kind];
    if (sameImport) {
        // The same whole order twice in one file: the later row stands, counted once.
        if (!bindValues(replace.bind(1, id)).exec())
            return fail(replace);
        return Outcome::Repeated;
    }
    if (kind == OrderKind && !s.remember.bind(1, id).exec())
        return fail(s.remember);
    if (!bindValues(replace.bind(1, id)).exec())
        return fail(replace);
    if (!saveResidual(id))
        return fail(s.saveResidual);
    return Outcome::Replaced;
}

// Adds a part exactly: stored total plus its remainder plus the part, rounded once.
Status OrderWriter::mergePart(int kind, qint64 id, qint64 storedAmount, const NormalisedOrder &part)
{
    Statements &s = *m_sql;
    s.findResidual.bind(1, kind).bind(2, id);
    const qint64 storedResidual = s.findResidual.step() ? s.findResidual.integer(0) : 0;
    const bool readFailed = s.findResidual.failed();
    s.findResidual.reset();
    if (readFailed)
        return *(m_error = StoreAccess::failure(m_store, s.findResidual, ErrorCode::StoreWriteFailed));
    const Int128 exact = minorToPicos(storedAmount, m_currencyDecimals) + storedResidual
        + minorToPicos(part.gross, m_currencyDecimals) + part.grossResidualPicos;
    const qint64 amount = picosToMinor(exact, m_currencyDecimals);
    const qint64 residual = qint64(exact - minorToPicos(amount, m_currencyDecimals));
    Statement &merge = s.merge[kind];
    merge.bind(1, id).bind(3, part.placedAt.secondsSinceEpoch).bind(5, amount).bind(6, part.refunded);
    if (!merge.exec())
        return *(m_error = StoreAccess::failure(m_store, merge, ErrorCode::StoreWriteFailed));
    if (residual != storedResidual && !s.saveResidual.bind(1, kind).bind(2, id).bind(3, residual).exec())
        return *(m_error = StoreAccess::failure(m_store, s.saveResidual, ErrorCode::StoreWriteFailed));
    return {};
}

void OrderWriter::noteChange(qint64 placedAt)
{
    if (!m_earliestChange || placedAt < *m_earliestChange)
        m_earliestChange = placedAt;
}

Result<OrderWriter::Settled> OrderWriter::finish()
{
    if (m_error)
        return *m_error;
    Statement settle(StoreAccess::connection(m_store),
                     "SELECT count(*), coalesce(sum(o.customer_id IS r.customer_id AND o.placed_at = r.placed_at "
                     "AND o.utc_offset IS r.utc_offset AND o.gross = r.gross AND o.refunded = r.refunded "
                     "AND o.state = r.state), 0) FROM temp.replaced_orders r JOIN orders o ON o.id = r.id");
    if (!settle.step())
        return StoreAccess::failure(m_store, settle, ErrorCode::StoreWriteFailed);
    Settled settled;
    settled.unchanged = settle.integer(1);
    settled.updated = settle.integer(0) - settled.unchanged;
    return settled;
}

} // namespace Patronage
