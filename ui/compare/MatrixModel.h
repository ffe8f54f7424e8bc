#pragma once

#include <QAbstractTableModel>

#include <optional>

#include "core/money/Money.h"
#include "core/report/MigrationMatrix.h"

namespace Patronage {

/// The migration matrix between two months: rows are the group at the
/// earlier month and New, columns the group at the later month and Gone.
class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kRows = MigrationMatrix::kRows;
    static constexpr int kColumns = MigrationMatrix::kColumns;

    explicit MatrixModel(QObject *parent = nullptr);
    void setMatrix(const MigrationMatrix &matrix, const Currency &currency);
    void clear();

    static std::optional<LoyaltyGroup> rowGroup(int row) { return MigrationMatrix::rowGroup(row); }
    static std::optional<LoyaltyGroup> columnGroup(int column) { return MigrationMatrix::columnGroup(column); }
    qint64 customers(int row, int column) const { return cell(row, column).customers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const MigrationMatrix::Cell &cell(int row, int column) const { return m_matrix.cells[size_t(row)][size_t(column)]; }

    MigrationMatrix m_matrix;
    Currency m_currency;
};

} // namespace Patronage
