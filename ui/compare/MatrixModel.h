#pragma once

#include "core/report/SegmentReports.h"
#include "core/segment/Segments.h"

#include <QAbstractTableModel>

#include <optional>

namespace Patronage {

/// The migration matrix between two months: rows are the group at the
/// earlier month and New, columns the group at the later month and Gone.
class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kRows = kGroupCount + 1;    ///< New, then the groups
    static constexpr int kColumns = kGroupCount + 1; ///< the groups, then Gone

    explicit MatrixModel(QObject *parent = nullptr);
    void setMatrix(const QList<SegmentReports::Movement> &matrix, int currencyDecimals);

    /// The group of a row (empty for New) and of a column (empty for Gone).
    static std::optional<LoyaltyGroup> rowGroup(int row);
    static std::optional<LoyaltyGroup> columnGroup(int column);
    qint64 customers(int row, int column) const { return m_customers[row][column]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 m_customers[kRows][kColumns] = {};
    qint64 m_revenue[kRows][kColumns] = {};
    int m_decimals = 2;
};

} // namespace Patronage
