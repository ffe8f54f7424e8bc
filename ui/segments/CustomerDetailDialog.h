#pragma once

#include <QDialog>

#include "core/calendar/Calendar.h"
#include "core/report/CustomerRow.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;

namespace Patronage {

class StoreSession;

/// One customer: orders and refunds, group and life cycle month by month,
/// and why the customer is in its group at the chosen month.
class CustomerDetailDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerDetailDialog(StoreSession *session, const CustomerRow &customer, MonthIndex month,
                         QWidget *parent = nullptr);

    QString explanation() const;
    /// Why the customer is in their group and life cycle, in plain words.
    QString inWords() const;
    /// What the customer-value model expects of the customer, in plain words.
    QString outlook() const;
    QStandardItemModel *ordersModel() const { return m_orders; }
    QStandardItemModel *monthsModel() const { return m_months; }
    QPushButton *forgetButton() const { return m_forget; }
    /// Drops everything shown of the customer and closes: another store was opened.
    void forgetStore();

Q_SIGNALS:
    /// The customer was forgotten: the store changed.
    void forgotten();

private:
    void load(StoreSession *session, const CustomerRow &customer, MonthIndex month);
    void forget(StoreSession *session, const CustomerRow &customer);

    QPlainTextEdit *m_explanation;
    QLabel *m_inWords;
    QString m_who; ///< the customer's name, or key
    QLabel *m_outlook;
    QStandardItemModel *m_orders;
    QStandardItemModel *m_months;
    QPushButton *m_forget;
};

} // namespace Patronage
