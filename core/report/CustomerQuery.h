#pragma once

#include <QSet>

#include <memory>
#include <optional>

#include "core/error/Result.h"
#include "core/report/CustomerList.h"
#include "core/segment/SegmentationParams.h"

namespace Patronage {

class Store;
struct SegmentInput;

/// Which base customers of a month to list.
struct CustomerQuery {
    MonthIndex month = 0;
    QSet<LoyaltyGroup> groups;             ///< empty: every group
    QSet<LifeCycle> lifeCycles;            ///< empty: every life cycle
    std::optional<LoyaltyGroup> movedFrom; ///< in this group at \a since, in another one now
    MonthIndex since = 0;
    QString search; ///< in key, e-mail or name, any case
};

/// The directory of \a store's customers: \a cached when it holds every
/// customer of \a input, else read again.
Result<std::shared_ptr<const CustomerDirectory>> directoryFor(Store &store, const SegmentInput &input,
                                                              std::shared_ptr<const CustomerDirectory> cached = {});

/// The month's base customers that match, ordered by revenue (highest
/// first), then key; \a input holds the month (Analysis::inputFrom), and
/// \a since too when asked for.
Result<CustomerList> findCustomers(Store &store, const SegmentInput &input, const SegmentationParams &params,
                                   const CustomerQuery &query, std::shared_ptr<const CustomerDirectory> cached = {});

} // namespace Patronage
