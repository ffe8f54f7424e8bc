#pragma once

#include <QAbstractTableModel>

#include "core/money/Money.h"
#include "core/report/CustomerList.h"

namespace Patronage {

/// Those one order from the next group up (spec §14), by the move one more
/// order would make: "Frequent Buyers one order from VIP", with how many and
/// what they have spent.
class OneOrderAwayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Step, Customers, Revenue, ColumnCount };
    struct Move {
        LoyaltyGroup from;
        LoyaltyGroup to;
        qint64 customers = 0;
        qint64 revenue = 0;
    };

    explicit OneOrderAwayModel(QObject *parent = nullptr);
    /// \a list: a month's customers one order away (CustomerQuery::oneOrderAway).
    void setList(CustomerList list, const Currency &currency);
    void clear();
    const QList<Move> &moves() const { return m_moves; }
    /// The customers of a row's move, ready to list and export.
    CustomerList customersOf(int row) const;
    QString title(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CustomerList m_list;
    QList<Move> m_moves;
    Currency m_currency;
};

} // namespace Patronage
