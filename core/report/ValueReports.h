#pragma once

#include <QStringList>

#include "core/money/Money.h"
#include "core/predict/CustomerValue.h"
#include "core/report/ReportTable.h"

namespace Patronage {

class CustomerDirectory;
class ReportWriter;

/// The customer-value reports of spec §15, in its machine format.
namespace ValueReports {

/// "converged", "boundary" or "none".
QString statusName(Predict::FitStatus status);

/// model,parameter,value: both fits, with the limits written as spec §10 says.
ReportTable modelTable(const Predict::ValueModel &model);

/// customer_key,x,t_x,T,m,p_alive,expected_purchases,expected_value,predicted_value,churn_risk
QStringList customerHeader();
QList<bool> customerNumericColumns();
/// The customers' positions in \a values, highest predicted value first, then by key.
std::vector<qint32> byPredictedValue(const Predict::CustomerValues &values, const CustomerDirectory &directory);
/// One customer's cells (position \a i in \a values).
QStringList customerCells(const Predict::CustomerValues &values, size_t i, const CustomerDirectory &directory,
                          const Currency &currency);
/// Writes every customer, highest predicted value first; false when a write failed.
bool writeCustomers(const Predict::CustomerValues &values, const CustomerDirectory &directory, const Currency &currency,
                    ReportWriter &writer);

/// week,actual,predicted: cumulative, one row per week.
ReportTable backtestTable(const Predict::Backtest &backtest);

/// Probabilities with 6 decimals, weeks (and back-test figures) with 4 (spec §15).
QString probabilityText(double p);
QString weeksText(double weeks);
/// Expected purchase days, with 6 decimals.
QString expectedText(double purchases);

} // namespace ValueReports

} // namespace Patronage
