#pragma once

#include "core/report/CustomerList.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QStandardItemModel;

namespace Patronage {

class StoreSession;

/// One customer: orders and refunds, group and life cycle month by month,
/// and why the customer is in its group at the chosen month.
class CustomerDetailDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerDetailDialog(StoreSession *session, const CustomerRow &customer, MonthIndex month, QWidget *parent = nullptr);

    QString explanation() const;
    QStandardItemModel *ordersModel() const { return m_orders; }
    QStandardItemModel *monthsModel() const { return m_months; }

private:
    void loadOrders(StoreSession *session, qint64 storeId);

    QPlainTextEdit *m_explanation;
    QStandardItemModel *m_orders;
    QStandardItemModel *m_months;
};

} // namespace Patronage
