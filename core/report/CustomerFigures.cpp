#include "core/report/CustomerFigures.h"

#include <QCoreApplication>

namespace Patronage::CustomerFigures {

namespace {

const QList<CustomerFigureInfo> kFigures = {
    {CustomerFigure::Key, "customer_key", QT_TRANSLATE_NOOP("CustomerFigures", "Customer"), FigureKind::Text},
    {CustomerFigure::Email, "email", QT_TRANSLATE_NOOP("CustomerFigures", "E-mail"), FigureKind::Text},
    {CustomerFigure::Name, "name", QT_TRANSLATE_NOOP("CustomerFigures", "Name"), FigureKind::Text},
    {CustomerFigure::Group, "group", QT_TRANSLATE_NOOP("CustomerFigures", "Group"), FigureKind::Group},
    {CustomerFigure::LifeCycle, "life_cycle", QT_TRANSLATE_NOOP("CustomerFigures", "Life cycle"),
     FigureKind::LifeCycle},
    {CustomerFigure::Orders, "orders", QT_TRANSLATE_NOOP("CustomerFigures", "Orders"), FigureKind::Count},
    {CustomerFigure::Revenue, "revenue", QT_TRANSLATE_NOOP("CustomerFigures", "Revenue"), FigureKind::Money},
    {CustomerFigure::FirstOrder, "first_order", QT_TRANSLATE_NOOP("CustomerFigures", "First order"), FigureKind::Day},
    {CustomerFigure::LastOrder, "last_order", QT_TRANSLATE_NOOP("CustomerFigures", "Last order"), FigureKind::Day},
    {CustomerFigure::DaysSinceLastOrder, "days_since_last_order", QT_TRANSLATE_NOOP("CustomerFigures", "Days since"),
     FigureKind::Days},
};

} // namespace

const QList<CustomerFigureInfo> &all()
{
    return kFigures;
}

const CustomerFigureInfo &info(CustomerFigure figure)
{
    for (const CustomerFigureInfo &entry : kFigures) {
        if (entry.figure == figure)
            return entry;
    }
    return kFigures.first();
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
    return number(row.snapshot, figure);
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
    switch (info(figure).kind) {
    case FigureKind::Text: return text(row, figure);
    case FigureKind::Count:
    case FigureKind::Days: return QString::number(number(row, figure));
    case FigureKind::Money: return Money{number(row, figure), currency}.machineText();
    case FigureKind::Day: return dayText(number(row, figure));
    case FigureKind::Group: return groupName(LoyaltyGroup(number(row, figure)));
    case FigureKind::LifeCycle: return lifeCycleName(LifeCycle(number(row, figure)));
    }
    return {};
}

bool less(const CustomerRow &a, const CustomerRow &b, CustomerFigure figure)
{
    switch (figure) {
    case CustomerFigure::Key: return a.key < b.key;
    case CustomerFigure::Email: return a.email < b.email;
    case CustomerFigure::Name: return a.name.localeAwareCompare(b.name) < 0;
    default: return number(a, figure) < number(b, figure);
    }
}

} // namespace Patronage::CustomerFigures
