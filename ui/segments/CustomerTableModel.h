#pragma once

#include "core/report/CustomerList.h"

#include <QAbstractTableModel>

namespace Patronage {

/// A list of customers at a month. Holds any number of rows but hands them
/// to the view a page at a time (fetchMore), and sorts off the GUI thread.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Email, Name, Group, LifeCycle, Orders, Revenue, FirstOrder, LastOrder, DaysSince, ColumnCount };
    static constexpr int kPageSize = 1000;

    explicit CustomerTableModel(QObject *parent = nullptr);
    void setRows(QList<CustomerRow> rows, int currencyDecimals);
    const QList<CustomerRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void sorted();

private:
    QList<CustomerRow> m_rows;
    int m_shown = 0;
    int m_decimals = 2;
    int m_sortRequest = 0;
};

} // namespace Patronage
