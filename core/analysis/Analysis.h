#pragma once

#include <QList>

#include <limits>
#include <memory>

#include "core/error/Result.h"
#include "core/jobs/CancelToken.h"
#include "core/money/Money.h"
#include "core/segment/MonthResult.h"
#include "core/segment/SegmentInput.h"
#include "core/segment/SegmentationParams.h"
#include "core/store/Store.h"

namespace Patronage {

class Store;

/// Everything a report or a page needs of one store, read once: its
/// currency, its parameters and every month's results. Customers' figures
/// are worked out from the store when asked for (Analysis::inputFrom).
struct AnalysisSnapshot {
    QString storePath;
    Currency currency;
    SegmentationParams params;
    QList<MonthResult> months;
    std::optional<qint64> dataDay; ///< D of spec §4: the day the data runs to
    bool recomputed = false;       ///< stale months were worked out again

    /// Whether \a month ends before its last day in the data (spec §4).
    bool isPartial(MonthIndex month) const;

    /// The stored result of \a month, or null.
    const MonthResult *month(MonthIndex month) const;
};

/// Brings a store's month results up to date and reads them (spec §2-§9).
namespace Analysis {

/// Recomputes the stale months, if any, in one transaction: an import marks
/// the months from its earliest change stale, a change of parameters all of
/// them. Only the orders from the engine checkpoint before the first stale
/// month are read (from the window's first month, with a window), and the
/// checkpoints of the months worked out are kept. True when it recomputed.
Result<bool> refresh(Store &store, const CancelToken &cancel = {});

/// Refreshes \a store and reads its snapshot.
Result<AnalysisSnapshot> load(Store &store, const CancelToken &cancel = {});
/// The same on a store file, opened for writing (results are kept in it).
Result<AnalysisSnapshot> load(const QString &path, const CancelToken &cancel = {});

/// What the engine needs to work out month \a from and later ones with
/// \a params, and no more: the orders from the checkpoint at or before
/// \a from (without a window) or from the window's first month (with one).
/// \a from at its lowest reads the whole history.
Result<SegmentInput> inputFrom(Store &store, const SegmentationParams &params,
                               MonthIndex from = std::numeric_limits<MonthIndex>::min());

/// A month long before any order: the input from it is the whole history.
constexpr MonthIndex kBeforeAnyOrder = std::numeric_limits<MonthIndex>::min() / 2;

/// A store file opened for reading, with the input to work out month
/// \a from and later ones (for work off the GUI thread).
struct OpenedInput {
    std::unique_ptr<Store> store;
    SegmentInput input;
};
Result<OpenedInput> openInputFrom(const QString &path, const SegmentationParams &params, MonthIndex from);

} // namespace Analysis

} // namespace Patronage
