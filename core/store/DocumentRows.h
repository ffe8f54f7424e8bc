#pragma once

// Private to core/store: the rows of orders and credit_notes, read and
// checked one by one. A store is untrusted input: a row holding a value
// Patronage could not have written ends the scan with an error that names
// the table, the row and the column.

#include "core/calendar/Calendar.h"
#include "core/error/Result.h"
#include "core/store/Statement.h"

namespace Patronage {

class Store;

/// One row of orders or credit_notes, checked.
struct DocumentRow {
    qint64 id = 0;
    qint64 seconds = 0;   ///< placed_at
    qint64 customer = -1; ///< customers.id (only checked to be one Patronage could assign), or -1
    qint64 gross = 0;     ///< an order's gross or a credit note's amount
    qint64 refunded = 0;
    bool cancelled = false;
    bool creditNote = false;
};

class DocumentRows
{
public:
    enum class Order {
        Stored, ///< orders, then credit notes, each in id order
        Dated,  ///< in date order, from the first day of a month (orders first on equal times)
    };
    DocumentRows(const Store &store, Order order, MonthIndex from = std::numeric_limits<MonthIndex>::min());

    /// The next row; false at the end or on an error (then status() says which).
    bool next(DocumentRow *row);
    const Status &status() const { return m_status; }

    /// The error for a value of a row that Patronage could not have written.
    static Error invalid(const Store &store, bool creditNote, const QString &id, const QString &column);

private:
    bool read(Statement &rows, bool creditNote, DocumentRow *row);

    const Store &m_store;
    Order m_order;
    Statement m_orders;
    Statement m_notes;
    bool m_hasOrder = false;
    bool m_hasNote = false;
    DocumentRow m_nextOrder;
    DocumentRow m_nextNote;
    Status m_status;
};

} // namespace Patronage
