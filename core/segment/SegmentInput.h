#pragma once

#include <memory>

#include "core/segment/EngineCheckpoint.h"
#include "core/segment/OrderHistory.h"

namespace Patronage {

/// What the segmentation engine reads to work out months from some month
/// on: the order history from there, and the engine's state before it (a
/// checkpoint) when the history does not start at the beginning and there is
/// no window (with one, the history starts at the window's first month).
struct SegmentInput {
    std::shared_ptr<const OrderHistory> history;
    std::shared_ptr<const EngineCheckpoint> resume; ///< null: the history is all the engine needs

    /// All of \a history, from its beginning.
    static SegmentInput whole(OrderHistory history)
    {
        return {std::make_shared<const OrderHistory>(std::move(history)), nullptr};
    }
};

} // namespace Patronage
