#pragma once

#include <QList>

#include <optional>

#include "core/error/Result.h"
#include "core/segment/MonthResult.h"

namespace Patronage {

class Store;

/// Which stored month results are out of date.
struct Staleness {
    QString signature;                   ///< the parameters the stored results were computed with
    std::optional<qint64> dataDay;       ///< D of spec §4 the stored results were computed with
    std::optional<MonthIndex> staleFrom; ///< the first month to recompute; empty when none is
    bool allStale = false;               ///< every month is to be recomputed
};

/// The month-by-month results kept in the store, so that opening a store
/// needs no recomputation. An import marks the months from its earliest
/// change stale; a change of parameters marks them all.
class SegmentResultRepository
{
public:
    explicit SegmentResultRepository(Store &store)
        : m_store(store)
    { }

    /// Stored results of months in [from, to], in month order.
    Result<QList<MonthResult>> read(MonthIndex from, MonthIndex to) const;
    /// Replaces the stored results from \a from on with \a results (inside the caller's transaction).
    Status replaceFrom(MonthIndex from, const QList<MonthResult> &results);
    /// The last month with stored results.
    Result<std::optional<MonthIndex>> lastStoredMonth() const;

    Result<Staleness> staleness() const;
    /// Marks results stale from \a month on, and drops the engine checkpoints
    /// from there (inside the caller's transaction).
    Status markStaleFrom(MonthIndex month);
    Status markAllStale();
    /// Records that every month is current for the parameters with \a signature
    /// and the data running to \a dataDay.
    Status markCurrent(const QString &signature, std::optional<qint64> dataDay);

private:
    Store &m_store;
};

} // namespace Patronage
