#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "core/money/Money.h"
#include "core/report/CustomerFigures.h"

namespace Patronage {

class Job;

/// A list of customers at a month, one column per figure of
/// CustomerFigures. Holds any number of rows but hands them to the view a
/// page at a time (fetchMore), and sorts off the GUI thread.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 1000;

    explicit CustomerTableModel(QObject *parent = nullptr);
    void setRows(QList<CustomerRow> rows, const Currency &currency);
    const QList<CustomerRow> &rows() const { return m_rows; }
    /// The figure a column shows, and the column of a figure: one column per
    /// entry of CustomerFigures::all(), in its order.
    static CustomerFigure figureOf(int column);
    static int columnOf(CustomerFigure figure);

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
    Currency m_currency;
    QPointer<Job> m_sort;
};

} // namespace Patronage
