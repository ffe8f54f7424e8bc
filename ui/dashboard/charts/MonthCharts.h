#pragma once

#include <QColor>
#include <QList>

class QAbstractBarSeries;
class QChart;
class QVBarModelMapper;

namespace Patronage {

class MonthTableModel;

/// Charts of MonthTableModel columns, month by month. Bars are fed by model
/// mappers and follow the model; lines are redrawn from it on each reset.
namespace MonthCharts {

QList<QColor> groupColors();
QList<QColor> lifeCycleColors();

/// Stacked (or 100% stacked) bars of four adjacent columns starting at \a firstColumn.
QChart *stackedBars(MonthTableModel *model, int firstColumn, const QList<QColor> &colors, bool percent,
                    const QString &valueTitle);
/// Points the bars of \a chart at four other columns (revenue share: cumulative or month).
void showColumns(QChart *chart, int firstColumn);
QAbstractBarSeries *barSeries(QChart *chart);

/// The cut-offs F and V and each group's mean orders.
QChart *thresholdDrift(MonthTableModel *model);

} // namespace MonthCharts

} // namespace Patronage
