#include "ui/segments/CustomerTableModel.h"

#include "core/formats/Currency.h"
#include "core/jobs/BackgroundTask.h"

#include <QLocale>

#include <algorithm>

namespace Patronage {

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomerTableModel::setRows(QList<CustomerRow> rows, int currencyDecimals)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_decimals = currencyDecimals;
    m_shown = std::min(kPageSize, int(m_rows.size()));
    endResetModel();
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomerTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < m_rows.size();
}

void CustomerTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const int more = std::min(kPageSize, int(m_rows.size()) - m_shown);
    if (more <= 0)
        return;
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CustomerRow &r = m_rows.at(index.row());
    const CustomerSnapshot &s = r.snapshot;
    if (role == Qt::TextAlignmentRole && index.column() >= Orders && index.column() != FirstOrder
        && index.column() != LastOrder) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Key: return r.key;
    case Email: return r.email;
    case Name: return r.name;
    case Group: return groupName(s.group);
    case LifeCycle: return lifeCycleName(s.lifeCycle);
    case Orders: return QLocale().toString(s.orders);
    case Revenue: return formatMinorUnits(s.revenue, m_decimals);
    case FirstOrder: return dayText(s.firstDay);
    case LastOrder: return dayText(s.lastDay);
    case DaysSince: return QLocale().toString(s.daysSinceLastOrder);
    case ColumnCount: break;
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Key: return tr("Customer");
    case Email: return tr("E-mail");
    case Name: return tr("Name");
    case Group: return tr("Group");
    case LifeCycle: return tr("Life cycle");
    case Orders: return tr("Orders");
    case Revenue: return tr("Revenue");
    case FirstOrder: return tr("First order");
    case LastOrder: return tr("Last order");
    case DaysSince: return tr("Days since");
    case ColumnCount: break;
    }
    return {};
}

// A million rows take longer to sort than a frame lasts: sorted off the GUI thread.
void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    const int request = ++m_sortRequest;
    auto less = [column](const CustomerRow &a, const CustomerRow &b) {
        switch (Column(column)) {
        case Key: return a.key < b.key;
        case Email: return a.email < b.email;
        case Name: return a.name.localeAwareCompare(b.name) < 0;
        case Group: return a.snapshot.group < b.snapshot.group;
        case LifeCycle: return a.snapshot.lifeCycle < b.snapshot.lifeCycle;
        case Orders: return a.snapshot.orders < b.snapshot.orders;
        case Revenue: return a.snapshot.revenue < b.snapshot.revenue;
        case FirstOrder: return a.snapshot.firstDay < b.snapshot.firstDay;
        case LastOrder: return a.snapshot.lastDay < b.snapshot.lastDay;
        case DaysSince: return a.snapshot.daysSinceLastOrder < b.snapshot.daysSinceLastOrder;
        case ColumnCount: break;
        }
        return false;
    };
    runInBackground(this, [rows = m_rows, less, order]() mutable {
        std::stable_sort(rows.begin(), rows.end(), less);
        if (order == Qt::DescendingOrder)
            std::reverse(rows.begin(), rows.end());
        return rows;
    }, [this, request](QList<CustomerRow> rows) {
        if (request != m_sortRequest)
            return;
        beginResetModel();
        m_rows = std::move(rows);
        m_shown = std::min(std::max(m_shown, kPageSize), int(m_rows.size()));
        endResetModel();
        Q_EMIT sorted();
    });
}

} // namespace Patronage
