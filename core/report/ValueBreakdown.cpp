#include "core/report/ValueBreakdown.h"

#include <algorithm>
#include <limits>

namespace Patronage {

qint64 ValueBreakdown::Cell::predictedMinor() const
{
    return qint64(std::min<Int128>(predictedValue, std::numeric_limits<qint64>::max()));
}

ValueBreakdown ValueBreakdown::of(const CustomerList &list)
{
    ValueBreakdown breakdown;
    if (!list.hasPredictions())
        return breakdown;
    const auto add = [](Cell &cell, qint64 value) {
        ++cell.customers;
        cell.predictedValue += value;
    };
    for (qsizetype i = 0; i < list.size(); ++i) {
        const CustomerSnapshot &s = list.snapshot(i);
        const Predict::CustomerPrediction &p = *list.prediction(i);
        const auto risk = size_t(p.churnRisk);
        add(breakdown.total, p.predictedValue);
        add(breakdown.byGroup[size_t(s.group)], p.predictedValue);
        add(breakdown.byLifeCycle[size_t(s.lifeCycle)], p.predictedValue);
        add(breakdown.byRisk[risk], p.predictedValue);
        add(breakdown.byGroupAndRisk[size_t(s.group)][risk], p.predictedValue);
        const int bin = std::clamp(int(p.probabilityAlive * kAliveBins), 0, kAliveBins - 1);
        ++breakdown.aliveHistogram[size_t(bin)];
    }
    return breakdown;
}

} // namespace Patronage
