#pragma once

#include <QLocale>
#include <QString>

#include "core/money/Money.h"
#include "core/predict/CustomerValue.h"
#include "core/segment/Groups.h"

namespace Patronage {

/// How the app writes figures for people. One home for it, so every page,
/// table and tooltip writes money, counts and dates the same way.
namespace DisplayFormat {

/// An amount of money as the user's locale writes it, with the currency's symbol
/// ("£120,599.89"; "120.599,89 £" in German), or its code where the symbol is shared ("USD").
QString money(qint64 minor, const Currency &currency);

/// A day (days since 1970-01-01) in the user's locale.
QString date(qint64 day, QLocale::FormatType format = QLocale::ShortFormat);
/// A probability as a percentage ("97%").
QString probability(double p);
/// An expected number of orders, to one decimal ("3.4").
QString expectedOrders(double orders);
/// A loyalty group's and a life cycle's name in the user's language (CSV keeps the spec's).
QString group(LoyaltyGroup group);
QString lifeCycle(LifeCycle lifeCycle);
/// A churn risk band in words ("High").
QString churnRisk(Predict::ChurnRisk risk);

} // namespace DisplayFormat

} // namespace Patronage
