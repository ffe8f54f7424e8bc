#include "ui/value/SeriesModel.h"

namespace Patronage {

SeriesModel::SeriesModel(QStringList seriesNames, QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(std::move(seriesNames))
{ }

void SeriesModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size()) + 1;
}

QVariant SeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (index.column() == 0)
        return row.label;
    const size_t series = size_t(index.column() - 1);
    return series < row.values.size() && row.values[series] ? QVariant(*row.values[series]) : QVariant();
}

QVariant SeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > m_names.size())
        return {};
    return section == 0 ? QVariant() : QVariant(m_names[section - 1]);
}

} // namespace Patronage
