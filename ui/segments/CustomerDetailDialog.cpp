#include "ui/segments/CustomerDetailDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>

#include "core/analysis/Analysis.h"
#include "core/jobs/Job.h"
#include "core/report/Explanation.h"
#include "core/segment/Rules.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/CustomerRepository.h"
#include "core/store/OrderRepository.h"
#include "core/store/Store.h"
#include "ui/AppText.h"
#include "ui/DisplayFormat.h"
#include "ui/StoreSession.h"

namespace Patronage {

namespace {

QTableView *tableFor(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Columns fit what they hold once the rows are in (a group's name on one line).
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, [view] { view->resizeColumnsToContents(); });
    return view;
}

// A number or an amount, right-aligned as a column of figures reads.
QStandardItem *figure(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Everything the dialog shows, worked out in one job.
struct Detail {
    QList<CustomerDocument> documents;
    QList<std::pair<MonthIndex, CustomerSnapshot>> months;
    MonthResult atMonth;
    std::optional<CustomerSnapshot> snapshot;
};

// Why the customer is in their group and life cycle, in the shop owner's words, with the
// month's own figures (the calculation stays one click away).
QString explanationInWords(const QString &who, const CustomerSnapshot &s, const MonthResult &m,
                           const SegmentationParams &params, const Currency &currency)
{
    const auto wholeOrders = [](std::optional<double> cutoff) { return Rules::ordersNeeded(cutoff.value_or(0.0)); };
    QStringList sentences;
    sentences << CustomerDetailDialog::tr("%1 is a %2: %Ln order(s) so far, worth %3.", nullptr,
                                          int(std::min<qint64>(s.orders, INT_MAX)))
                     .arg(who, DisplayFormat::group(s.group), DisplayFormat::money(s.revenue, currency));
    if (m.frequentFrom && m.vipFrom) {
        const qint64 frequent = wholeOrders(m.frequentFrom);
        const qint64 vip = wholeOrders(m.vipFrom);
        const GroupFigures base = m.base();
        const QString typical =
            base.customers > 0 ? QLocale().toString(double(base.orders) / double(base.customers), 'f', 1) : QString();
        QString cutoffs =
            CustomerDetailDialog::tr("In %1 a Frequent Buyer needs %2 orders or more and a VIP %3 or more")
                .arg(monthText(m.month), QLocale().toString(frequent), QLocale().toString(vip));
        if (params.method == SegmentationParams::Method::Percentile && m.vipMinRevenue)
            cutoffs +=
                CustomerDetailDialog::tr(" and %1 of revenue").arg(DisplayFormat::money(*m.vipMinRevenue, currency));
        sentences << cutoffs + CustomerDetailDialog::tr(" (the typical customer has %1 orders).").arg(typical);
        const qint64 next = s.group == LoyaltyGroup::OneTimeBuyer ? 2
            : s.group == LoyaltyGroup::LoyalCustomer              ? frequent
            : s.group == LoyaltyGroup::FrequentBuyer              ? vip
                                                                  : 0;
        if (next > s.orders) {
            const LoyaltyGroup nextGroup = LoyaltyGroup(int(s.group) + 1);
            sentences << CustomerDetailDialog::tr("%Ln more order(s) would make them a %1.", nullptr,
                                                  int(next - s.orders))
                             .arg(DisplayFormat::group(nextGroup));
        }
    }
    sentences << CustomerDetailDialog::tr("Their last order was %Ln day(s) before the month's end: %1.", nullptr,
                                          int(std::min<qint64>(s.daysSinceLastOrder, INT_MAX)))
                     .arg(DisplayFormat::lifeCycle(s.lifeCycle));
    return sentences.join(QLatin1Char(' '));
}

// What spec §10 predicts for the customer, in plain words.
QString outlookText(const CustomerRow &customer, MonthIndex month, const Currency &currency)
{
    if (!customer.prediction)
        return CustomerDetailDialog::tr("<b>Outlook</b>: no prediction at %1 yet (it is worked out after the list, "
                                        "and needs ten customers who bought twice; the Customer Value page says "
                                        "why when there is none).")
            .arg(monthText(month));
    const Predict::CustomerPrediction &p = *customer.prediction;
    return CustomerDetailDialog::tr("<b>Outlook</b> from the orders to the end of %1: %2 likely still a customer "
                                    "(churn risk %3). Expected to order on about %4 days in the next 52 weeks, "
                                    "worth about %5 in all.")
        .arg(monthText(month), DisplayFormat::probability(p.probabilityAlive), DisplayFormat::churnRisk(p.churnRisk),
             DisplayFormat::expectedOrders(p.expectedPurchases), DisplayFormat::money(p.predictedValue, currency));
}

} // namespace

CustomerDetailDialog::CustomerDetailDialog(StoreSession *session, const CustomerRow &customer, MonthIndex month,
                                           QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QPlainTextEdit(this))
    , m_inWords(new QLabel(tr("Working it out…"), this))
    , m_outlook(new QLabel(outlookText(customer, month, session->currency()), this))
    , m_orders(new QStandardItemModel(0, 4, this))
    , m_months(new QStandardItemModel(0, 5, this))
    , m_forget(new QPushButton(tr("Forget This Customer…"), this))
{
    setWindowTitle(tr("Customer %1").arg(customer.key));
    m_who = customer.name.isEmpty() ? customer.key : customer.name;
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
    m_forget->setObjectName(QStringLiteral("forgetCustomer"));
    m_forget->setToolTip(tr("For a deletion request: remove the e-mail, name and key; the orders stay, anonymous"));
    m_forget->setEnabled(!customer.email.isEmpty());
    // Erasing is never one key away: Enter closes the dialog, never forgets.
    m_forget->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_forget, QDialogButtonBox::DestructiveRole);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_forget, &QPushButton::clicked, this, [this, session, customer] { forget(session, customer); });

