#pragma once

#include <optional>

#include "core/calendar/Calendar.h"
#include "core/error/Result.h"
#include "core/predict/CustomerValue.h"
#include "core/report/CustomerList.h"

namespace Patronage {

class Store;
class OrderHistory;

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

/// The as-of day of a month's figures: its last day, or D of spec §4 when the data ends earlier.
qint64 asOfDayOfMonth(MonthIndex month, const OrderHistory &history);

/// \a list with each customer's prediction at \a month's as-of day over the default
/// horizon (read from \a store's whole history); as it is when nothing predicts.
Result<CustomerList> withPredictions(Store &store, const CustomerList &list, MonthIndex month, int currencyDecimals);

/// Why \a values predict nothing (TooFewRepeatCustomers or ValueUnpredictable),
/// or nothing when they do.
std::optional<Error> noPrediction(const Predict::CustomerValues &values);

/// The back-test from \a asOf to \a to (D of spec §4 when empty), which must be later.
Result<Predict::Backtest> backtest(const OrderHistory &history, qint64 asOf, std::optional<qint64> to,
                                   int currencyDecimals);

} // namespace ValueAnalysis

} // namespace Patronage
