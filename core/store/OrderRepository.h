#pragma once

#include <QList>

#include <functional>
#include <limits>

#include "core/error/Result.h"
#include "core/segment/OrderHistory.h"
#include "core/store/NormalisedOrder.h"
#include "core/store/StoreSummary.h"

namespace Patronage {

class Store;

/// One of a customer's orders or credit notes, as the customer's detail lists it.
struct CustomerDocument {
    QString key;
    qint64 placedAt = 0; ///< wall-clock seconds
    qint64 amount = 0;   ///< an order's gross, or a credit note's (negative) amount; minor units
    qint64 refunded = 0;
    OrderState state = OrderState::Valid;
    bool isCreditNote = false;
};

/// The store's orders and credit notes: the history segmentation reads, one
/// customer's documents, and the shop's totals. Writing goes through OrderWriter.
class OrderRepository
{
public:
    explicit OrderRepository(Store &store)
        : m_store(store)
    { }

    /// Every valid order (net amounts) and credit note of month \a from
    /// onwards, in date order, from the store's compact history; the
    /// history's customers are all of the store's.
    Result<OrderHistory> readHistory(MonthIndex from = std::numeric_limits<MonthIndex>::min()) const;
    /// The same, handed to \a visit one event at a time instead of held (the customers as
    /// dense indices of the store's \a *customerCount customers, set before the first event).
    Status visitHistory(const std::function<void(const OrderHistory::Event &)> &visit, qint32 *customerCount,
                        MonthIndex from = std::numeric_limits<MonthIndex>::min()) const;
    /// Works the compact history out again from month \a from on, after a
    /// write to the orders or credit notes (inside the caller's transaction).
    Status rebuildHistoryFrom(MonthIndex from);
    /// A customer's orders and credit notes, oldest first.
    Result<QList<CustomerDocument>> documentsOf(qint64 customerStoreId) const;
    /// Checks every order and credit note holds values Patronage could have written.
    Status validate() const;
    /// The day of the first order, cancelled or not (empty without orders): one index lookup.
    Result<std::optional<qint64>> firstOrderDay() const;
    /// The shop's totals, added up by SQLite (without validate(): a hostile
    /// value gives odd totals, never a failure worse than an error).
    Result<StoreSummary> summary() const;

private:
    Store &m_store;
};

} // namespace Patronage
