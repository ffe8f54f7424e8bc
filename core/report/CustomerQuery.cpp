#include "core/report/CustomerQuery.h"

#include "core/retention/GroupsTested.h"
#include "core/retention/OneOrderAway.h"
#include "core/segment/SegmentEngine.h"

namespace Patronage {

namespace {

constexpr qint8 kNotInBase = -1;

} // namespace

Result<std::shared_ptr<const CustomerDirectory>> directoryFor(Store &store, const SegmentInput &input,
                                                              std::shared_ptr<const CustomerDirectory> cached)
{
    const OrderHistory &history = *input.history;
    const qint32 count = history.customerCount();
    if (cached && cached->covers(count, count > 0 ? history.storeIdOf(count - 1) : 0))
        return cached;
    Result<std::shared_ptr<const CustomerDirectory>> read =
        CustomerDirectory::read(store, CustomerDirectory::Contents::Everything);
    if (!read)
        return read.error();
    // Read after the history: it holds every customer of it, unless the store was changed in between.
    if (!(*read)->covers(count, count > 0 ? history.storeIdOf(count - 1) : 0))
        return Error(ErrorCode::StoreBusy);
    return read;
}

Result<CustomerList> findCustomers(Store &store, const SegmentInput &input, const SegmentationParams &params,
                                   const CustomerQuery &q, std::shared_ptr<const CustomerDirectory> cached)
{
    const Result<std::shared_ptr<const CustomerDirectory>> directory = directoryFor(store, input, std::move(cached));
    if (!directory)
        return directory.error();
    const OrderHistory &history = *input.history;
    std::vector<qint8> groupAtSince;
    QList<MonthIndex> months = {q.month};
    if (q.movedFrom) {
        groupAtSince.assign(size_t(history.customerCount()), kNotInBase);
        months.append(q.since);
    }
    // RFM scores rank each customer within the whole base: the base first, the filters after.
    std::vector<CustomerSnapshot> base;
    SegmentEngine(input, params).snapshots(months, [&](MonthIndex month, const CustomerSnapshot &s) {
        if (q.movedFrom && month == q.since)
            groupAtSince[size_t(s.customer)] = qint8(s.group);
        if (month == q.month)
            base.push_back(s);
    });
    const std::vector<RfmScore> rfm = Rfm::score(base);
    const std::vector<std::optional<LoyaltyGroup>> next =
        q.oneOrderAway ? Retention::nextGroups(base, params) : std::vector<std::optional<LoyaltyGroup>>();
    const std::vector<bool> returned =
        q.boughtAgainWithin ? Retention::returnedAfter(input, q.month, *q.boughtAgainWithin) : std::vector<bool>();
    const CustomerDirectory::Search search(q.search);
    std::vector<CustomerSnapshot> picked;
    CustomerList::Extras extras;
    extras.rfm.emplace();
    if (q.oneOrderAway)
        extras.nextGroups.emplace();
    for (size_t i = 0; i < base.size(); ++i) {
        const CustomerSnapshot &s = base[i];
        if (q.movedFrom && (groupAtSince[size_t(s.customer)] != qint8(*q.movedFrom) || s.group == *q.movedFrom))
            continue;
        if ((!q.groups.isEmpty() && !q.groups.contains(s.group))
            || (!q.lifeCycles.isEmpty() && !q.lifeCycles.contains(s.lifeCycle))
            || (!q.rfmGroups.isEmpty() && !q.rfmGroups.contains(rfm[i].group))
            || (q.rfmCell && std::pair<int, int>(rfm[i].recency, rfm[i].frequencyMonetary()) != *q.rfmCell)
            || (q.oneOrderAway && (!next[i] || (q.nextGroup && *next[i] != *q.nextGroup)))
            || (q.boughtAgainWithin && !returned[size_t(s.customer)]) || !(*directory)->matches(s.customer, search)) {
            continue;
        }
        picked.push_back(s);
        extras.rfm->push_back(rfm[i]);
        if (q.oneOrderAway)
            extras.nextGroups->push_back(*next[i]);
    }
    return CustomerList(std::move(picked), *directory, std::move(extras));
}

} // namespace Patronage
