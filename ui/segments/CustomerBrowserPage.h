#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

#include "core/calendar/Calendar.h"
#include "core/error/Error.h"
#include "core/report/CustomerList.h"
#include "core/segment/Groups.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Patronage {

class CustomerTableModel;
class Job;
class StoreSession;

/// A month's customers: filtered by group, life cycle and search, sortable,
/// fast with a million rows; a double-click shows a customer's detail.
class CustomerBrowserPage : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerBrowserPage(StoreSession *session, QWidget *parent = nullptr);

    CustomerTableModel *model() const { return m_model; }
    /// Shows one group's customers at a month, of one churn risk (any when empty);
    /// no group: every group.
    void showSegment(std::optional<LoyaltyGroup> group, MonthIndex month,
                     std::optional<Predict::ChurnRisk> risk = std::nullopt);
    bool isQuerying() const { return m_querying; }
    /// Puts the keyboard in the search field, its text selected.
    void focusSearch();

Q_SIGNALS:
    void queryFinished();
    /// The store changed: every customer shown, and every dialog about one, is gone.
    void cleared();

private:
    void reloadMonths();
    void clear();
    /// Works out the month's customers when they are not at hand, then filters them.
    void query();
    /// Filters the month's customers by group, life cycle and search, off the GUI thread.
    void filter();
    /// Adds each customer's prediction at \a month's end to the month's list, off the GUI thread.
    void predict(MonthIndex month);
    void queryFailed(const Patronage::Error &error);
    void exportList();
    void showDetail(const QModelIndex &index);

    StoreSession *m_session;
    CustomerTableModel *m_model;
    QComboBox *m_month;
    QComboBox *m_group;
    QComboBox *m_lifeCycle;
    QComboBox *m_churnRisk;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QTimer *m_debounce;
    QPointer<Job> m_query;
    QPointer<Job> m_predict;
    std::optional<CustomerList> m_monthList; ///< the month's whole base, as worked out
    MonthIndex m_listedMonth = 0;
    bool m_querying = false;
};

} // namespace Patronage
