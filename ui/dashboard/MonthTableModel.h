#pragma once

#include <QAbstractTableModel>

#include "core/money/Money.h"
#include "core/segment/MonthResult.h"

namespace Patronage {

/// Month-by-month figures as a table: one row per month, one column per
/// series the charts draw. The charts read it through model mappers.
class MonthTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Month, ///< "2011-12", "2011-12*" when partial (spec §4); its tooltip says to which day

        Index,                                ///< the row number, the x of line charts
        GroupCustomers,                       ///< + group: customers in each group
        CumulativeShare = GroupCustomers + 4, ///< + group: revenue share, percent
        MonthShare = CumulativeShare + 4,     ///< + group: month revenue share, percent
        MeanOrders = MonthShare + 4,          ///< + group: the group's mean orders
        FrequentFrom = MeanOrders + 4,
        VipFrom,
        LifeCycleCustomers, ///< + life cycle
        BaseCustomers = LifeCycleCustomers + 4,
        RepeatCustomers,
        GuestOrders,
        GuestRevenue, ///< major units
        ColumnCount
    };

    explicit MonthTableModel(QObject *parent = nullptr);
    /// \a dataDay (D) marks the month that ends before its last day as partial.
    void setMonths(QList<MonthResult> months, const Currency &currency, std::optional<qint64> dataDay = {});
    /// Whether a month shown ends before its last day (it is marked "*").
    bool hasPartialMonth() const;
    const QList<MonthResult> &months() const { return m_months; }
    int rowOfMonth(MonthIndex month) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MonthResult> m_months;
    Currency m_currency;
    std::optional<qint64> m_dataDay;
};

} // namespace Patronage
