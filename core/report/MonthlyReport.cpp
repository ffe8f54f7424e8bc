#include "core/report/MonthlyReport.h"

#include <future>

#include "core/store/OrderRepository.h"

namespace Patronage::MonthlyReports {

namespace {

Error cancelled()
{
    return Error(ErrorCode::Cancelled);
}

} // namespace

QList<Movement> upwardMoves()
{
    QList<Movement> moves;
    for (LoyaltyGroup from : kAllGroups) {
        for (LoyaltyGroup to : kAllGroups) {
            if (int(to) > int(from))
                moves.append({from, to});
        }
    }
    return moves;
}

QList<Movement> downwardMoves()
{
    QList<Movement> moves;
    for (LoyaltyGroup from : kAllGroups) {
        for (LoyaltyGroup to : kAllGroups) {
            if (int(to) < int(from))
                moves.append({from, to});
        }
    }
    return moves;
}

Result<MonthlyReport> gather(const AnalysisSnapshot &snapshot, MonthIndex month, const CancelToken &cancel)
{
    if (!snapshot.month(month)) {
        Error error(ErrorCode::InvalidParameter);
        error.detail = QStringLiteral("the store has no results for %1").arg(monthText(month));
        return error;
    }
    MonthlyReport report;
    report.snapshot = snapshot;
    report.month = month;
    const SegmentationParams &params = snapshot.params;
    if (snapshot.month(month - 12))
        report.yearBefore = month - 12;
    const MonthIndex testedAt = month - MonthlyReport::kTestedHorizon;
    const bool canTest = snapshot.month(testedAt) != nullptr;

    // Customer value reads the whole history on a connection and a thread of its own, while the
    // rest of the report is worked out from the orders of the year it looks at.
    std::future<Result<ValueAnalysis::ValueOverview>> value =
        std::async(std::launch::async, [path = snapshot.storePath, params, month] {
            return ValueAnalysis::overview(path, params, month, std::nullopt);
        });

    // One read of the orders from the earliest month the report looks at.
    const MonthIndex from = report.yearBefore ? *report.yearBefore : canTest ? testedAt : month;
    Result<Analysis::OpenedInput> opened = Analysis::openInputFrom(snapshot.storePath, params, from);
    if (!opened)
        return opened.error();
    Store &store = *opened->store;
    const SegmentInput &input = opened->input;
    const Result<std::optional<qint64>> firstDay = OrderRepository(store).firstOrderDay();
    if (!firstDay)
        return firstDay.error();
    report.firstOrderDay = *firstDay;
    if (cancel.isCancelled())
        return cancelled();

    if (report.yearBefore) {
        report.matrix = compareMonths(input, params, *report.yearBefore, month);
        // One pass for both ways; each row's movement says which way it went.
        Result<CustomerList> moved =
            movers(store, input, params, *report.yearBefore, month, upwardMoves() + downwardMoves());
        if (!moved)
            return moved.error();
        const auto wentUp = [&moved](qsizetype row) {
            const Movement *movement = moved->movement(row);
            return movement && movement->from && movement->to && int(*movement->to) > int(*movement->from);
        };
        report.moversUp = moved->whereRow(wentUp);
        report.moversDown = moved->whereRow([&wentUp](qsizetype row) { return !wentUp(row); });
        report.movedUp = report.moversUp.size();
        report.movedDown = report.moversDown.size();
    }
    if (cancel.isCancelled())
        return cancelled();

    report.rfm = Rfm::overviewAt(input, params, month);
    CustomerQuery away;
    away.month = month;
    away.oneOrderAway = true;
    Result<CustomerList> awayList = findCustomers(store, input, params, away, report.moversUp.directory());
    if (!awayList)
        return awayList.error();
    report.oneOrderAway = std::move(awayList).value();
    if (canTest)
        report.tested = Retention::testGroups(input, params, testedAt, MonthlyReport::kTestedHorizon);
    if (cancel.isCancelled())
        return cancelled();

    Result<ValueAnalysis::ValueOverview> worth = value.get();
    if (worth)
        report.value = std::move(worth).value();
    else
        report.valueError = worth.error();
    if (cancel.isCancelled())
        return cancelled();
    return report;
}

} // namespace Patronage::MonthlyReports
