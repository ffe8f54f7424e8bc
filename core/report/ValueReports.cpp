#include "core/report/ValueReports.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/report/ReportWriter.h"
#include "core/store/CustomerDirectory.h"

namespace Patronage::ValueReports {

using namespace Predict;

namespace {

// Parameters to ten significant digits; the limits' infinities as "inf".
QString parameterText(double value)
{
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(value, 'g', 10);
}

// A value in major units rounded to minor units, as money is written.
QString majorText(double major, const Currency &currency)
{
    const double minor = major * double(powerOfTen(currency.decimals));
    return Money{std::isfinite(minor) ? qint64(std::llround(minor)) : 0, currency}.machineText();
}

} // namespace

QString statusName(FitStatus status)
{
    switch (status) {
    case FitStatus::Converged: return QStringLiteral("converged");
    case FitStatus::Boundary: return QStringLiteral("boundary");
    case FitStatus::NoPrediction: return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

QString probabilityText(double p)
{
    return QString::number(p, 'f', 6);
}

QString weeksText(double weeks)
{
    return QString::number(weeks, 'f', 4);
}

QString expectedText(double purchases)
{
    return QString::number(purchases, 'f', 6);
}

ReportTable modelTable(const ValueModel &model)
{
    ReportTable table;
    table.header = {QStringLiteral("model"), QStringLiteral("parameter"), QStringLiteral("value")};
    table.numeric = {false, false, false};
    const auto add = [&](const char *name, const char *parameter, const QString &value) {
        table.addRow({QString::fromLatin1(name), QString::fromLatin1(parameter), value});
    };
    const BgNbdModel &f = model.frequency;
    const bool fitted = f.hasPrediction();
    add("bgnbd", "status", statusName(f.status));
    add("bgnbd", "r", fitted ? parameterText(f.r) : QString());
    add("bgnbd", "alpha", fitted ? parameterText(f.alpha) : QString());
    add("bgnbd", "a", fitted ? parameterText(f.dropoutVanishes ? 0.0 : f.a) : QString());
    add("bgnbd", "b", fitted && !f.dropoutVanishes ? parameterText(f.b) : QString());
    add("bgnbd", "loglik", fitted ? parameterText(f.logLikelihood) : QString());
    add("bgnbd", "customers", QString::number(f.customers));
    const GammaGammaModel &v = model.value;
    const bool valued = v.hasPrediction();
    add("gammagamma", "status", statusName(v.status));
    add("gammagamma", "p", valued ? parameterText(v.p) : QString());
    add("gammagamma", "q", valued ? parameterText(v.q) : QString());
    add("gammagamma", "gamma", valued ? parameterText(v.gamma) : QString());
    add("gammagamma", "loglik", valued ? parameterText(v.logLikelihood) : QString());
    add("gammagamma", "customers", QString::number(v.customers));
    return table;
}

QStringList customerHeader()
{
    return {QStringLiteral("customer_key"),
            QStringLiteral("x"),
            QStringLiteral("t_x"),
            QStringLiteral("T"),
            QStringLiteral("m"),
            QStringLiteral("p_alive"),
            QStringLiteral("expected_purchases"),
            QStringLiteral("expected_value"),
            QStringLiteral("predicted_value"),
            QStringLiteral("churn_risk")};
}

QList<bool> customerNumericColumns()
{
    return {false, true, true, true, true, true, true, true, true, false};
}

std::vector<qint32> byPredictedValue(const CustomerValues &values, const CustomerDirectory &directory)
{
    const std::vector<CustomerPrediction> &predictions = values.predictions();
    std::vector<qint32> order(predictions.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
        const CustomerPrediction &pa = predictions[size_t(a)];
        const CustomerPrediction &pb = predictions[size_t(b)];
        if (pa.predictedValue != pb.predictedValue)
            return pa.predictedValue > pb.predictedValue;
        return directory.less(pa.customer, pb.customer, CustomerDirectory::Column::Key);
    });
    return order;
}

QStringList customerCells(const CustomerValues &values, size_t i, const CustomerDirectory &directory,
                          const Currency &currency)
{
    const CustomerCalibration &c = values.calibration().customers()[i];
    const CustomerPrediction &p = values.predictions()[i];
    const qint64 asOf = values.calibration().asOfDay();
    return {directory.key(c.customer),
            QString::number(c.x),
            weeksText(c.tx()),
            weeksText(c.T(asOf)),
            c.x > 0 ? majorText(values.calibration().meanRepeatValue(c), currency) : QString(),
            probabilityText(p.probabilityAlive),
            expectedText(p.expectedPurchases),
            majorText(p.expectedValue, currency),
            Money{p.predictedValue, currency}.machineText(),
            QString::fromLatin1(churnRiskName(p.churnRisk))};
}

bool writeCustomers(const CustomerValues &values, const CustomerDirectory &directory, const Currency &currency,
                    ReportWriter &writer)
{
    const std::vector<qint32> order = byPredictedValue(values, directory);
    if (writer.needsMeasuring()) {
        for (qint32 i : order)
            writer.measure(customerCells(values, size_t(i), directory, currency));
    }
    for (qint32 i : order)
        writer.write(customerCells(values, size_t(i), directory, currency));
    return writer.finish();
}

ReportTable backtestTable(const Backtest &backtest)
{
    ReportTable table;
    table.header = {QStringLiteral("week"), QStringLiteral("actual"), QStringLiteral("predicted")};
    table.numeric = {true, true, true};
    for (const BacktestWeek &week : backtest.weeks)
        table.addRow({QString::number(week.week), QString::number(week.actual), weeksText(week.predicted)});
    return table;
}

} // namespace Patronage::ValueReports
