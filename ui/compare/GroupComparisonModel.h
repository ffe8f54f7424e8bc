#pragma once

#include <QAbstractTableModel>

#include <optional>

#include "core/segment/MonthResult.h"

namespace Patronage {

/// Two months' loyalty groups side by side: customers and revenue share at
/// month A and month B, and their changes. Rows are the groups.
class GroupComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CustomersA, CustomersB, CustomersChange, ShareA, ShareB, ShareChange, ColumnCount };

    explicit GroupComparisonModel(QObject *parent = nullptr);
    void setMonths(const MonthResult &a, const MonthResult &b);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(LoyaltyGroup group, int column) const;

    std::optional<MonthResult> m_a;
    std::optional<MonthResult> m_b;
};

} // namespace Patronage
