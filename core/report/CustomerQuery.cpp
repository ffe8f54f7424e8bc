#include "core/report/CustomerQuery.h"

#include <algorithm>

#include "core/segment/OrderHistory.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/CustomerRepository.h"

namespace Patronage {

namespace {

constexpr qint8 kNotInBase = -1;

void sortByRevenue(QList<CustomerRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const CustomerRow &a, const CustomerRow &b) {
        return a.snapshot.revenue != b.snapshot.revenue ? a.snapshot.revenue > b.snapshot.revenue : a.key < b.key;
    });
}

CustomerRow rowOf(const CustomerSnapshot &snapshot, const CustomerIdentity &identity)
{
    return {snapshot, identity.key, identity.email, identity.name};
}

} // namespace

Result<QList<CustomerRow>> rowsFor(Store &store, const OrderHistory &history, const QList<CustomerSnapshot> &snapshots)
{
    std::vector<qint64> ids;
    ids.reserve(size_t(snapshots.size()));
    for (const CustomerSnapshot &s : snapshots)
        ids.push_back(history.storeIdOf(s.customer));
    const Result<QList<CustomerIdentity>> identities = CustomerRepository(store).identities(ids);
    if (!identities)
        return identities.error();
    QList<CustomerRow> rows;
    rows.reserve(snapshots.size());
    for (qsizetype i = 0; i < snapshots.size(); ++i)
        rows.append(rowOf(snapshots[i], identities->at(i)));
    sortByRevenue(rows);
    return rows;
}

Result<QList<CustomerRow>> findCustomers(Store &store, const OrderHistory &history, const SegmentationParams &params,
                                         const CustomerQuery &q)
{
    std::vector<qint8> groupAtSince;
    QList<MonthIndex> months = {q.month};
    if (q.movedFrom) {
        groupAtSince.assign(size_t(history.customerCount()), kNotInBase);
        months.append(q.since);
    }
    QList<CustomerRow> rows;
    CustomerRepository customers(store);
    std::optional<Error> failure;
    const QString search = q.search.trimmed();
    SegmentEngine(history, params).snapshots(months, [&](MonthIndex month, const CustomerSnapshot &s) {
        if (q.movedFrom && month == q.since)
            groupAtSince[size_t(s.customer)] = qint8(s.group);
        if (month != q.month || failure)
            return;
        if (q.movedFrom && (groupAtSince[size_t(s.customer)] != qint8(*q.movedFrom) || s.group == *q.movedFrom))
            return;
        if ((!q.groups.isEmpty() && !q.groups.contains(s.group))
            || (!q.lifeCycles.isEmpty() && !q.lifeCycles.contains(s.lifeCycle))) {
            return;
        }
        const Result<CustomerIdentity> identity = customers.identity(history.storeIdOf(s.customer));
        if (!identity) {
            failure = identity.error();
            return;
        }
        const CustomerRow row = rowOf(s, *identity);
        if (!search.isEmpty() && !row.key.contains(search, Qt::CaseInsensitive)
            && !row.email.contains(search, Qt::CaseInsensitive) && !row.name.contains(search, Qt::CaseInsensitive)) {
            return;
        }
        rows.append(row);
    });
    if (failure)
        return *failure;
    sortByRevenue(rows);
    return rows;
}

} // namespace Patronage
