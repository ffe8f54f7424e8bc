#include "ui/retention/OneOrderAwayModel.h"

#include <QLocale>

#include "ui/DisplayFormat.h"

namespace Patronage {

OneOrderAwayModel::OneOrderAwayModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OneOrderAwayModel::setList(CustomerList list, const Currency &currency)
{
    beginResetModel();
    m_list = std::move(list);
    m_currency = currency;
    m_moves.clear();
    // Every move one order can make, in order of the groups, with none left out.
    for (int from = 0; from < kGroupCount - 1; ++from) {
        for (int to = from + 1; to < kGroupCount; ++to)
            m_moves.append(Move{LoyaltyGroup(from), LoyaltyGroup(to)});
    }
    for (qsizetype i = 0; i < m_list.size(); ++i) {
        const LoyaltyGroup *next = m_list.nextGroup(i);
        if (!next)
            continue;
        for (Move &m : m_moves) {
            if (m.from == m_list.snapshot(i).group && m.to == *next) {
                m.customers += 1;
                m.revenue += m_list.snapshot(i).revenue;
            }
        }
    }
    // Moves nobody can make (One Time Buyer to VIP, mostly) are left out, but for the first.
    m_moves.removeIf([](const Move &m) { return m.customers == 0 && int(m.to) != int(m.from) + 1; });
    endResetModel();
}

void OneOrderAwayModel::clear()
{
    beginResetModel();
    m_list = CustomerList();
    m_moves.clear();
    m_currency = Currency();
    endResetModel();
}

CustomerList OneOrderAwayModel::customersOf(int row) const
{
    const Move &move = m_moves.at(row);
    return m_list.whereRow([&](qsizetype i) {
        const LoyaltyGroup *next = m_list.nextGroup(i);
        return next && *next == move.to && m_list.snapshot(i).group == move.from;
    });
}

QString OneOrderAwayModel::title(int row) const
{
    const Move &m = m_moves.at(row);
    return tr("%1 → %2 with one more order").arg(DisplayFormat::group(m.from), DisplayFormat::group(m.to));
}

int OneOrderAwayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_moves.size());
}

int OneOrderAwayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OneOrderAwayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Move &m = m_moves.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Step)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("One more order, worth their average order, makes each of them a %1. Click to list them.")
            .arg(DisplayFormat::group(m.to));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Step: return title(index.row());
    case Customers: return QLocale().toString(m.customers);
    case Revenue: return DisplayFormat::money(m.revenue, m_currency);
    case ColumnCount: break;
    }
    return {};
}

QVariant OneOrderAwayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Step: return tr("One order away");
    case Customers: return tr("Customers");
    case Revenue: return tr("Their revenue so far");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Patronage
