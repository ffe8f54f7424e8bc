#pragma once

#include <QList>

#include <memory>

#include "core/error/Result.h"
#include "core/jobs/CancelToken.h"
#include "core/money/Money.h"
#include "core/segment/MonthResult.h"
#include "core/segment/OrderHistory.h"
#include "core/segment/SegmentationParams.h"

namespace Patronage {

class Store;

/// Everything a report or a page needs of one store, read once: its
/// currency, its parameters, every month's results, and (when asked for)
/// the order history the results came from.
struct AnalysisSnapshot {
    QString storePath;
    Currency currency;
    SegmentationParams params;
    QList<MonthResult> months;
    std::shared_ptr<const OrderHistory> history; ///< null unless asked for
    std::optional<qint64> dataDay;               ///< D of spec §4: the day the data runs to
    bool recomputed = false;                     ///< stale months were worked out again

    /// Whether \a month ends before its last day in the data (spec §4).
    bool isPartial(MonthIndex month) const;

    /// The stored result of \a month, or null.
    const MonthResult *month(MonthIndex month) const;
};

/// Brings a store's month results up to date and reads them (spec §2-§9).
namespace Analysis {

enum class History { Skip, Load };

/// Recomputes the stale months, if any, in one transaction: an import marks
/// the months from its earliest change stale, a change of parameters all of
/// them. Returns the history it read to do so (null when nothing was stale).
Result<std::shared_ptr<const OrderHistory>> refresh(Store &store, const CancelToken &cancel = {});

/// Refreshes \a store and reads its snapshot; the history is read only when
/// asked for, and only once.
Result<AnalysisSnapshot> load(Store &store, History history, const CancelToken &cancel = {});
/// The same on a store file, opened for writing (results are kept in it).
Result<AnalysisSnapshot> load(const QString &path, History history, const CancelToken &cancel = {});

} // namespace Analysis

} // namespace Patronage
