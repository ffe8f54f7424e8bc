#pragma once

#include <QList>
#include <QSet>

#include <optional>

#include "core/error/Result.h"
#include "core/report/CustomerRow.h"
#include "core/segment/SegmentationParams.h"

namespace Patronage {

class OrderHistory;
class Store;

/// Which base customers of a month to list.
struct CustomerQuery {
    MonthIndex month = 0;
    QSet<LoyaltyGroup> groups;             ///< empty: every group
    QSet<LifeCycle> lifeCycles;            ///< empty: every life cycle
    std::optional<LoyaltyGroup> movedFrom; ///< in this group at \a since, in another one now
    MonthIndex since = 0;
    QString search; ///< in key, e-mail or name, any case
};

/// The month's base customers that match, ordered by revenue (highest
/// first), then key; names and e-mails come from \a store.
Result<QList<CustomerRow>> findCustomers(Store &store, const OrderHistory &history, const SegmentationParams &params,
                                         const CustomerQuery &query);

/// Rows for \a snapshots with their customers' keys, e-mails and names,
/// highest revenue first.
Result<QList<CustomerRow>> rowsFor(Store &store, const OrderHistory &history, const QList<CustomerSnapshot> &snapshots);

} // namespace Patronage
