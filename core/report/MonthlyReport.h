#pragma once

#include <optional>

#include "core/analysis/Analysis.h"
#include "core/analysis/ValueAnalysis.h"
#include "core/jobs/CancelToken.h"
#include "core/report/CustomerList.h"
#include "core/report/CustomerQuery.h"
#include "core/report/MigrationMatrix.h"
#include "core/retention/GroupsTested.h"
#include "core/retention/Rfm.h"

namespace Patronage {

/// Everything the monthly report to hand on shows of one month of a store,
/// worked out once (off the GUI thread in the app): the month's results, the
/// comparison with the same month a year before and who moved most, customer
/// value at the month, its RFM groups, and its groups tested against the
/// months after an earlier month.
struct MonthlyReport {
    /// The movers listed each way.
    static constexpr int kMoversListed = 10;
    /// Groups are tested this many months back, over this many months: the latest complete test.
    static constexpr int kTestedHorizon = 3;

    AnalysisSnapshot snapshot;
    MonthIndex month = 0;
    std::optional<qint64> firstOrderDay; ///< where the data starts (it runs to snapshot.dataDay)

    /// The comparison with month - 12, when the store has that month.
    std::optional<MonthIndex> yearBefore;
    MigrationMatrix matrix;
    CustomerList moversUp;   ///< to a higher group, highest revenue at the month first
    CustomerList moversDown; ///< to a lower group (not gone), highest revenue first
    qint64 movedUp = 0;      ///< how many moved up (moversUp lists the first kMoversListed)
    qint64 movedDown = 0;

    /// Customer value at the month (spec §10), or why it could not be worked out.
    std::optional<ValueAnalysis::ValueOverview> value;
    std::optional<Error> valueError;

    RfmOverview rfm;                    ///< spec §11 at the month
    CustomerList oneOrderAway;          ///< spec §14: the month's customers one order from the next group
    std::optional<GroupsTested> tested; ///< spec §13 at month - kTestedHorizon, when the store has it
};

namespace MonthlyReports {

/// The cells of a migration matrix that are moves to a higher group, or to a lower one (those
/// gone, with a window, are in the matrix: their figures are of the year before).
QList<Movement> upwardMoves();
QList<Movement> downwardMoves();

/// Works out the report of \a month, one of \a snapshot's months, from the store the snapshot
/// was read from (opened for reading).
Result<MonthlyReport> gather(const AnalysisSnapshot &snapshot, MonthIndex month, const CancelToken &cancel = {});

} // namespace MonthlyReports

} // namespace Patronage
