#pragma once

#include <QList>

#include "core/money/Money.h"
#include "core/report/CustomerRow.h"

namespace Patronage {

/// The figures a customer list shows of each customer. Each is described
/// once here (CustomerFigures.cpp): its CSV header, its title, what kind of
/// value it is, how it sorts. The CSV writer, the export styles and the
/// app's table read these descriptions, so a new figure is one entry there.
enum class CustomerFigure {
    Key,
    Email,
    Name,
    // Only in a list of a comparison's movers: the group at the earlier month.
    EarlierGroup,
    Group,
    LifeCycle,
    Orders,
    Revenue,
    FirstOrder,
    LastOrder,
    DaysSinceLastOrder,
    // Spec §10 at the month's end: empty unless the list has predictions.
    ProbabilityAlive,
    ExpectedPurchases,
    PredictedValue,
    ChurnRisk,
    // Spec §11 at the month: empty in a list without them (a comparison's movers).
    RecencyScore,
    FrequencyScore,
    MonetaryScore,
    RfmCode,
    RfmGroup,
    // Only in a list of those one order away (spec §14).
    NextGroup,
};

/// How a figure is written and read.
enum class FigureKind {
    Text,           ///< key, e-mail, name
    Count,          ///< a whole number of things
    Money,          ///< minor units of the store's currency
    Day,            ///< a date (days since 1970-01-01)
    Days,           ///< a number of days
    Group,          ///< a LoyaltyGroup
    EarlierGroup,   ///< a LoyaltyGroup, or New (-1)
    LifeCycle,      ///< a LifeCycle
    Probability,    ///< 0 to 1 (a prediction)
    Expected,       ///< an expected number of purchase days (a prediction)
    PredictedMoney, ///< minor units of the store's currency (a prediction)
    ChurnRisk,      ///< a Predict::ChurnRisk
    Score,          ///< an RFM score, 1 to 5
    RfmCode,        ///< "543"
    RfmGroup,       ///< a Patronage::RfmGroup
    NextGroup,      ///< a LoyaltyGroup
};

struct CustomerFigureInfo {
    CustomerFigure figure;
    const char *csvHeader; ///< the column of the CSV reports (spec §9), a contract
    const char *title;     ///< for people; translated in the "CustomerFigures" context
    FigureKind kind;
};

namespace CustomerFigures {

/// Every figure of a month's customers, in the order of the CSV report's columns.
const QList<CustomerFigureInfo> &all();
/// The same with the earlier group (a comparison's movers) and the next group (one order
/// away, last) as asked for.
const QList<CustomerFigureInfo> &columns(bool earlierGroup, bool nextGroup);
const CustomerFigureInfo &info(CustomerFigure figure);

/// A figure's value: text for Text, a number for the others (minor units,
/// days, or the enum's value).
QString text(const CustomerRow &row, CustomerFigure figure);
qint64 number(const CustomerRow &row, CustomerFigure figure);
qint64 number(const CustomerSnapshot &snapshot, CustomerFigure figure);
/// The figure as the CSV reports write it (spec §9's machine format).
QString machineText(const CustomerRow &row, CustomerFigure figure, const Currency &currency);
/// Whether the figure is held beside the snapshot (RFM, the earlier and the next group), and its
/// value as a number from what the list holds (null: not held; -1 then, or New for the earlier group).
bool isExtra(CustomerFigure figure);
qint64 extraNumber(CustomerFigure figure, const Movement *movement, const RfmScore *rfm, const LoyaltyGroup *next);
/// Whether the figure is one of spec §10's predictions.
bool isPrediction(CustomerFigure figure);
/// A prediction's value, for sorting (the risk as its enum's value).
double predictionValue(const Predict::CustomerPrediction &prediction, CustomerFigure figure);
/// Whether \a a comes before \a b in ascending order of the figure.
bool less(const CustomerRow &a, const CustomerRow &b, CustomerFigure figure);

} // namespace CustomerFigures

} // namespace Patronage
