#pragma once

#include <optional>
#include <vector>

#include "core/calendar/Calendar.h"

namespace Patronage {

/// The segmentation engine's running figures at the end of one month without
/// a window (spec §2 with every earlier order in the snapshot): its orders
/// read and its evaluation not yet cleared. An engine that resumes from it
/// gives, for that month and every later one, what a run over the whole
/// history gives, reading only the orders after it.
struct EngineCheckpoint {
    struct Customer {
        qint64 revenue = 0;      ///< net orders plus credit notes, unfloored
        qint64 monthRevenue = 0; ///< the checkpoint month's part of it
        qint32 orders = 0;
        qint32 firstDay = 0; ///< of the first and last valid order (when orders > 0)
        qint32 lastDay = 0;
    };

    MonthIndex month = 0;
    MonthIndex firstMonth = 0;     ///< the first month with a valid order
    std::optional<qint64> dataDay; ///< the day of the latest valid order up to \a month
    qint64 guestOrders = 0;        ///< valid guest orders in \a month
    qint64 guestRevenue = 0;
    /// By dense index: the store's first customers.size() customers.
    std::vector<Customer> customers;
    qint64 lastStoreId = 0; ///< the store's id of the last of them, to check they are the same customers
    /// Repurchase gaps by length in days (spec §4's G).
    std::vector<qint64> gapCounts;
};

} // namespace Patronage
