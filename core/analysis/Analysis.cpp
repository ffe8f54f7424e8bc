#include "core/analysis/Analysis.h"

#include <limits>

#include "core/segment/Rules.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/OrderRepository.h"
#include "core/store/SegmentResultRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

namespace Patronage {

const MonthResult *AnalysisSnapshot::month(MonthIndex month) const
{
    for (const MonthResult &result : months) {
        if (result.month == month)
            return &result;
    }
    return nullptr;
}

bool AnalysisSnapshot::isPartial(MonthIndex month) const
{
    return Rules::isPartialMonth(month, dataDay);
}

namespace Analysis {

Result<std::shared_ptr<const OrderHistory>> refresh(Store &store, const CancelToken &cancel)
{
    const SegmentationParams params = SettingsRepository(store).segmentationParams();
    SegmentResultRepository results(store);
    const Result<Staleness> staleness = results.staleness();
    if (!staleness)
        return staleness.error();
    const bool sameParams = staleness->signature == params.signature();
    if (sameParams && !staleness->allStale && !staleness->staleFrom)
        return std::shared_ptr<const OrderHistory>();
    MonthIndex from = std::numeric_limits<MonthIndex>::min();
    if (sameParams && staleness->staleFrom) {
        from = *staleness->staleFrom;
        // Months between the last stored one and the first stale one (a gap in
        // the orders) are new months too.
        const Result<std::optional<MonthIndex>> last = results.lastStoredMonth();
        if (!last)
            return last.error();
        if (*last)
            from = std::min<MonthIndex>(from, **last + 1);
    }

    Result<Transaction> transaction = Transaction::begin(store, Transaction::Kind::Write);
    if (!transaction)
        return transaction.error();
    Result<OrderHistory> history = OrderRepository(store).readHistory();
    if (!history)
        return history.error();
    auto shared = std::make_shared<const OrderHistory>(std::move(history).value());
    // The month that held the data's last day counted days to it (spec §4): once
    // the data runs further, that month is worked out again.
    if (staleness->dataDay && shared->dataDay() != staleness->dataDay)
        from = std::min(from, monthOfDay(*staleness->dataDay));
    QList<MonthResult> computed;
    SegmentEngine engine(*shared, params);
    engine.setCancelToken(cancel);
    engine.run(from, [&computed](const MonthResult &r) { computed.append(r); });
    if (cancel.isCancelled())
        return Error(ErrorCode::Cancelled);
    if (const Status saved = results.replaceFrom(from, computed); !saved)
        return saved.error();
    if (const Status marked = results.markCurrent(params.signature(), shared->dataDay()); !marked)
        return marked.error();
    if (const Status committed = transaction->commit(); !committed)
        return committed.error();
    return std::shared_ptr<const OrderHistory>(shared);
}

Result<AnalysisSnapshot> load(Store &store, History history, const CancelToken &cancel)
{
    Result<std::shared_ptr<const OrderHistory>> refreshed = refresh(store, cancel);
    if (!refreshed)
        return refreshed.error();
    AnalysisSnapshot snapshot;
    snapshot.storePath = store.path();
    snapshot.recomputed = *refreshed != nullptr;
    const SettingsRepository settings(store);
    snapshot.currency = settings.currency();
    snapshot.params = settings.segmentationParams();
    Result<QList<MonthResult>> months = SegmentResultRepository(store).read(std::numeric_limits<MonthIndex>::min(),
                                                                            std::numeric_limits<MonthIndex>::max());
    if (!months)
        return months.error();
    snapshot.months = std::move(months).value();
    const Result<Staleness> staleness = SegmentResultRepository(store).staleness();
    if (!staleness)
        return staleness.error();
    snapshot.dataDay = staleness->dataDay;
    if (history == History::Load) {
        snapshot.history = *refreshed;
        if (!snapshot.history) {
            Result<OrderHistory> read = OrderRepository(store).readHistory();
            if (!read)
                return read.error();
            snapshot.history = std::make_shared<const OrderHistory>(std::move(read).value());
        }
    }
    return snapshot;
}

Result<AnalysisSnapshot> load(const QString &path, History history, const CancelToken &cancel)
{
    Result<std::unique_ptr<Store>> store = Store::open(path, Store::OpenMode::ReadWrite);
    if (!store)
        return store.error();
    return load(**store, history, cancel);
}

} // namespace Analysis

} // namespace Patronage
