#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

#include "core/calendar/Calendar.h"
#include "core/error/Result.h"
#include "core/report/CustomerList.h"

class QLabel;

namespace Patronage {

struct CustomerQuery;
class CustomerTableModel;
class Job;
class StoreSession;

/// The customers of what was clicked on the Retention page: a title that says
/// what they are and how many, the list (Enter opens a customer's detail at
/// the list's month), and Export with a name that says the same.
class ListedCustomers : public QWidget
{
    Q_OBJECT
public:
    /// What a list holds: its title, the name its export proposes, the month of its figures.
    struct Listing {
        QString title;
        QString exportName;
        MonthIndex month = 0;
    };

    explicit ListedCustomers(StoreSession *session, QWidget *parent = nullptr);
    CustomerTableModel *model() const { return m_customers; }
    bool isWorking() const;

    /// Lists the customers \a find finds, off the GUI thread.
    void find(const Listing &listing, std::function<Result<CustomerList>()> find);
    /// Lists the month's customers that \a query asks for (findCustomers), off the GUI thread.
    void findAtMonth(const Listing &listing, const CustomerQuery &query);
    /// Shows \a list, at hand already.
    void show(const Listing &listing, CustomerList list);
    void showMessage(const QString &text);
    void clear();

Q_SIGNALS:
    void listed();

private:
    void exportList();

    StoreSession *m_session;
    QLabel *m_title;
    CustomerTableModel *m_customers;
    Listing m_listing;
    QPointer<Job> m_job;
};

} // namespace Patronage
