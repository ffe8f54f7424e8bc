#pragma once

#include "core/segment/MonthResult.h"

#include <QList>
#include <QString>

namespace Patronage {

class Store;

/// The month-by-month results kept in the store, so that opening a store
/// needs no recomputation. An import marks the months from its earliest
/// change stale; a change of parameters marks them all; refresh() recomputes
/// only what is stale.
class SegmentResults
{
public:
    /// Recomputes stale months, if any, in one transaction. Returns false (with
    /// \a error) when the store cannot be read or written.
    static bool refresh(Store &store, QString *error, bool *recomputed = nullptr);
    /// Marks results stale from \a month on (inside the caller's transaction).
    static bool invalidateFrom(Store &store, MonthIndex month);
    static bool invalidateAll(Store &store);
    /// Stored results of months in [from, to], in month order.
    static QList<MonthResult> read(Store &store, MonthIndex from, MonthIndex to);
};

} // namespace Patronage
