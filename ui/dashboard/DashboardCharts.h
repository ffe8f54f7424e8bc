#pragma once

#include <QList>

class QWidget;

namespace Patronage {

class ChartPanel;
class MonthTableModel;

/// The dashboard's four charts of a month-by-month model, as the Dashboard
/// page and the monthly report draw them.
struct DashboardCharts {
    ChartPanel *sizes;      ///< customers by group, stacked
    ChartPanel *shares;     ///< revenue share by group (all revenue so far), 100% stacked
    ChartPanel *drift;      ///< cut-offs and group means on a log scale
    ChartPanel *lifeCycles; ///< customers by life cycle, stacked

    QList<ChartPanel *> all() const { return {sizes, shares, drift, lifeCycles}; }
};

DashboardCharts makeDashboardCharts(MonthTableModel *model, QWidget *parent);

} // namespace Patronage
