#include "core/analysis/ValueAnalysis.h"

#include <algorithm>
#include <limits>

#include "core/segment/OrderHistory.h"
#include "core/store/OrderRepository.h"
#include "core/store/Transaction.h"

namespace Patronage::ValueAnalysis {

Result<OrderHistory> readHistory(Store &store)
{
    Result<Transaction> snapshot = Transaction::begin(store, Transaction::Kind::Read);
    if (!snapshot)
        return snapshot.error();
    return OrderRepository(store).readHistory();
}

Result<qint64> asOfDay(const OrderHistory &history, std::optional<qint64> asked)
{
    const std::optional<qint64> dataDay = history.dataDay();
    qint64 firstCustomerDay = std::numeric_limits<qint64>::max();
    for (const OrderHistory::Event &event : history.events()) {
        if (!event.creditNote && event.customer >= 0) {
            firstCustomerDay = event.day();
            break;
        }
    }
    const qint64 day = asked ? *asked : dataDay.value_or(0);
    if (!dataDay || day < firstCustomerDay)
        return Error(ErrorCode::NoOrdersByDate).withValue(dayText(day));
    return day;
}

Result<Predict::CustomerValues> predict(const OrderHistory &history, std::optional<qint64> asOf, double horizonWeeks,
                                        int currencyDecimals)
{
    const Result<qint64> day = asOfDay(history, asOf);
    if (!day)
        return day.error();
    return Predict::CustomerValues::predict(history, *day, horizonWeeks, currencyDecimals);
}

qint64 asOfDayOfMonth(MonthIndex month, const OrderHistory &history)
{
    const qint64 lastDay = firstDayOfMonth(month + 1) - 1;
    const std::optional<qint64> dataDay = history.dataDay();
    return dataDay ? std::min(lastDay, *dataDay) : lastDay;
}

Result<CustomerList> withPredictions(Store &store, const CustomerList &list, MonthIndex month, int currencyDecimals)
{
    Result<OrderHistory> history = readHistory(store);
    if (!history)
        return history.error();
    const Result<Predict::CustomerValues> values =
        predict(*history, asOfDayOfMonth(month, *history), Predict::kDefaultHorizonWeeks, currencyDecimals);
    if (!values)
        return list; // no customer bought by then: nothing to predict
    return list.withPredictions(*values);
}

std::optional<Error> noPrediction(const Predict::CustomerValues &values)
{
    const QString date = dayText(values.calibration().asOfDay());
    switch (values.model().reason()) {
    case Predict::NoPredictionReason::None: return std::nullopt;
    case Predict::NoPredictionReason::TooFewRepeatCustomers: {
        Error error = Error(ErrorCode::TooFewRepeatCustomers).withValue(date);
        error.number = values.calibration().repeatCustomers();
        return error;
    }
    case Predict::NoPredictionReason::ExpectedValueUndefined:
        return Error(ErrorCode::ValueUnpredictable).withValue(date);
    }
    return std::nullopt;
}

Result<Predict::Backtest> backtest(const OrderHistory &history, qint64 asOf, std::optional<qint64> to,
                                   int currencyDecimals)
{
    const Result<qint64> from = asOfDay(history, asOf);
    if (!from)
        return from.error();
    const qint64 end = to ? *to : history.dataDay().value_or(*from);
    if (end <= *from) {
        Error error(ErrorCode::InvalidParameter);
        error.detail = QStringLiteral("the back-test must end after %1, its as-of date; it ends on %2")
                           .arg(dayText(*from), dayText(end));
        return error;
    }
    Predict::Backtest test = Predict::backtest(history, *from, end, currencyDecimals);
    if (!test.model.frequency.hasPrediction()) {
        Error error = Error(ErrorCode::TooFewRepeatCustomers).withValue(dayText(*from));
        error.number = test.repeatCustomers;
        return error;
    }
    return test;
}

} // namespace Patronage::ValueAnalysis
