#pragma once

#include <QPointer>
#include <QWidget>

#include "core/calendar/Calendar.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace Patronage {

class CohortModel;
class CustomerTableModel;
class Job;
class ListedCustomers;
class OneOrderAwayModel;
class RfmGridModel;
class RfmGroupsModel;
class StoreSession;
class TestedModel;

/// Retention (spec §11-§14): the cohort grid as a heat map, the groups tested
/// against history, the RFM table and groups, and those one order from the next
/// group up. Every cell and row lists its customers below, ready to export.
/// Worked out off the GUI thread when the page is shown and the store changed.
class RetentionPage : public QWidget
{
    Q_OBJECT
public:
    explicit RetentionPage(StoreSession *session, QWidget *parent = nullptr);

    CohortModel *cohortModel() const { return m_cohorts; }
    TestedModel *testedModel() const { return m_tested; }
    RfmGridModel *rfmGridModel() const { return m_rfmGrid; }
    RfmGroupsModel *rfmGroupsModel() const { return m_rfmGroups; }
    OneOrderAwayModel *oneOrderAwayModel() const { return m_away; }
    CustomerTableModel *customers() const;
    QTabWidget *views() const { return m_views; }
    /// The month of the RFM table and the one-order-away lists; the month and
    /// horizon of the groups tested.
    void setMonth(MonthIndex month);
    void setTestedMonth(MonthIndex month, int horizon);
    bool isWorking() const;

    /// Lists the customers of a cohort cell, a tested segment, an RFM cell or group, a move.
    void listCohortCell(int row, int column);
    /// A tested segment's customers; \a onlyReturned: only those who bought again in the horizon.
    void listTested(int row, bool onlyReturned = false);
    void listRfmCell(int row, int column);
    void listRfmGroup(int row);
    void listOneOrderAway(int row);

Q_SIGNALS:
    void cohortsReady();
    void testedReady();
    void rfmReady();
    void oneOrderAwayReady();
    void customersReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void clear();
    void reloadMonths();
    void recompute();
    void computeCohorts();
    void computeTested();
    void computeMonth();
    void applyMeasure();

    StoreSession *m_session;
    QTabWidget *m_views;
    QComboBox *m_measure;
    QCheckBox *m_cumulative;
    QComboBox *m_month;
    QComboBox *m_testedMonth;
    QSpinBox *m_horizon;
    QLabel *m_testedSentence;
    CohortModel *m_cohorts;
    TestedModel *m_tested;
    RfmGridModel *m_rfmGrid;
    RfmGroupsModel *m_rfmGroups;
    OneOrderAwayModel *m_away;
    ListedCustomers *m_listed;
    QPointer<Job> m_cohortJob;
    QPointer<Job> m_testedJob;
    QPointer<Job> m_monthJob;
    bool m_stale = true; ///< the store's results changed since the page was worked out
};

} // namespace Patronage
