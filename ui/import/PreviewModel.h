#pragma once

#include <QAbstractTableModel>

#include "core/money/Money.h"
#include "core/store/NormalisedOrder.h"

namespace Patronage {

/// The first orders of a file as the import will read them.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Order, Customer, PlacedAt, Amount, Refunded, State, ColumnCount };

    explicit PreviewModel(QObject *parent = nullptr);
    void setOrders(QList<NormalisedOrder> orders, const Currency &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<NormalisedOrder> m_orders;
    Currency m_currency;
};

} // namespace Patronage
