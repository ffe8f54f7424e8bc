#pragma once

#include "core/import/NormalisedOrder.h"

#include <QAbstractTableModel>

namespace Patronage {

/// The first orders of a file as the import will read them.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Order, Customer, PlacedAt, Amount, Refunded, State, ColumnCount };

    explicit PreviewModel(QObject *parent = nullptr);
    void setOrders(QList<NormalisedOrder> orders, int currencyDecimals);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<NormalisedOrder> m_orders;
    int m_decimals = 2;
};

} // namespace Patronage
