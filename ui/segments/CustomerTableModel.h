#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "core/money/Money.h"
#include "core/report/CustomerList.h"

namespace Patronage {

class Job;

/// A list of customers at a month, one column per figure of
/// CustomerFigures. Holds a million rows compactly (CustomerList): each
/// cell is formed when the view asks for it; sorting runs off the GUI thread.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit CustomerTableModel(QObject *parent = nullptr);
    /// Shows \a list, sorted as the model was sorted last.
    void setList(CustomerList list, const Currency &currency);
    void clear();
    const CustomerList &list() const { return m_list; }
    /// The figure a column shows, and the column of a figure (-1: not shown):
    /// one column per figure of the list (CustomerList::figures()), in its order.
    CustomerFigure figureOf(int column) const;
    int columnOf(CustomerFigure figure) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void sorted();

private:
    void show(CustomerList list);
    void startSort(CustomerList list, CustomerFigure figure, bool descending);

    CustomerList m_list;
    Currency m_currency;
    /// The order asked for; empty: the list's own (highest revenue first, then key).
    std::optional<std::pair<CustomerFigure, bool>> m_sortedBy;
    QPointer<Job> m_sort;
};

} // namespace Patronage
