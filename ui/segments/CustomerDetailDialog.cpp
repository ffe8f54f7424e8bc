#include "ui/segments/CustomerDetailDialog.h"

#include "core/formats/Currency.h"
#include "core/jobs/BackgroundTask.h"
#include "core/report/Explanation.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/ForgetCustomer.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/StoreSummary.h"
#include "ui/StoreSession.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Patronage {

namespace {

QTableView *tableFor(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

struct History {
    QList<std::pair<MonthIndex, CustomerSnapshot>> months;
    MonthResult atMonth;
    std::optional<CustomerSnapshot> snapshot;
};

} // namespace

CustomerDetailDialog::CustomerDetailDialog(StoreSession *session, const CustomerRow &customer, MonthIndex month,
                                           QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QPlainTextEdit(this))
    , m_orders(new QStandardItemModel(0, 4, this))
    , m_months(new QStandardItemModel(0, 5, this))
{
    setWindowTitle(tr("Customer %1").arg(customer.key));
    QStringList identity = {customer.key};
    if (!customer.email.isEmpty() && customer.email.compare(customer.key, Qt::CaseInsensitive) != 0)
        identity.append(customer.email);
    auto *title = new QLabel(QStringLiteral("<h3>%1</h3>%2")
                                 .arg((customer.name.isEmpty() ? customer.key : customer.name).toHtmlEscaped(),
                                      identity.join(QStringLiteral(" · ")).toHtmlEscaped()),
                             this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setReadOnly(true);
    m_explanation->setPlaceholderText(tr("Working it out…"));
    m_orders->setHorizontalHeaderLabels({tr("Order"), tr("Placed at"), tr("Amount"), tr("State")});
    m_months->setHorizontalHeaderLabels({tr("Month"), tr("Group"), tr("Life cycle"), tr("Orders"), tr("Revenue")});
    auto *forget = new QPushButton(tr("Forget This Customer…"), this);
    forget->setObjectName(QStringLiteral("forgetCustomer"));
    forget->setToolTip(tr("For a deletion request: remove the e-mail, name and key; the orders stay, anonymous"));
    forget->setEnabled(!customer.email.isEmpty());
    connect(forget, &QPushButton::clicked, this, [this, session, email = customer.email] {
        if (QMessageBox::question(this, tr("Forget This Customer"),
                                  tr("Remove %1's e-mail, name and key from this store? Their orders stay, without "
                                     "anything that says who they were, so the figures do not change. This cannot "
                                     "be undone.").arg(email))
            != QMessageBox::Yes) {
            return;
        }
        QString error;
        if (forgetCustomer(session->store(), email, &error) < 0) {
            QMessageBox::warning(this, tr("Not forgotten"), error);
            return;
        }
        session->reload();
        accept();
    });
    auto *tabs = new QTabWidget(this);
    tabs->addTab(tableFor(m_months, tabs), tr("Month by month"));
    tabs->addTab(tableFor(m_orders, tabs), tr("Orders and credit notes"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("<b>Why this group, at %1</b>").arg(monthText(month)), this));
    layout->addWidget(m_explanation);
    layout->addWidget(tabs, 1);
    layout->addWidget(forget, 0, Qt::AlignRight);
    resize(760, 640);

    const std::shared_ptr<const OrderHistory> history = session->history();
    if (!history)
        return;
    const qint64 storeId = history->storeIdOf(customer.snapshot.customer);
    loadOrders(session, storeId);
    const int decimals = session->currencyDecimals();
    runInBackground(this, [history, params = session->params(), wanted = customer.snapshot.customer, month] {
        History result;
        QList<MonthIndex> months;
        for (MonthIndex m = history->firstMonth(); m <= history->lastMonth(); ++m)
            months.append(m);
        SegmentEngine(*history, params).snapshots(months, [&](MonthIndex m, const CustomerSnapshot &s) {
            if (s.customer == wanted) {
                result.months.append({m, s});
                if (m == month)
                    result.snapshot = s;
            }
        }, [&](const MonthResult &r) {
            if (r.month == month)
                result.atMonth = r;
        });
        return result;
    }, [this, params = session->params(), decimals](History result) {
        m_explanation->setPlainText(explainCustomer(result.snapshot, result.atMonth, params, decimals).join(QLatin1Char('\n')));
        for (const auto &[m, s] : result.months) {
            m_months->appendRow({new QStandardItem(monthText(m)), new QStandardItem(groupName(s.group)),
                                 new QStandardItem(lifeCycleName(s.lifeCycle)), new QStandardItem(QString::number(s.orders)),
                                 new QStandardItem(formatMinorUnits(s.revenue, decimals))});
        }
    });
}

QString CustomerDetailDialog::explanation() const
{
    return m_explanation->toPlainText();
}

void CustomerDetailDialog::loadOrders(StoreSession *session, qint64 storeId)
{
    const int decimals = session->currencyDecimals();
    Statement orders(session->store().handle(),
                     "SELECT order_key, placed_at, gross, refunded, state, 0 FROM orders WHERE customer_id = ?1 "
                     "UNION ALL SELECT note_key, placed_at, amount, 0, 0, 1 FROM credit_notes WHERE customer_id = ?1 "
                     "ORDER BY 2");
    orders.bind(1, storeId);
    while (orders.step()) {
        QString state = orders.integer(5) ? tr("credit note") : orders.integer(4) ? tr("cancelled") : tr("valid");
        if (orders.integer(3) > 0)
            state += tr(", %1 refunded").arg(formatMinorUnits(orders.integer(3), decimals));
        m_orders->appendRow({new QStandardItem(orders.text(0)), new QStandardItem(formatWallClock(orders.integer(1))),
                             new QStandardItem(formatMinorUnits(orders.integer(2), decimals)), new QStandardItem(state)});
    }
}

} // namespace Patronage
