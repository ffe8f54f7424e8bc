#include "core/retention/GroupsTested.h"

#include <algorithm>
#include <vector>

#include "core/segment/SegmentEngine.h"

namespace Patronage::Retention {

GroupsTested testGroups(const SegmentInput &input, const SegmentationParams &params, MonthIndex month, int horizon)
{
    GroupsTested result;
    result.month = month;
    const OrderHistory &history = *input.history;
    SegmentEngine engine(input, params);
    std::vector<CustomerSnapshot> base;
    engine.snapshots({month}, [&base](MonthIndex, const CustomerSnapshot &s) { base.push_back(s); });
    // Only months up to the last with an order count.
    result.horizon = int(std::clamp<qint64>(qint64(engine.lastMonth()) - month, 0, std::max(0, horizon)));
    const MonthIndex until = month + result.horizon;

    std::vector<qint32> position(size_t(history.customerCount()), -1);
    for (size_t i = 0; i < base.size(); ++i)
        position[size_t(base[i].customer)] = qint32(i);
    const std::vector<bool> returned = returnedAfter(input, month, result.horizon);
    std::vector<qint64> revenue(base.size(), 0);
    for (const OrderHistory::Event &e : history.events()) {
        if (e.month <= month || e.month > until || e.customer < 0)
            continue;
        if (const qint32 i = position[size_t(e.customer)]; i >= 0)
            revenue[size_t(i)] += e.amount;
    }

    const std::vector<RfmScore> rfm = Rfm::score(base);
    const auto add = [&](TestedSegment::Kind kind, int count, auto segmentOf) {
        const qsizetype first = result.segments.size();
        for (int s = 0; s < count; ++s)
            result.segments.append(TestedSegment{kind, s, 0, 0, 0});
        for (size_t i = 0; i < base.size(); ++i) {
            TestedSegment &t = result.segments[first + segmentOf(i)];
            t.customers += 1;
            t.returned += returned[size_t(base[i].customer)] ? 1 : 0;
            t.revenue += revenue[i];
        }
    };
    add(TestedSegment::Kind::Group, kGroupCount, [&](size_t i) { return int(base[i].group); });
    add(TestedSegment::Kind::LifeCycle, kLifeCycleCount, [&](size_t i) { return int(base[i].lifeCycle); });
    add(TestedSegment::Kind::RfmGroup, kRfmGroupCount, [&](size_t i) { return int(rfm[i].group); });
    return result;
}

std::vector<bool> returnedAfter(const SegmentInput &input, MonthIndex month, int horizon)
{
    const OrderHistory &history = *input.history;
    std::vector<bool> returned(size_t(history.customerCount()), false);
    const MonthIndex until = month + std::max(0, horizon);
    for (const OrderHistory::Event &e : history.events()) {
        // An order of net 0 is a return; a credit note alone is not.
        if (e.month > month && e.month <= until && e.customer >= 0 && !e.creditNote)
            returned[size_t(e.customer)] = true;
    }
    return returned;
}

} // namespace Patronage::Retention
