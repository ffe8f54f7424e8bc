#include "ui/retention/RfmModels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include "ui/DisplayFormat.h"

namespace Patronage {

namespace {

// One colour per RFM group, light enough to read figures on: warm for the best, grey for the gone.
QColor groupColor(RfmGroup group)
{
    static const QColor colors[kRfmGroupCount] = {
        QColor(0xDDEEFF), QColor(0xCCE5FF), QColor(0xD9F0D3), QColor(0xB8E0B0), QColor(0xFFE08A),
        QColor(0xFDE2C8), QColor(0xF4C7C3), QColor(0xF8B4A8), QColor(0xE0E0E0), QColor(0xE6D2F0)};
    return colors[int(group)];
}

} // namespace

RfmGridModel::RfmGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RfmGridModel::setOverview(const RfmOverview &overview, const Currency &currency)
{
    beginResetModel();
    m_overview = overview;
    m_currency = currency;
    endResetModel();
}

qint64 RfmGridModel::customers(int row, int column) const
{
    return m_overview.grid[size_t(recencyOf(row) - 1)][size_t(frequencyMonetaryOf(column) - 1)].customers;
}

int RfmGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

int RfmGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QVariant RfmGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int r = recencyOf(index.row());
    const int fm = frequencyMonetaryOf(index.column());
    const Rfm::GroupFigures &cell = m_overview.grid[size_t(r - 1)][size_t(fm - 1)];
    const RfmGroup group = Rfm::groupOf(r, fm);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2\n%3")
            .arg(DisplayFormat::rfmGroup(group), QLocale().toString(cell.customers),
                 DisplayFormat::money(cell.revenue, m_currency));
    case Qt::TextAlignmentRole: return Qt::AlignCenter;
    case Qt::BackgroundRole: return QBrush(groupColor(group));
    case Qt::ToolTipRole:
        return tr("R %1, FM %2: %3 Customers: %4, revenue %5. Click to list them.")
            .arg(r)
            .arg(fm)
            .arg(DisplayFormat::rfmGroupMeaning(group), QLocale().toString(cell.customers),
                 DisplayFormat::money(cell.revenue, m_currency));
    default: return {};
    }
}

QVariant RfmGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Vertical ? tr("Recency: 5 bought most recently, 1 longest ago")
                                           : tr("Frequency and monetary value together: 5 most orders and spend");
    if (role != Qt::DisplayRole)
        return {};
    return orientation == Qt::Vertical ? tr("R %1").arg(recencyOf(section))
                                       : tr("FM %1").arg(frequencyMonetaryOf(section));
}

RfmGroupsModel::RfmGroupsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RfmGroupsModel::setOverview(const RfmOverview &overview, const Currency &currency)
{
    beginResetModel();
    m_overview = overview;
    m_currency = currency;
    endResetModel();
}

int RfmGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kRfmGroupCount;
}

int RfmGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RfmGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RfmGroup group = groupOf(index.row());
    const Rfm::GroupFigures &g = m_overview.groups[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() != Group)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return DisplayFormat::rfmGroupMeaning(group);
    if (role == Qt::BackgroundRole && index.column() == Group)
        return QBrush(groupColor(group));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Group: return DisplayFormat::rfmGroup(group);
    case Customers: return QLocale().toString(g.customers);
    case Share: return DisplayFormat::share(g.customers, m_overview.customers);
    case Revenue: return DisplayFormat::money(g.revenue, m_currency);
    case ColumnCount: break;
    }
    return {};
}

QVariant RfmGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Group: return tr("RFM group");
    case Customers: return tr("Customers");
    case Share: return tr("Share");
    case Revenue: return tr("Revenue");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Patronage
