#include "core/store/OrderWriter.h"

#include "core/store/Store.h"

namespace Patronage {

namespace {
constexpr qsizetype kCustomerCacheLimit = 200'000;
}

OrderWriter::OrderWriter(Store &store, qint64 importId, ImportReport &report)
    : m_importId(importId)
    , m_report(report)
{
    sqlite3 *db = store.handle();
    m_findCustomer = Statement(db, "SELECT id, email, name FROM customers WHERE customer_key = ?");
    m_insertCustomer = Statement(db, "INSERT INTO customers(customer_key, email, name) VALUES(?, ?, ?)");
    m_updateCustomer = Statement(db, "UPDATE customers SET email = coalesce(email, ?), name = coalesce(name, ?) "
                                     "WHERE id = ?");
    m_findOrder = Statement(db, "SELECT id, import_id, customer_id, placed_at, utc_offset, gross, refunded, state "
                                "FROM orders WHERE order_key = ?");
    m_insertOrder = Statement(db, "INSERT INTO orders(order_key, customer_id, placed_at, utc_offset, gross, "
                                  "refunded, state, import_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    m_replaceOrder = Statement(db, "UPDATE orders SET customer_id = ?, placed_at = ?, utc_offset = ?, gross = ?, "
                                   "refunded = ?, state = ?, import_id = ? WHERE id = ?");
    m_mergeOrder = Statement(db, "UPDATE orders SET gross = gross + ?, refunded = refunded + ?, "
                                 "placed_at = min(placed_at, ?) WHERE id = ?");
    m_touchOrder = Statement(db, "UPDATE orders SET import_id = ? WHERE id = ?");
    m_findNote = Statement(db, "SELECT id, import_id, customer_id, placed_at, utc_offset, amount "
                               "FROM credit_notes WHERE note_key = ?");
    m_insertNote = Statement(db, "INSERT INTO credit_notes(note_key, customer_id, placed_at, utc_offset, amount, "
                                 "import_id) VALUES(?, ?, ?, ?, ?, ?)");
    m_replaceNote = Statement(db, "UPDATE credit_notes SET customer_id = ?, placed_at = ?, utc_offset = ?, "
                                  "amount = ?, import_id = ? WHERE id = ?");
    m_mergeNote = Statement(db, "UPDATE credit_notes SET amount = amount + ?, placed_at = min(placed_at, ?) "
                                "WHERE id = ?");
    for (const Statement *statement : {&m_findCustomer, &m_insertCustomer, &m_updateCustomer, &m_findOrder,
                                       &m_insertOrder, &m_replaceOrder, &m_mergeOrder, &m_touchOrder, &m_findNote,
                                       &m_insertNote, &m_replaceNote, &m_mergeNote}) {
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

    qint64 id = -1;
    m_findCustomer.bind(1, order.customerKey);
    if (m_findCustomer.step()) {
        id = m_findCustomer.integer(0);
        const bool fillEmail = m_findCustomer.isNull(1) && !order.email.isEmpty();
        const bool fillName = m_findCustomer.isNull(2) && !order.name.isEmpty();
        m_findCustomer.reset();
        if (fillEmail || fillName) {
            m_updateCustomer.bind(1, order.email.isEmpty() ? QString() : order.email)
                .bind(2, order.name.isEmpty() ? QString() : order.name)
                .bind(3, id);
            if (!m_updateCustomer.exec())
                return fail(m_updateCustomer), std::nullopt;
        }
    } else {
        m_findCustomer.reset();
        m_insertCustomer.bind(1, order.customerKey)
            .bind(2, order.email.isEmpty() ? QString() : order.email)
            .bind(3, order.name.isEmpty() ? QString() : order.name);
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
    return order.isCreditNote ? writeCreditNote(order, customer) : writeOrder(order, customer);
}

bool OrderWriter::writeOrder(const NormalisedOrder &order, std::optional<qint64> customer)
{
    m_findOrder.bind(1, order.orderKey);
    if (!m_findOrder.step()) {
        m_findOrder.reset();
        if (!m_findOrder.error().isEmpty())
            return fail(m_findOrder);
        m_insertOrder.bind(1, order.orderKey)
            .bind(2, customer)
            .bind(3, order.placedAt.secondsSinceEpoch)
            .bind(4, order.placedAt.utcOffsetMinutes ? std::optional<qint64>(*order.placedAt.utcOffsetMinutes)
                                                     : std::nullopt)
            .bind(5, order.gross)
            .bind(6, order.refunded)
            .bind(7, qint64(order.state))
            .bind(8, m_importId);
        if (!m_insertOrder.exec())
            return fail(m_insertOrder);
        ++m_report.ordersInserted;
        m_report.guestOrders += order.isGuest();
        return true;
    }
    const qint64 id = m_findOrder.integer(0);
    const bool sameImport = m_findOrder.integer(1) == m_importId;
    const bool identical = m_findOrder.optionalInteger(2) == customer
        && m_findOrder.integer(3) == order.placedAt.secondsSinceEpoch
        && m_findOrder.optionalInteger(4)
            == (order.placedAt.utcOffsetMinutes ? std::optional<qint64>(*order.placedAt.utcOffsetMinutes)
                                                : std::nullopt)
        && m_findOrder.integer(5) == order.gross && m_findOrder.integer(6) == order.refunded
        && m_findOrder.integer(7) == qint64(order.state);
    m_findOrder.reset();

    if (sameImport) {
        // A further part of an order this file already wrote (its rows were not together).
        m_mergeOrder.bind(1, order.gross).bind(2, order.refunded).bind(3, order.placedAt.secondsSinceEpoch).bind(4, id);
        return m_mergeOrder.exec() || fail(m_mergeOrder);
    }
    m_report.guestOrders += order.isGuest();
    if (identical) {
        ++m_report.ordersUnchanged;
        m_touchOrder.bind(1, m_importId).bind(2, id);
        return m_touchOrder.exec() || fail(m_touchOrder);
    }
    ++m_report.ordersUpdated;
    m_replaceOrder.bind(1, customer)
        .bind(2, order.placedAt.secondsSinceEpoch)
        .bind(3, order.placedAt.utcOffsetMinutes ? std::optional<qint64>(*order.placedAt.utcOffsetMinutes)
                                                 : std::nullopt)
        .bind(4, order.gross)
        .bind(5, order.refunded)
        .bind(6, qint64(order.state))
        .bind(7, m_importId)
        .bind(8, id);
    return m_replaceOrder.exec() || fail(m_replaceOrder);
}

bool OrderWriter::writeCreditNote(const NormalisedOrder &order, std::optional<qint64> customer)
{
    const std::optional<qint64> offset = order.placedAt.utcOffsetMinutes
        ? std::optional<qint64>(*order.placedAt.utcOffsetMinutes)
        : std::nullopt;
    m_findNote.bind(1, order.orderKey);
    if (!m_findNote.step()) {
        m_findNote.reset();
        if (!m_findNote.error().isEmpty())
            return fail(m_findNote);
        m_insertNote.bind(1, order.orderKey)
            .bind(2, customer)
            .bind(3, order.placedAt.secondsSinceEpoch)
            .bind(4, offset)
            .bind(5, order.gross)
            .bind(6, m_importId);
        ++m_report.creditNotes;
        return m_insertNote.exec() || fail(m_insertNote);
    }
    const qint64 id = m_findNote.integer(0);
    const bool sameImport = m_findNote.integer(1) == m_importId;
    m_findNote.reset();
    if (sameImport) {
        m_mergeNote.bind(1, order.gross).bind(2, order.placedAt.secondsSinceEpoch).bind(3, id);
        return m_mergeNote.exec() || fail(m_mergeNote);
    }
    ++m_report.creditNotes;
    m_replaceNote.bind(1, customer)
        .bind(2, order.placedAt.secondsSinceEpoch)
        .bind(3, offset)
        .bind(4, order.gross)
        .bind(5, m_importId)
        .bind(6, id);
    return m_replaceNote.exec() || fail(m_replaceNote);
}

} // namespace Patronage
