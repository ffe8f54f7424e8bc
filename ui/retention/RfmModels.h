#pragma once

#include <QAbstractTableModel>

#include "core/money/Money.h"
#include "core/retention/Rfm.h"

namespace Patronage {

/// Spec §11's 5×5 table: rows R from 5 down to 1, columns FM from 1 to 5, each
/// cell its customers and their revenue, coloured by its RFM group.
class RfmGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit RfmGridModel(QObject *parent = nullptr);
    void setOverview(const RfmOverview &overview, const Currency &currency);
    /// R and FM of a cell.
    static int recencyOf(int row) { return 5 - row; }
    static int frequencyMonetaryOf(int column) { return column + 1; }
    qint64 customers(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RfmOverview m_overview;
    Currency m_currency;
};

/// The ten RFM groups of a month: customers, their share of the base, revenue.
class RfmGroupsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Group, Customers, Share, Revenue, ColumnCount };

    explicit RfmGroupsModel(QObject *parent = nullptr);
    void setOverview(const RfmOverview &overview, const Currency &currency);
    static RfmGroup groupOf(int row) { return RfmGroup(row); }
    const RfmOverview &overview() const { return m_overview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RfmOverview m_overview;
    Currency m_currency;
};

} // namespace Patronage
