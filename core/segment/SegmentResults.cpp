#include "core/segment/SegmentResults.h"

#include "core/segment/OrderHistory.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <limits>

namespace Patronage {

namespace {

const QString kSignatureKey = QStringLiteral("segments_signature");
const QString kStaleFromKey = QStringLiteral("segments_stale_from");
constexpr MonthIndex kAllMonths = std::numeric_limits<MonthIndex>::min();


bool writeResults(Store &store, MonthIndex from, const QList<MonthResult> &results, QString *error)
{
    Statement clearMonths(store.handle(), "DELETE FROM segment_months WHERE month >= ?");
    Statement clearGroups(store.handle(), "DELETE FROM segment_groups WHERE month >= ?");
    Statement month(store.handle(),
                    "INSERT INTO segment_months(month, base_customers, repeat_customers, frequent_from, vip_from, "
                    "vip_min_revenue, repurchase_gap_q80, just_ordered, active, slipping_away, lost, guest_orders, "
                    "guest_revenue) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement group(store.handle(), "INSERT INTO segment_groups(month, loyalty_group, customers, orders, revenue, "
                                    "month_revenue) VALUES(?, ?, ?, ?, ?, ?)");
    if (!clearMonths.bind(1, from).exec() || !clearGroups.bind(1, from).exec()) {
        *error = clearMonths.error() + clearGroups.error();
        return false;
    }
    for (const MonthResult &r : results) {
        month.bind(1, r.month).bind(2, r.baseCustomers).bind(3, r.repeatCustomers);
        month.bindReal(4, r.frequentFrom).bindReal(5, r.vipFrom).bind(6, r.vipMinRevenue).bind(7, r.repurchaseGapQ80);
        for (int i = 0; i < kLifeCycleCount; ++i)
            month.bind(8 + i, r.lifeCycles[size_t(i)]);
        month.bind(12, r.guestOrders).bind(13, r.guestRevenue);
        if (!month.exec()) {
            *error = month.error();
            return false;
        }
        for (int g = 0; g < kGroupCount; ++g) {
            const GroupFigures &f = r.groups[size_t(g)];
            group.bind(1, r.month).bind(2, g).bind(3, f.customers).bind(4, f.orders).bind(5, f.revenue).bind(6, f.monthRevenue);
            if (!group.exec()) {
                *error = group.error();
                return false;
            }
        }
    }
    return true;
}

} // namespace

bool SegmentResults::invalidateFrom(Store &store, MonthIndex month)
{
    const QString current = store.setting(kStaleFromKey);
    if (!current.isEmpty() && current.toInt() <= month)
        return true;
    return store.setSetting(kStaleFromKey, QString::number(month));
}

bool SegmentResults::invalidateAll(Store &store)
{
    return store.setSetting(kStaleFromKey, QString::number(kAllMonths));
}

bool SegmentResults::refresh(Store &store, QString *error, bool *recomputed)
{
    if (recomputed)
        *recomputed = false;
    const SegmentationParams params = SegmentationParams::load(store);
    const bool sameParams = store.setting(kSignatureKey) == params.signature();
    const QString staleFrom = store.setting(kStaleFromKey);
    if (sameParams && staleFrom.isEmpty())
        return true;
    MonthIndex from = sameParams ? staleFrom.toInt() : kAllMonths;
    // Months between the last stored one and the first stale one (a gap in
    // the orders) are new months too.
    Statement lastStored(store.handle(), "SELECT max(month) FROM segment_months");
    if (from != kAllMonths && lastStored.step() && !lastStored.isNull(0))
        from = std::min<MonthIndex>(from, MonthIndex(lastStored.integer(0)) + 1);

    if (!store.execute("BEGIN IMMEDIATE", error))
        return false;
    const OrderHistory history = OrderHistory::read(store);
    QList<MonthResult> results;
    SegmentEngine(history, params).run(from, [&results](const MonthResult &r) { results.append(r); });
    const bool saved = writeResults(store, from, results, error) && store.setSetting(kSignatureKey, params.signature())
        && store.removeSetting(kStaleFromKey);
    if (!saved || !store.execute("COMMIT", error)) {
        if (error->isEmpty())
            *error = QStringLiteral("cannot save the segmentation results");
        store.execute("ROLLBACK");
        return false;
    }
    if (recomputed)
        *recomputed = true;
    return true;
}

QList<MonthResult> SegmentResults::read(Store &store, MonthIndex from, MonthIndex to)
{
    QList<MonthResult> results;
    Statement months(store.handle(),
                     "SELECT month, base_customers, repeat_customers, frequent_from, vip_from, vip_min_revenue, "
                     "repurchase_gap_q80, just_ordered, active, slipping_away, lost, guest_orders, guest_revenue "
                     "FROM segment_months WHERE month BETWEEN ? AND ? ORDER BY month");
    months.bind(1, from).bind(2, to);
    while (months.step()) {
        MonthResult r;
        r.month = MonthIndex(months.integer(0));
        r.baseCustomers = months.integer(1);
        r.repeatCustomers = months.integer(2);
        r.frequentFrom = months.optionalReal(3);
        r.vipFrom = months.optionalReal(4);
        r.vipMinRevenue = months.optionalInteger(5);
        r.repurchaseGapQ80 = months.optionalInteger(6);
        for (int i = 0; i < kLifeCycleCount; ++i)
            r.lifeCycles[size_t(i)] = months.integer(7 + i);
        r.guestOrders = months.integer(11);
        r.guestRevenue = months.integer(12);
        results.append(r);
    }
    Statement groups(store.handle(), "SELECT month, loyalty_group, customers, orders, revenue, month_revenue "
                                     "FROM segment_groups WHERE month BETWEEN ? AND ? ORDER BY month, loyalty_group");
    groups.bind(1, from).bind(2, to);
    qsizetype index = 0;
    while (groups.step()) {
        const MonthIndex month = MonthIndex(groups.integer(0));
        while (index < results.size() && results[index].month < month)
            ++index;
        if (index == results.size() || results[index].month != month)
            continue;
        const int g = int(groups.integer(1));
        if (g >= 0 && g < kGroupCount)
            results[index].groups[size_t(g)] = {groups.integer(2), groups.integer(3), groups.integer(4), groups.integer(5)};
    }
    return results;
}

} // namespace Patronage
