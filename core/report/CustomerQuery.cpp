#include "core/report/CustomerQuery.h"

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
    std::vector<CustomerSnapshot> picked;
    const CustomerDirectory::Search search(q.search);
    SegmentEngine(input, params).snapshots(months, [&](MonthIndex month, const CustomerSnapshot &s) {
        if (q.movedFrom && month == q.since)
            groupAtSince[size_t(s.customer)] = qint8(s.group);
        if (month != q.month)
            return;
        if (q.movedFrom && (groupAtSince[size_t(s.customer)] != qint8(*q.movedFrom) || s.group == *q.movedFrom))
            return;
        if ((!q.groups.isEmpty() && !q.groups.contains(s.group))
            || (!q.lifeCycles.isEmpty() && !q.lifeCycles.contains(s.lifeCycle))
            || !(*directory)->matches(s.customer, search)) {
            return;
        }
        picked.push_back(s);
    });
    return CustomerList(std::move(picked), *directory);
}

} // namespace Patronage
