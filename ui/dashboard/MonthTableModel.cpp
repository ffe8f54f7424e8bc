#include "ui/dashboard/MonthTableModel.h"

#include <algorithm>

#include "core/segment/Rules.h"
#include "ui/DisplayFormat.h"

namespace Patronage {

namespace {

double percentOf(qint64 part, qint64 whole)
{
    return whole == 0 ? 0.0 : 100.0 * double(part) / double(whole);
}

} // namespace

MonthTableModel::MonthTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MonthTableModel::setMonths(QList<MonthResult> months, const Currency &currency, std::optional<qint64> dataDay)
{
    beginResetModel();
    m_months = std::move(months);
    m_currency = currency;
    m_dataDay = dataDay;
    endResetModel();
}

bool MonthTableModel::hasPartialMonth() const
{
    return std::any_of(m_months.begin(), m_months.end(),
                       [this](const MonthResult &m) { return Rules::isPartialMonth(m.month, m_dataDay); });
}

int MonthTableModel::rowOfMonth(MonthIndex month) const
{
    for (int row = 0; row < m_months.size(); ++row) {
        if (m_months.at(row).month == month)
            return row;
    }
    return -1;
}

int MonthTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int MonthTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonthTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MonthResult &m = m_months.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Month)
        return DisplayFormat::month(m.month, m_dataDay);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const GroupFigures base = m.base();
    const int column = index.column();
    if (column == Month)
        return Rules::isPartialMonth(m.month, m_dataDay) ? monthText(m.month) + QLatin1Char('*') : monthText(m.month);
    if (column == Index)
        return index.row();
    if (column >= GroupCustomers && column < CumulativeShare)
        return m.groups[size_t(column - GroupCustomers)].customers;
    if (column >= CumulativeShare && column < MonthShare)
        return percentOf(m.groups[size_t(column - CumulativeShare)].revenue, base.revenue);
    if (column >= MonthShare && column < MeanOrders)
        return percentOf(m.groups[size_t(column - MonthShare)].monthRevenue, base.monthRevenue);
    if (column >= MeanOrders && column < FrequentFrom) {
        const GroupFigures &g = m.groups[size_t(column - MeanOrders)];
        return g.customers ? QVariant(double(g.orders) / double(g.customers)) : QVariant();
    }
    if (column == FrequentFrom)
        return m.frequentFrom ? QVariant(*m.frequentFrom) : QVariant();
    if (column == VipFrom)
        return m.vipFrom ? QVariant(*m.vipFrom) : QVariant();
    if (column >= LifeCycleCustomers && column < BaseCustomers)
        return m.lifeCycles[size_t(column - LifeCycleCustomers)];
    if (column == BaseCustomers)
        return m.baseCustomers;
    if (column == RepeatCustomers)
        return m.repeatCustomers;
    if (column == GuestOrders)
        return m.guestOrders;
    if (column == GuestRevenue)
        return Money{m.guestRevenue, m_currency}.majorUnits();
    return {};
}

QVariant MonthTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section >= GroupCustomers && section < CumulativeShare)
        return DisplayFormat::group(LoyaltyGroup(section - GroupCustomers));
    if (section >= CumulativeShare && section < MonthShare)
        return DisplayFormat::group(LoyaltyGroup(section - CumulativeShare));
    if (section >= MonthShare && section < MeanOrders)
        return DisplayFormat::group(LoyaltyGroup(section - MonthShare));
    if (section >= MeanOrders && section < FrequentFrom)
        return tr("%1: mean orders").arg(DisplayFormat::group(LoyaltyGroup(section - MeanOrders)));
    if (section >= LifeCycleCustomers && section < BaseCustomers)
        return DisplayFormat::lifeCycle(LifeCycle(section - LifeCycleCustomers));
    switch (section) {
    case Month: return tr("Month");
    case Index: return tr("#");
    case FrequentFrom: return tr("Frequent Buyer from (F)");
    case VipFrom: return tr("VIP from (V)");
    case BaseCustomers: return tr("Customers");
    case RepeatCustomers: return tr("Repeat customers");
    case GuestOrders: return tr("Guest orders");
    case GuestRevenue: return tr("Guest revenue");
    default: break;
    }
    return {};
}

} // namespace Patronage
