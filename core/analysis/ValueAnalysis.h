#pragma once

#include <memory>
#include <optional>

#include "core/calendar/Calendar.h"
#include "core/error/Result.h"
#include "core/predict/CustomerValue.h"
#include "core/report/CustomerList.h"
#include "core/report/ValueBreakdown.h"
#include "core/segment/SegmentationParams.h"

namespace Patronage {

class CustomerDirectory;
class OrderHistory;
class Store;

/// Customer value (spec §10) of a store: the whole order history read once,
/// then calibrated and fitted at an as-of day.
namespace ValueAnalysis {

/// The store's whole history (any as-of day calibrates on it).
Result<OrderHistory> readHistory(Store &store);

/// The as-of day: \a asked, or D of spec §4 when empty. NoOrdersByDate when no
/// customer ordered by then (or the store has no order).
Result<qint64> asOfDay(const OrderHistory &history, std::optional<qint64> asked);

/// Predicts every customer at the as-of day over \a horizonWeeks. The fits are
/// in the result whether or not they predict (the model table reports them).
Result<Predict::CustomerValues> predict(const OrderHistory &history, std::optional<qint64> asOf, double horizonWeeks,
                                        int currencyDecimals);

/// The as-of day of a month's figures: its last day, or \a dataDay (D of spec §4) when the
/// data ends earlier.
qint64 asOfDayOfMonth(MonthIndex month, std::optional<qint64> dataDay);

/// The same from \a store's whole history, read once without holding it: at \a asOf, or
/// \a dataDay (D of spec §4) when empty.
Result<Predict::CustomerValues> predictFromStore(Store &store, std::optional<qint64> asOf,
                                                 std::optional<qint64> dataDay, double horizonWeeks,
                                                 int currencyDecimals);

/// Every customer's prediction at \a month's as-of day (\a dataDay: D of spec §4) over the
/// default horizon (predictFromStore).
Result<Predict::CustomerValues> predictAtMonth(Store &store, MonthIndex month, std::optional<qint64> dataDay,
                                               int currencyDecimals);

/// What the app's Value page shows of a store: the latest month's customers
/// with their predictions, added up, and a back-test of the shop's own past.
struct ValueOverview {
    MonthIndex month = 0; ///< the month whose customers are listed (the latest)
    qint64 asOfDay = 0;   ///< predicted from the orders to this day (D of spec §4)
    double horizonWeeks = Predict::kDefaultHorizonWeeks;
    std::shared_ptr<const Predict::CustomerValues> values; ///< every customer's, at asOfDay
    Predict::ValueModel model;
    std::optional<Error> noPrediction; ///< why nothing is predicted, when it is not
    CustomerList customers;            ///< with predictions when there are any
    ValueBreakdown breakdown;
    qint64 backtestFrom = 0; ///< the back-test's as-of day
    std::optional<Predict::Backtest> backtest;
    std::optional<Error> backtestError; ///< why there is no back-test, when there is none
};

/// The back-test's as-of day by default: the end of the month three months before D's
/// (so that a quarter of the shop's past is predicted), or empty when the data is shorter.
std::optional<qint64> defaultBacktestFrom(const OrderHistory &history);

/// Reads \a path once (off the GUI thread) for the Value page; \a backtestFrom empty: the default.
/// \a cachedValues are used when they are of the month's as-of day.
Result<ValueOverview> overview(const QString &path, const SegmentationParams &params, MonthIndex month,
                               std::optional<qint64> backtestFrom,
                               std::shared_ptr<const CustomerDirectory> cachedDirectory = {},
                               std::shared_ptr<const Predict::CustomerValues> cachedValues = {});

/// Why \a values predict nothing (TooFewRepeatCustomers or ValueUnpredictable),
/// or nothing when they do.
std::optional<Error> noPrediction(const Predict::CustomerValues &values);

/// The back-test from \a asOf to \a to (D of spec §4 when empty), which must be later.
Result<Predict::Backtest> backtest(const OrderHistory &history, qint64 asOf, std::optional<qint64> to,
                                   int currencyDecimals);

} // namespace ValueAnalysis

} // namespace Patronage
