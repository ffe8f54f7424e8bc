#include "core/analysis/ValueAnalysis.h"

#include <algorithm>
#include <limits>

#include "core/analysis/Analysis.h"
#include "core/report/CustomerQuery.h"
#include "core/segment/OrderHistory.h"
#include "core/store/OrderRepository.h"
#include "core/store/SettingsRepository.h"
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

qint64 asOfDayOfMonth(MonthIndex month, std::optional<qint64> dataDay)
{
    const qint64 lastDay = firstDayOfMonth(month + 1) - 1;
    return dataDay ? std::min(lastDay, *dataDay) : lastDay;
}

Result<Predict::CustomerValues> predictFromStore(Store &store, std::optional<qint64> asked,
                                                 std::optional<qint64> dataDay, double horizonWeeks,
                                                 int currencyDecimals)
{
    const qint64 asOf = asked ? *asked : dataDay.value_or(0);
    std::optional<Predict::CalibrationBuilder> builder;
    qint32 customers = 0;
    const Status read = OrderRepository(store).visitHistory(
        [&](const OrderHistory::Event &event) {
            if (!builder)
                builder.emplace(customers, asOf, currencyDecimals);
            builder->add(event);
        },
        &customers);
    if (!read)
        return read.error();
    Predict::Calibration calibration = builder ? builder->finish() : Predict::Calibration();
    if (!dataDay || calibration.customers().empty())
        return Error(ErrorCode::NoOrdersByDate).withValue(dayText(asOf));
    return Predict::CustomerValues::predict(std::move(calibration), horizonWeeks);
}

Result<Predict::CustomerValues> predictAtMonth(Store &store, MonthIndex month, std::optional<qint64> dataDay,
                                               int currencyDecimals)
{
    return predictFromStore(store, asOfDayOfMonth(month, dataDay), dataDay, Predict::kDefaultHorizonWeeks,
                            currencyDecimals);
}

std::optional<qint64> defaultBacktestFrom(const OrderHistory &history)
{
    const std::optional<qint64> dataDay = history.dataDay();
    if (!dataDay)
        return std::nullopt;
    const qint64 from = firstDayOfMonth(monthOfDay(*dataDay) - 2) - 1;
    return from >= firstDayOfMonth(history.firstMonth()) ? std::optional<qint64>(from) : std::nullopt;
}

Result<ValueOverview> overview(const QString &path, const SegmentationParams &params, MonthIndex month,
                               std::optional<qint64> backtestFrom,
                               std::shared_ptr<const CustomerDirectory> cachedDirectory,
                               std::shared_ptr<const Predict::CustomerValues> cachedValues)
{
    Result<Analysis::OpenedInput> opened = Analysis::openInputFrom(path, params, month);
    if (!opened)
        return opened.error();
    CustomerQuery query;
    query.month = month;
    Result<CustomerList> list = findCustomers(*opened->store, opened->input, params, query, std::move(cachedDirectory));
    if (!list)
        return list.error();
    Result<OrderHistory> history = readHistory(*opened->store);
    if (!history)
        return history.error();
    const int decimals = SettingsRepository(*opened->store).currency().decimals;

    ValueOverview result;
    result.month = month;
    result.asOfDay = asOfDayOfMonth(month, history->dataDay());
    if (cachedValues && cachedValues->calibration().asOfDay() == result.asOfDay) {
        result.values = std::move(cachedValues);
    } else {
        Result<Predict::CustomerValues> values = predict(*history, result.asOfDay, result.horizonWeeks, decimals);
        if (!values)
            return values.error();
        result.values = std::make_shared<const Predict::CustomerValues>(std::move(values).value());
    }
    result.model = result.values->model();
    result.noPrediction = noPrediction(*result.values);
    result.customers = list->withPredictions(*result.values);
    result.breakdown = ValueBreakdown::of(result.customers);
    const std::optional<qint64> from = backtestFrom ? backtestFrom : defaultBacktestFrom(*history);
    if (from) {
        result.backtestFrom = *from;
        Result<Predict::Backtest> test = backtest(*history, *from, std::nullopt, decimals);
        if (test)
            result.backtest = std::move(test).value();
        else
            result.backtestError = test.error();
    }
    return result;
}

std::optional<Error> noPrediction(const Predict::CustomerValues &values)
{
    const QString date = dayText(values.calibration().asOfDay());
    switch (values.model().reason()) {
    case Predict::NoPredictionReason::None: return std::nullopt;
    case Predict::NoPredictionReason::TooFewRepeatCustomers: {
        Error error = Error(ErrorCode::TooFewRepeatCustomers).withValue(date);
        // The fit that lacks them counts: BG/NBD's repeat customers, or Gamma-Gamma's with a value.
        error.number = values.model().frequency.hasPrediction() ? values.model().value.customers
                                                                : values.calibration().repeatCustomers();
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
