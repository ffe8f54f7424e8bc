#pragma once

#include <QString>

#include <array>

#include "core/analysis/ValueAnalysis.h"

class QStandardItemModel;

namespace Patronage {

/// Customer value (spec §10) as the app writes it for people: the Customer
/// Value page and the monthly report share these words and tables.
namespace ValueFigures {

/// The churn risk bands in the order the tables show them.
constexpr std::array<Predict::ChurnRisk, ValueBreakdown::kRiskCount> kRisks = {
    Predict::ChurnRisk::Low, Predict::ChurnRisk::Medium, Predict::ChurnRisk::High};

/// The overview in a sentence or two (rich text): what is expected from how many
/// customers, how many are at high risk, and the fits' states; or why nothing is predicted.
QString summary(const ValueAnalysis::ValueOverview &overview, const Currency &currency);
/// How the back-test went, in words (plain text).
QString backtestInWords(const ValueAnalysis::ValueOverview &overview);

/// Predicted value by loyalty group and by life cycle: customers, predicted value, share, per customer.
void fillByGroup(QStandardItemModel *model, const ValueBreakdown &breakdown, const Currency &currency);
void fillByLifeCycle(QStandardItemModel *model, const ValueBreakdown &breakdown, const Currency &currency);
/// Customers by group (rows, then All) and churn risk (columns), the predicted value on hover.
void fillRisk(QStandardItemModel *model, const ValueBreakdown &breakdown, const Currency &currency);

} // namespace ValueFigures

} // namespace Patronage
