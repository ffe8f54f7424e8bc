#include "core/predict/CustomerValue.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/segment/OrderHistory.h"
#include "core/store/Limits.h"

namespace Patronage::Predict {

ChurnRisk churnRiskOf(double probabilityAlive)
{
    if (probabilityAlive >= 2.0 / 3.0)
        return ChurnRisk::Low;
    return probabilityAlive >= 1.0 / 3.0 ? ChurnRisk::Medium : ChurnRisk::High;
}

const char *churnRiskName(ChurnRisk risk)
{
    switch (risk) {
    case ChurnRisk::Low: return "Low";
    case ChurnRisk::Medium: return "Medium";
    case ChurnRisk::High: return "High";
    }
    return "High";
}

std::optional<ChurnRisk> churnRiskFromName(const QString &name)
{
    for (ChurnRisk risk : {ChurnRisk::Low, ChurnRisk::Medium, ChurnRisk::High}) {
        if (name.compare(QLatin1String(churnRiskName(risk)), Qt::CaseInsensitive) == 0)
            return risk;
    }
    return std::nullopt;
}

ValueModel fitValueModel(const Calibration &calibration)
{
    ValueModel model;
    model.frequency = fitBgNbd(calibration.frequencyGroups());
    model.value = fitGammaGamma(calibration.valueGroups());
    return model;
}

CustomerValues CustomerValues::predict(const OrderHistory &history, qint64 asOfDay, double horizonWeeks,
                                       int currencyDecimals)
{
    return predict(Calibration::at(history, asOfDay, currencyDecimals), horizonWeeks);
}

CustomerValues CustomerValues::predict(Calibration made, double horizonWeeks)
{
    CustomerValues values;
    values.m_calibration = std::move(made);
    values.m_horizonWeeks = horizonWeeks;
    values.m_model = fitValueModel(values.m_calibration);
    const Calibration &calibration = values.m_calibration;
    const std::vector<CustomerCalibration> &customers = calibration.customers();
    values.m_predictions.resize(customers.size());
    const bool predicts = values.m_model.hasPrediction();

    // P(alive) and E depend on (x, t_x, T) only: once per group.
    struct Frequency {
        double alive = 0.0;
        double purchases = 0.0;
    };
    std::vector<Frequency> byGroup(calibration.frequencyGroups().size());
    if (predicts) {
        for (size_t g = 0; g < byGroup.size(); ++g) {
            const FrequencyGroup &group = calibration.frequencyGroups()[g];
            byGroup[g] = {values.m_model.frequency.probabilityAlive(group.x, group.tx, group.T),
                          values.m_model.frequency.expectedPurchases(group.x, group.tx, group.T, horizonWeeks)};
        }
    }
    const double unitsPerMajor = calibration.unitsPerMajor();
    for (size_t i = 0; i < customers.size(); ++i) {
        CustomerPrediction &prediction = values.m_predictions[i];
        prediction.customer = customers[i].customer;
        if (!predicts)
            continue;
        const Frequency &frequency = byGroup[size_t(calibration.groupOf(i))];
        prediction.probabilityAlive = std::clamp(frequency.alive, 0.0, 1.0);
        prediction.expectedPurchases = std::max(0.0, frequency.purchases);
        prediction.expectedValue = std::max(
            0.0, values.m_model.value.expectedValue(customers[i].x, calibration.meanRepeatValue(customers[i])));
        // Rounded to minor units once, at the end (spec §10); bounded like every stored total.
        const double minor = prediction.expectedPurchases * prediction.expectedValue * unitsPerMajor;
        prediction.predictedValue =
            std::isfinite(minor) ? qint64(std::llround(std::min(minor, double(Limits::kMaxStoreTotal)))) : 0;
        prediction.churnRisk = churnRiskOf(prediction.probabilityAlive);
    }
    return values;
}

const CustomerPrediction *CustomerValues::find(qint32 customer) const
{
    const auto found = std::lower_bound(m_predictions.begin(), m_predictions.end(), customer,
                                        [](const CustomerPrediction &p, qint32 id) { return p.customer < id; });
    return found != m_predictions.end() && found->customer == customer ? &*found : nullptr;
}

Backtest backtest(const OrderHistory &history, qint64 asOfDay, qint64 toDay, int currencyDecimals)
{
    Backtest test;
    test.asOfDay = asOfDay;
    test.toDay = toDay;
    const Calibration calibration = Calibration::at(history, asOfDay, currencyDecimals);
    test.model = fitValueModel(calibration);
    test.customers = qint64(calibration.customers().size());
    test.repeatCustomers = calibration.repeatCustomers();
    if (!test.model.frequency.hasPrediction() || toDay <= asOfDay)
        return test;

    const int weeks = int((toDay - asOfDay + 6) / 7);
    test.weeks.resize(size_t(weeks));
    // Actual: each calibrated customer's new purchase days after A, counted in their week.
    std::vector<qint32> lastDay(size_t(history.customerCount()), std::numeric_limits<qint32>::min());
    for (const CustomerCalibration &c : calibration.customers())
        lastDay[size_t(c.customer)] = c.lastDay;
    for (const OrderHistory::Event &event : history.events()) {
        if (event.creditNote || event.customer < 0)
            continue;
        const qint32 day = event.day();
        if (day <= asOfDay)
            continue;
        if (day > toDay)
            break;
        qint32 &last = lastDay[size_t(event.customer)];
        if (last == std::numeric_limits<qint32>::min() || day == last)
            continue; // first bought after A, or a second order the same day
        last = day;
        ++test.weeks[size_t((day - asOfDay - 1) / 7)].actual;
    }
    // Predicted: the sum over the calibrated customers of E at each week's end.
    qint64 actual = 0;
    for (int w = 0; w < weeks; ++w) {
        BacktestWeek &week = test.weeks[size_t(w)];
        week.week = w + 1;
        actual += week.actual;
        week.actual = actual;
        const double t = double(std::min<qint64>(7 * qint64(w + 1), toDay - asOfDay)) / 7.0;
        double predicted = 0.0;
        for (const FrequencyGroup &group : calibration.frequencyGroups())
            predicted += double(group.count) * test.model.frequency.expectedPurchases(group.x, group.tx, group.T, t);
        week.predicted = predicted;
    }
    return test;
}

} // namespace Patronage::Predict
