#include "core/report/CustomerFigures.h"

#include <QCoreApplication>

#include <algorithm>

#include "core/report/ValueReports.h"

namespace Patronage::CustomerFigures {

namespace {

const QList<CustomerFigureInfo> kWithMovement = {
    {CustomerFigure::Key, "customer_key", QT_TRANSLATE_NOOP("CustomerFigures", "Customer"), FigureKind::Text},
    {CustomerFigure::Email, "email", QT_TRANSLATE_NOOP("CustomerFigures", "E-mail"), FigureKind::Text},
    {CustomerFigure::Name, "name", QT_TRANSLATE_NOOP("CustomerFigures", "Name"), FigureKind::Text},
    {CustomerFigure::EarlierGroup, "earlier_group", QT_TRANSLATE_NOOP("CustomerFigures", "Earlier group"),
     FigureKind::EarlierGroup},
    {CustomerFigure::Group, "group", QT_TRANSLATE_NOOP("CustomerFigures", "Group"), FigureKind::Group},
    {CustomerFigure::LifeCycle, "life_cycle", QT_TRANSLATE_NOOP("CustomerFigures", "Life cycle"),
     FigureKind::LifeCycle},
    {CustomerFigure::Orders, "orders", QT_TRANSLATE_NOOP("CustomerFigures", "Orders"), FigureKind::Count},
    {CustomerFigure::Revenue, "revenue", QT_TRANSLATE_NOOP("CustomerFigures", "Revenue"), FigureKind::Money},
    {CustomerFigure::FirstOrder, "first_order", QT_TRANSLATE_NOOP("CustomerFigures", "First order"), FigureKind::Day},
    {CustomerFigure::LastOrder, "last_order", QT_TRANSLATE_NOOP("CustomerFigures", "Last order"), FigureKind::Day},
    {CustomerFigure::DaysSinceLastOrder, "days_since_last_order", QT_TRANSLATE_NOOP("CustomerFigures", "Days since"),
     FigureKind::Days},
    {CustomerFigure::ProbabilityAlive, "p_alive", QT_TRANSLATE_NOOP("CustomerFigures", "Still a customer"),
     FigureKind::Probability},
    {CustomerFigure::ExpectedPurchases, "expected_purchases", QT_TRANSLATE_NOOP("CustomerFigures", "Expected orders"),
     FigureKind::Expected},
    {CustomerFigure::PredictedValue, "predicted_value", QT_TRANSLATE_NOOP("CustomerFigures", "Predicted value"),
     FigureKind::PredictedMoney},
    {CustomerFigure::ChurnRisk, "churn_risk", QT_TRANSLATE_NOOP("CustomerFigures", "Churn risk"),
     FigureKind::ChurnRisk},
    {CustomerFigure::RecencyScore, "r_score", QT_TRANSLATE_NOOP("CustomerFigures", "R"), FigureKind::Score},
    {CustomerFigure::FrequencyScore, "f_score", QT_TRANSLATE_NOOP("CustomerFigures", "F"), FigureKind::Score},
    {CustomerFigure::MonetaryScore, "m_score", QT_TRANSLATE_NOOP("CustomerFigures", "M"), FigureKind::Score},
    {CustomerFigure::RfmCode, "rfm_code", QT_TRANSLATE_NOOP("CustomerFigures", "RFM"), FigureKind::RfmCode},
    {CustomerFigure::RfmGroup, "rfm_group", QT_TRANSLATE_NOOP("CustomerFigures", "RFM group"), FigureKind::RfmGroup},
    {CustomerFigure::NextGroup, "next_group", QT_TRANSLATE_NOOP("CustomerFigures", "Next group"),
     FigureKind::NextGroup},
};

QList<CustomerFigureInfo> without(QList<CustomerFigureInfo> figures, std::initializer_list<CustomerFigure> left)
{
    figures.removeIf(
        [left](const CustomerFigureInfo &f) { return std::find(left.begin(), left.end(), f.figure) != left.end(); });
    return figures;
}

const QList<CustomerFigureInfo> kFigures =
    without(kWithMovement, {CustomerFigure::EarlierGroup, CustomerFigure::NextGroup});
const QList<CustomerFigureInfo> kMoved = without(kWithMovement, {CustomerFigure::NextGroup});
const QList<CustomerFigureInfo> kAway = without(kWithMovement, {CustomerFigure::EarlierGroup});

} // namespace

const QList<CustomerFigureInfo> &all()
{
    return kFigures;
}

const QList<CustomerFigureInfo> &columns(bool earlierGroup, bool nextGroup)
{
    return earlierGroup ? (nextGroup ? kWithMovement : kMoved) : (nextGroup ? kAway : kFigures);
}

bool isExtra(CustomerFigure figure)
{
    switch (info(figure).kind) {
    case FigureKind::EarlierGroup:
    case FigureKind::Score:
    case FigureKind::RfmCode:
    case FigureKind::RfmGroup:
    case FigureKind::NextGroup: return true;
    default: return false;
    }
}

qint64 extraNumber(CustomerFigure figure, const Movement *movement, const RfmScore *rfm, const LoyaltyGroup *next)
{
    switch (figure) {
    case CustomerFigure::EarlierGroup: return movement && movement->from ? qint64(*movement->from) : -1;
    case CustomerFigure::RecencyScore: return rfm ? rfm->recency : -1;
    case CustomerFigure::FrequencyScore: return rfm ? rfm->frequency : -1;
    case CustomerFigure::MonetaryScore: return rfm ? rfm->monetary : -1;
    case CustomerFigure::RfmCode: return rfm ? 100 * rfm->recency + 10 * rfm->frequency + rfm->monetary : -1;
    case CustomerFigure::RfmGroup: return rfm ? qint64(rfm->group) : -1;
    case CustomerFigure::NextGroup: return next ? qint64(*next) : -1;
    default: return -1;
    }
}

const CustomerFigureInfo &info(CustomerFigure figure)
{
    for (const CustomerFigureInfo &entry : kWithMovement) {
        if (entry.figure == figure)
            return entry;
    }
    return kWithMovement.first();
}

QString text(const CustomerRow &row, CustomerFigure figure)
{
    switch (figure) {
    case CustomerFigure::Key: return row.key;
    case CustomerFigure::Email: return row.email;
    case CustomerFigure::Name: return row.name;
    default: return {};
    }
}

qint64 number(const CustomerRow &row, CustomerFigure figure)
{
    if (isPrediction(figure))
        return row.prediction ? qint64(predictionValue(*row.prediction, figure)) : 0;
    if (isExtra(figure)) {
        return extraNumber(figure, row.movement ? &*row.movement : nullptr, row.rfm ? &*row.rfm : nullptr,
                           row.nextGroup ? &*row.nextGroup : nullptr);
    }
    return number(row.snapshot, figure);
}

bool isPrediction(CustomerFigure figure)
{
    switch (info(figure).kind) {
    case FigureKind::Probability:
    case FigureKind::Expected:
    case FigureKind::PredictedMoney:
    case FigureKind::ChurnRisk: return true;
    default: return false;
    }
}

double predictionValue(const Predict::CustomerPrediction &prediction, CustomerFigure figure)
{
    switch (figure) {
    case CustomerFigure::ProbabilityAlive: return prediction.probabilityAlive;
    case CustomerFigure::ExpectedPurchases: return prediction.expectedPurchases;
    case CustomerFigure::PredictedValue: return double(prediction.predictedValue);
    case CustomerFigure::ChurnRisk: return double(prediction.churnRisk);
    default: return 0.0;
    }
}

qint64 number(const CustomerSnapshot &s, CustomerFigure figure)
{
    switch (figure) {
    case CustomerFigure::Group: return qint64(s.group);
    case CustomerFigure::LifeCycle: return qint64(s.lifeCycle);
    case CustomerFigure::Orders: return s.orders;
    case CustomerFigure::Revenue: return s.revenue;
    case CustomerFigure::FirstOrder: return s.firstDay;
    case CustomerFigure::LastOrder: return s.lastDay;
    case CustomerFigure::DaysSinceLastOrder: return s.daysSinceLastOrder;
    default: return 0;
    }
}

QString machineText(const CustomerRow &row, CustomerFigure figure, const Currency &currency)
{
    if (isPrediction(figure) && !row.prediction)
        return {};
    switch (info(figure).kind) {
    case FigureKind::Text: return text(row, figure);
    case FigureKind::Count:
    case FigureKind::Days: return QString::number(number(row, figure));
    case FigureKind::Money: return Money{number(row, figure), currency}.machineText();
    case FigureKind::Day: return dayText(number(row, figure));
    case FigureKind::Group: return groupName(LoyaltyGroup(number(row, figure)));
    case FigureKind::EarlierGroup:
        if (!row.movement)
            return {};
        return row.movement->from ? groupName(*row.movement->from) : QStringLiteral("New");
    case FigureKind::Score: return row.rfm ? QString::number(number(row, figure)) : QString();
    case FigureKind::RfmCode: return row.rfm ? row.rfm->code() : QString();
    case FigureKind::RfmGroup: return row.rfm ? rfmGroupName(row.rfm->group) : QString();
    case FigureKind::NextGroup: return row.nextGroup ? groupName(*row.nextGroup) : QString();
    case FigureKind::LifeCycle: return lifeCycleName(LifeCycle(number(row, figure)));
    case FigureKind::Probability: return ValueReports::probabilityText(row.prediction->probabilityAlive);
    case FigureKind::Expected: return ValueReports::expectedText(row.prediction->expectedPurchases);
    case FigureKind::PredictedMoney: return Money{row.prediction->predictedValue, currency}.machineText();
    case FigureKind::ChurnRisk: return QString::fromLatin1(Predict::churnRiskName(row.prediction->churnRisk));
    }
    return {};
}

bool less(const CustomerRow &a, const CustomerRow &b, CustomerFigure figure)
{
    switch (figure) {
    case CustomerFigure::Key: return a.key < b.key;
    case CustomerFigure::Email: return a.email < b.email;
    case CustomerFigure::Name: return a.name.localeAwareCompare(b.name) < 0;
    default:
        if (isPrediction(figure)) {
            const double none = -1.0; // rows without a prediction first
            return (a.prediction ? predictionValue(*a.prediction, figure) : none)
                < (b.prediction ? predictionValue(*b.prediction, figure) : none);
        }
        return number(a, figure) < number(b, figure);
    }
}

} // namespace Patronage::CustomerFigures
