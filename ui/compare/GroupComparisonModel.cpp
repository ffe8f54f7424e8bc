#include "ui/compare/GroupComparisonModel.h"

#include <QLocale>

#include "ui/DisplayFormat.h"
#include "ui/compare/ComparePage.h"

// The texts keep the Compare Months page's translation context: they are its table.
namespace Patronage {

GroupComparisonModel::GroupComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void GroupComparisonModel::setMonths(const MonthResult &a, const MonthResult &b)
{
    beginResetModel();
    m_a = a;
    m_b = b;
    endResetModel();
}

void GroupComparisonModel::clear()
{
    beginResetModel();
    m_a.reset();
    m_b.reset();
    endResetModel();
}

int GroupComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kGroupCount;
}

int GroupComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GroupComparisonModel::text(LoyaltyGroup group, int column) const
{
    const GroupFigures &ga = m_a->groups[size_t(group)];
    const GroupFigures &gb = m_b->groups[size_t(group)];
    const qint64 wholeA = m_a->base().revenue;
    const qint64 wholeB = m_b->base().revenue;
    switch (Column(column)) {
    case CustomersA: return QLocale().toString(ga.customers);
    case CustomersB: return QLocale().toString(gb.customers);
    case CustomersChange: return DisplayFormat::countChange(gb.customers - ga.customers);
    case ShareA: return DisplayFormat::share(ga.revenue, wholeA);
    case ShareB: return DisplayFormat::share(gb.revenue, wholeB);
    case ShareChange:
        // In percentage points (for display only).
        if (wholeA == 0 || wholeB == 0)
            return QStringLiteral("–");
        return DisplayFormat::pointsChange(
            100.0 * (double(gb.revenue) / double(wholeB) - double(ga.revenue) / double(wholeA)));
    case ColumnCount: break;
    }
    return {};
}

QVariant GroupComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_a || !m_b)
        return {};
    if (role == Qt::DisplayRole)
        return text(LoyaltyGroup(index.row()), index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant GroupComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return DisplayFormat::group(LoyaltyGroup(section));
    switch (Column(section)) {
    case CustomersA: return ComparePage::tr("Customers A");
    case CustomersB: return ComparePage::tr("Customers B");
    case CustomersChange:
    case ShareChange: return ComparePage::tr("Change");
    case ShareA: return ComparePage::tr("Revenue share A");
    case ShareB: return ComparePage::tr("Revenue share B");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Patronage
