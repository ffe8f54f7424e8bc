#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QChart;

namespace Patronage {

class ChartPanel;

/// Charts of a month-by-month table model: one row per month, the month's
/// label in one column, each series in a column of its own. Bars are fed by
/// model mappers and follow the model; lines are redrawn from it on each reset.
namespace MonthCharts {

QList<QColor> groupColors();
QList<QColor> lifeCycleColors();

/// Stacked (or 100% stacked) bars of \a setCount adjacent columns from \a firstColumn.
QChart *stackedBars(QAbstractItemModel *model, int labelColumn, int firstColumn, int setCount,
                    const QList<QColor> &colors, bool percent, const QString &valueTitle);
/// Points the bars of \a panel's chart at other columns (revenue share: cumulative or month).
void showColumns(ChartPanel *panel, int firstColumn, int setCount);

/// One line of a line chart: a model column, drawn solid or dashed.
struct Line {
    int column;
    QString name;
    QColor color;
    bool dashed;
};
/// Lines over the months on a logarithmic value axis (lines far apart all stay
/// readable); a month whose cell is empty is left out of its line. Dashed
/// lines are drawn plain, the others with a dot at each month, and the legend
/// shows each line as it is drawn.
QChart *lines(QAbstractItemModel *model, int labelColumn, const QList<Line> &lines, const QString &valueTitle);

} // namespace MonthCharts

} // namespace Patronage
