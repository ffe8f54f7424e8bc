#include "core/analysis/Analysis.h"

#include <limits>

#include "core/segment/Rules.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/CheckpointRepository.h"
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

Result<SegmentInput> inputFrom(Store &store, const SegmentationParams &params, MonthIndex from)
{
    // One snapshot of the store: the checkpoint and the orders after it as of one moment.
    Result<Transaction> snapshot = Transaction::begin(store, Transaction::Kind::Read);
    if (!snapshot)
        return snapshot.error();
    SegmentInput input;
    MonthIndex historyFrom = std::numeric_limits<MonthIndex>::min();
    if (params.windowMonths > 0) {
        if (from > historyFrom + params.windowMonths)
            historyFrom = from - params.windowMonths + 1;
    } else {
        Result<std::optional<EngineCheckpoint>> checkpoint = CheckpointRepository(store).latestAtOrBefore(from);
        if (!checkpoint)
            return checkpoint.error();
        if (*checkpoint) {
            historyFrom = (*checkpoint)->month + 1;
            input.resume = std::make_shared<const EngineCheckpoint>(std::move(**checkpoint));
        }
    }
    Result<OrderHistory> history = OrderRepository(store).readHistory(historyFrom);
    if (!history)
        return history.error();
    // The checkpoint's customers are the store's first ones (ids only ever grow).
    if (input.resume) {
        const size_t customers = input.resume->customers.size();
        if (qint64(customers) > history->customerCount()
            || (customers > 0 && history->storeIdOf(qint32(customers - 1)) != input.resume->lastStoreId)) {
            Error error(ErrorCode::StoreValueInvalid);
            error.file = store.path();
            error.detail = QStringLiteral("the segmentation checkpoint of month %1").arg(input.resume->month);
            return error;
        }
    }
    input.history = std::make_shared<const OrderHistory>(std::move(history).value());
    return input;
}

Result<OpenedInput> openInputFrom(const QString &path, const SegmentationParams &params, MonthIndex from)
{
    Result<std::unique_ptr<Store>> store = Store::open(path, Store::OpenMode::ReadOnly);
    if (!store)
        return store.error();
    Result<SegmentInput> input = inputFrom(**store, params, from);
    if (!input)
        return input.error();
    return OpenedInput{std::move(store).value(), std::move(input).value()};
}

Result<bool> refresh(Store &store, const CancelToken &cancel)
{
    const SegmentationParams params = SettingsRepository(store).segmentationParams();
    SegmentResultRepository results(store);
    const Result<Staleness> staleness = results.staleness();
    if (!staleness)
        return staleness.error();
    const bool sameParams = staleness->signature == params.signature();
    if (sameParams && !staleness->allStale && !staleness->staleFrom)
        return false;
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
    // The month that held the data's last day counted days to it (spec §4):
    // it is worked out again whenever the data may run further.
    if (staleness->dataDay && from != std::numeric_limits<MonthIndex>::min())
        from = std::min(from, monthOfDay(*staleness->dataDay));

    Result<Transaction> transaction = Transaction::begin(store, Transaction::Kind::Write);
    if (!transaction)
        return transaction.error();
    const Result<SegmentInput> input = inputFrom(store, params, from);
    if (!input)
        return input.error();
    QList<MonthResult> computed;
    CheckpointRepository checkpoints(store);
    std::optional<Error> failure;
    SegmentEngine engine(*input, params);
    engine.setCancelToken(cancel);
    const MonthIndex lastMonth = engine.lastMonth();
    engine.setCheckpointSink(
        [from, lastMonth](MonthIndex month) { return month >= from && CheckpointRepository::isKept(month, lastMonth); },
        [&checkpoints, &failure](EngineCheckpoint &&checkpoint) {
            if (const Status saved = checkpoints.save(checkpoint); !saved && !failure)
                failure = saved.error();
        });
    engine.run(from, [&computed](const MonthResult &r) { computed.append(r); });
    if (cancel.isCancelled())
        return Error(ErrorCode::Cancelled);
    if (failure)
        return *failure;
    if (const Status pruned = checkpoints.prune(lastMonth); !pruned)
        return pruned.error();
    if (const Status saved = results.replaceFrom(from, computed); !saved)
        return saved.error();
    if (const Status marked = results.markCurrent(params.signature(), engine.dataDay()); !marked)
        return marked.error();
    if (const Status committed = transaction->commit(); !committed)
        return committed.error();
    return true;
}

Result<AnalysisSnapshot> load(Store &store, const CancelToken &cancel)
{
    const Result<bool> refreshed = refresh(store, cancel);
    if (!refreshed)
        return refreshed.error();
    AnalysisSnapshot snapshot;
    snapshot.storePath = store.path();
    snapshot.recomputed = *refreshed;
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
    return snapshot;
}

Result<AnalysisSnapshot> load(const QString &path, const CancelToken &cancel)
{
    Result<std::unique_ptr<Store>> store = Store::open(path, Store::OpenMode::ReadWrite);
    if (!store)
        return store.error();
    return load(**store, cancel);
}

} // namespace Analysis

} // namespace Patronage
