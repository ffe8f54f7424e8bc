#pragma once

#include "core/error/Result.h"
#include "core/report/CustomerList.h"
#include "core/segment/SegmentationParams.h"

namespace Patronage {

class Store;

namespace Cohorts {

/// The customers of one cell of the cohort grid (spec §12): cohort \a cohort's customers with
/// a valid order in month cohort + \a offset (offset 0: the whole cohort), with their figures
/// at that month. Reads the whole history.
Result<CustomerList> customersOf(Store &store, const SegmentationParams &params, MonthIndex cohort, int offset,
                                 std::shared_ptr<const CustomerDirectory> cached = {});

} // namespace Cohorts

} // namespace Patronage
