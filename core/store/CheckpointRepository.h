#pragma once

#include <optional>

#include "core/error/Result.h"
#include "core/segment/EngineCheckpoint.h"

namespace Patronage {

class Store;

/// The segmentation engine's checkpoints kept in the store: each December's
/// and the last three months', so that working out any month reads at most
/// a year of orders, and the monthly import's recomputation two months.
/// An import drops the checkpoints from its earliest change on.
class CheckpointRepository
{
public:
    explicit CheckpointRepository(Store &store)
        : m_store(store)
    { }

    /// Whether the checkpoint of \a month is kept once the results run to \a lastMonth.
    static bool isKept(MonthIndex month, MonthIndex lastMonth);

    /// Keeps \a checkpoint (inside the caller's transaction), replacing one of the same month.
    Status save(const EngineCheckpoint &checkpoint);
    /// The latest checkpoint of a month at or before \a month, checked to hold
    /// what Patronage could have written; empty when there is none.
    Result<std::optional<EngineCheckpoint>> latestAtOrBefore(MonthIndex month) const;
    /// Drops the checkpoints of \a month onwards (inside the caller's transaction).
    Status dropFrom(MonthIndex month);
    /// Drops those isKept() no longer keeps.
    Status prune(MonthIndex lastMonth);

private:
    Store &m_store;
};

} // namespace Patronage
