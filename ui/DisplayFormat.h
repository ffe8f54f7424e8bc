#pragma once

#include <QLocale>
#include <QString>

#include <optional>

#include "core/money/Money.h"
#include "core/predict/CustomerValue.h"
#include "core/retention/Rfm.h"
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
/// A day written out, without the weekday: "January 1, 2023" ("1. Januar 2023" in German).
QString dayInWords(qint64 day);
/// A month as the app lists it, "2011-12", marked when the data ends before its last day
/// (spec §4): "2011-12 (to 9 Dec)".
QString month(MonthIndex month, std::optional<qint64> dataDay);
/// \a part of \a whole as a percentage with one decimal ("11.0%"), or "–" of nothing.
QString share(qint64 part, qint64 whole);
/// Changes, signed and never "-0": "+18", "−5", "+3.6 pts", "+$1,234.00"; "no change" for none.
QString countChange(qint64 change);
QString pointsChange(double points);
QString moneyChange(qint64 minor, const Currency &currency);
/// A probability as a percentage ("97%").
QString probability(double p);
/// An expected number of orders, to one decimal ("3.4").
QString expectedOrders(double orders);
/// A loyalty group's and a life cycle's name in the user's language (CSV keeps the spec's).
QString group(LoyaltyGroup group);
QString lifeCycle(LifeCycle lifeCycle);
/// What a group or a life cycle means, for tooltips.
QString groupMeaning(LoyaltyGroup group);
/// An RFM group's name (spec §11) and what it means, in the user's language.
QString rfmGroup(RfmGroup group);
QString rfmGroupMeaning(RfmGroup group);
QString lifeCycleMeaning(LifeCycle lifeCycle);
/// A churn risk band in words ("High").
QString churnRisk(Predict::ChurnRisk risk);

} // namespace DisplayFormat

} // namespace Patronage