    auto *tabs = new QTabWidget(this);
    tabs->addTab(tableFor(m_months, tabs), tr("Month by month"));
    tabs->addTab(tableFor(m_orders, tabs), tr("Orders and credit notes"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("<b>Why this group, at %1</b>").arg(monthText(month)), this));
    m_inWords->setObjectName(QStringLiteral("inWords"));
    m_inWords->setWordWrap(true);
    layout->addWidget(m_inWords);
    // The calculation with the spec's symbols, one click away.
    auto *showCalculation = new QPushButton(tr("Show the Calculation"), this);
    showCalculation->setCheckable(true);
    showCalculation->setAutoDefault(false);
    m_explanation->setVisible(false);
    connect(showCalculation, &QPushButton::toggled, m_explanation, &QWidget::setVisible);
    layout->addWidget(showCalculation, 0, Qt::AlignLeft);
    layout->addWidget(m_explanation);
    m_outlook->setObjectName(QStringLiteral("outlook"));
    m_outlook->setWordWrap(true);
    m_outlook->setToolTip(tr("From the BG/NBD and Gamma-Gamma models of the shop's customers: how often this "
                             "customer has bought, how recently, and how much each time"));
    layout->addWidget(m_outlook);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(760, 640);
    load(session, customer, month);
}

void CustomerDetailDialog::forgetStore()
{
    for (QObject *child : children()) {
        if (auto *job = qobject_cast<Job *>(child))
            job->cancel();
    }
    m_orders->removeRows(0, m_orders->rowCount());
    m_months->removeRows(0, m_months->rowCount());
    m_explanation->clear();
    reject();
}

QString CustomerDetailDialog::inWords() const
{
    return m_inWords->text();
}

QString CustomerDetailDialog::outlook() const
{
    return m_outlook->text();
}

QString CustomerDetailDialog::explanation() const
{
    return m_explanation->toPlainText();
}

