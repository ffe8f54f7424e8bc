#pragma once

#include <QSet>

#include <memory>
#include <optional>

#include "core/error/Result.h"
#include "core/report/CustomerList.h"
#include "core/retention/Rfm.h"
#include "core/segment/SegmentationParams.h"

namespace Patronage {

class Store;
struct SegmentInput;

/// Which base customers of a month to list.
struct CustomerQuery {
    MonthIndex month = 0;
    QSet<LoyaltyGroup> groups;                  ///< empty: every group
    QSet<LifeCycle> lifeCycles;                 ///< empty: every life cycle
    QSet<RfmGroup> rfmGroups;                   ///< empty: every RFM group (spec §11)
    std::optional<std::pair<int, int>> rfmCell; ///< only this R score and FM (spec §11's table)
    bool oneOrderAway = false;                  ///< only those one order from the next group up (spec §14)
    std::optional<LoyaltyGroup> nextGroup;      ///< with oneOrderAway: only those it takes to this group
    /// Only those with a valid order in the next this many months (spec §13's "returned").
    std::optional<int> boughtAgainWithin;
    std::optional<LoyaltyGroup> movedFrom; ///< in this group at \a since, in another one now
    MonthIndex since = 0;
    QString search; ///< in key, e-mail or name, any case
};

/// The directory of \a store's customers: \a cached when it holds every
/// customer of \a input, else read again.
Result<std::shared_ptr<const CustomerDirectory>> directoryFor(Store &store, const SegmentInput &input,
                                                              std::shared_ptr<const CustomerDirectory> cached = {});

/// The month's base customers that match, ordered by revenue (highest
/// first), then key, with their RFM scores (of the whole base) and, for
/// those one order away, the group they would reach; \a input holds the
/// month (Analysis::inputFrom), and \a since too when asked for.
Result<CustomerList> findCustomers(Store &store, const SegmentInput &input, const SegmentationParams &params,
                                   const CustomerQuery &query, std::shared_ptr<const CustomerDirectory> cached = {});

} // namespace Patronage
