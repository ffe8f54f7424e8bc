#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace Patronage {

/// Rows of numbers under a label, for the charts (MonthCharts reads any
/// table model with a label column): column 0 is the label, the others the
/// series. Replaced whole, with a reset, which the charts redraw on.
class SeriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit SeriesModel(QStringList seriesNames, QObject *parent = nullptr);

    struct Row {
        QString label;
        std::vector<std::optional<double>> values; ///< one per series; empty: no point
    };
    void setRows(std::vector<Row> rows);
    void clear() { setRows({}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_names;
    std::vector<Row> m_rows;
};

} // namespace Patronage
