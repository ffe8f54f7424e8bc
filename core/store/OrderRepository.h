#pragma once

#include <QList>

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

    /// Every valid order (net amounts) and credit note, in date order.
    Result<OrderHistory> readHistory() const;
    /// A customer's orders and credit notes, oldest first.
    Result<QList<CustomerDocument>> documentsOf(qint64 customerStoreId) const;
    /// Checks every order and credit note holds values Patronage could have written.
    Status validate() const;
    Result<StoreSummary> summary() const;

private:
    Store &m_store;
};

} // namespace Patronage
