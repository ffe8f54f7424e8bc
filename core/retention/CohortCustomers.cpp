#include "core/retention/CohortCustomers.h"

#include "core/analysis/Analysis.h"
#include "core/report/CustomerQuery.h"
#include "core/retention/Cohorts.h"

namespace Patronage::Cohorts {

Result<CustomerList> customersOf(Store &store, const SegmentationParams &params, MonthIndex cohort, int offset,
                                 std::shared_ptr<const CustomerDirectory> cached)
{
    // The whole history: a cohort is the month of each customer's first order, and the same
    // dense customers index the membership and the month's snapshots.
    Result<SegmentInput> input = Analysis::inputFrom(store, params, Analysis::kBeforeAnyOrder);
    if (!input)
        return input.error();
    const std::vector<bool> members = Cohorts::members(*input->history, cohort, offset);
    CustomerQuery query;
    query.month = cohort + offset;
    Result<CustomerList> list = findCustomers(store, *input, params, query, std::move(cached));
    if (!list)
        return list.error();
    return list->where([&members](const CustomerSnapshot &s) { return members[size_t(s.customer)]; });
}

} // namespace Patronage::Cohorts
