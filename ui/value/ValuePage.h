#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

#include "core/analysis/ValueAnalysis.h"

class QLabel;
class QStandardItemModel;
class QTableView;

namespace Patronage {

class ChartPanel;
class Job;
class SeriesModel;
class StoreSession;

/// Customer value (spec §10) at the latest month: what each loyalty group
/// and life cycle is expected to bring in the next year, the churn risk
/// bands (a click lists their customers), how P(alive) is spread, and a
/// back-test of the model on the shop's own past. Worked out off the GUI
/// thread whenever the store's results change.
class ValuePage : public QWidget
{
    Q_OBJECT
public:
    explicit ValuePage(StoreSession *session, QWidget *parent = nullptr);

    /// The figures shown, once worked out (empty before, and after the store changed).
    const std::optional<ValueAnalysis::ValueOverview> &overview() const { return m_overview; }
    QStandardItemModel *groupModel() const { return m_byGroup; }
    QStandardItemModel *riskModel() const { return m_risk; }
    SeriesModel *backtestModel() const { return m_backtest; }
    QString summary() const;
    QString backtestSummary() const;
    bool isWorking() const;

Q_SIGNALS:
    void ready();
    /// A churn risk cell was clicked: list those customers (every group when \a group is empty).
    void openRisk(std::optional<Patronage::LoyaltyGroup> group, Patronage::Predict::ChurnRisk risk,
                  Patronage::MonthIndex month);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void clear();
    void recompute();
    void show(ValueAnalysis::ValueOverview overview);
    void fillBreakdowns();
    void fillCharts();
    void riskClicked(const QModelIndex &index);

    StoreSession *m_session;
    QLabel *m_summary;
    QStandardItemModel *m_byGroup;
    QStandardItemModel *m_byLifeCycle;
    QStandardItemModel *m_risk;
    SeriesModel *m_alive;
    SeriesModel *m_backtest;
    QTableView *m_riskView;
    ChartPanel *m_aliveChart;
    ChartPanel *m_backtestChart;
    QLabel *m_backtestText;
    QPointer<Job> m_job;
    bool m_stale = false; ///< the store's results changed since the page was worked out
    std::optional<ValueAnalysis::ValueOverview> m_overview;
};

} // namespace Patronage