void CustomerDetailDialog::load(StoreSession *session, const CustomerRow &customer, MonthIndex month)
{
    const Currency currency = session->currency();
    const SegmentationParams params = session->params();
    auto *task = Task<Detail>::start(
        this, [path = session->path(), params, storeId = customer.storeId, month](JobContext &) -> Result<Detail> {
            Detail detail;
            Result<std::unique_ptr<Store>> store = Store::open(path, Store::OpenMode::ReadOnly);
            if (!store)
                return store.error();
            Result<QList<CustomerDocument>> documents = OrderRepository(**store).documentsOf(storeId);
            if (!documents)
                return documents.error();
            detail.documents = std::move(documents).value();
            if (detail.documents.isEmpty())
                return detail;
            // The customer's months: from the first order on.
            const MonthIndex first = monthOfDay(dayOfSeconds(detail.documents.constFirst().placedAt));
            Result<SegmentInput> input = Analysis::inputFrom(**store, params, first);
            if (!input)
                return input.error();
            const qint32 wanted = input->history->customerOfStoreId(storeId);
            SegmentEngine engine(*input, params);
            QList<MonthIndex> months;
            for (MonthIndex m = std::max(first, engine.firstMonth()); m <= engine.lastMonth(); ++m)
                months.append(m);
            engine.snapshots(
                months,
                [&](MonthIndex m, const CustomerSnapshot &s) {
                    if (s.customer == wanted) {
                        detail.months.append({m, s});
                        if (m == month)
                            detail.snapshot = s;
                    }
                },
                [&](const MonthResult &r) {
                    if (r.month == month)
                        detail.atMonth = r;
                });
            return detail;
        });
    connect(task, &Job::succeeded, this, [this, task, params, currency] {
        const Detail &detail = task->result();
        for (const CustomerDocument &d : detail.documents) {
            QString state = d.isCreditNote         ? tr("credit note")
                : d.state == OrderState::Cancelled ? tr("cancelled")
                                                   : tr("valid");
            if (d.refunded > 0)
                state += tr(", %1 refunded").arg(DisplayFormat::money(d.refunded, currency));
            m_orders->appendRow({new QStandardItem(d.key), new QStandardItem(wallClockText(d.placedAt)),
                                 figure(DisplayFormat::money(d.amount, currency)), new QStandardItem(state)});
        }
        for (const auto &[m, s] : detail.months) {
            m_months->appendRow({new QStandardItem(monthText(m)), new QStandardItem(DisplayFormat::group(s.group)),
                                 new QStandardItem(DisplayFormat::lifeCycle(s.lifeCycle)),
                                 figure(QLocale().toString(s.orders)),
                                 figure(DisplayFormat::money(s.revenue, currency))});
        }
        m_explanation->setPlainText(
            explainCustomer(detail.snapshot, detail.atMonth, params, currency).join(QLatin1Char('\n')));
        m_inWords->setText(detail.snapshot
                               ? explanationInWords(m_who, *detail.snapshot, detail.atMonth, params, currency)
                               : tr("Not a customer at this month."));
    });
    connect(task, &Job::failed, this, [this](const Error &error) {
        m_explanation->setPlainText(appMessage(error));
        m_inWords->setText(appMessage(error));
    });
}

void CustomerDetailDialog::forget(StoreSession *session, const CustomerRow &customer)
{
    const QString who = customer.name.isEmpty() ? customer.email : tr("%1 (%2)").arg(customer.name, customer.email);
    QMessageBox confirm(QMessageBox::Warning, tr("Forget This Customer"),
                        tr("Remove %1's e-mail, name and key from this store? Their orders stay, without anything that "
                           "says who they were, so the figures do not change. This cannot be undone.")
                            .arg(who),
                        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setDefaultButton(QMessageBox::No);
    confirm.button(QMessageBox::Yes)->setText(tr("Forget %1").arg(customer.email));
    if (confirm.exec() != QMessageBox::Yes)
        return;
    m_forget->setEnabled(false);
    using Forgotten = CustomerRepository::Forgotten;
    auto *task = Task<Forgotten>::start(
        this, [path = session->path(), email = customer.email](JobContext &) -> Result<Forgotten> {
            Result<std::unique_ptr<Store>> store = Store::open(path, Store::OpenMode::ReadWrite);
            if (!store)
                return store.error();
            return CustomerRepository(**store).forget(email);
        });
    connect(task, &Job::succeeded, this, [this, session] {
        session->reload();
        Q_EMIT forgotten();
        accept();
    });
    connect(task, &Job::failed, this, [this](const Error &error) {
        m_forget->setEnabled(true);
        QMessageBox::warning(this, tr("Not forgotten"), appMessage(error));
    });
}

} // namespace Patronage
