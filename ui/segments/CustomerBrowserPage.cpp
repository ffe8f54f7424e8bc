#include "ui/segments/CustomerBrowserPage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

#include "core/analysis/ValueAnalysis.h"
#include "core/jobs/Job.h"
#include "core/report/CustomerQuery.h"
#include "core/store/Store.h"
#include "ui/AppText.h"
#include "ui/DisplayFormat.h"
#include "ui/StoreSession.h"
#include "ui/export/ExportDialog.h"
#include "ui/segments/CustomerDetailDialog.h"
#include "ui/segments/CustomerTableModel.h"

namespace Patronage {

CustomerBrowserPage::CustomerBrowserPage(StoreSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CustomerTableModel(this))
    , m_month(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_lifeCycle(new QComboBox(this))
    , m_churnRisk(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    m_month->setObjectName(QStringLiteral("browserMonth"));
    m_group->setObjectName(QStringLiteral("browserGroup"));
    m_lifeCycle->setObjectName(QStringLiteral("browserLifeCycle"));
    m_search->setObjectName(QStringLiteral("browserSearch"));
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_group->addItem(tr("All groups"), -1);
    for (const LoyaltyGroup group : kAllGroups) {
        m_group->addItem(DisplayFormat::group(group), int(group));
        m_group->setItemData(m_group->count() - 1, DisplayFormat::groupMeaning(group), Qt::ToolTipRole);
    }
    m_lifeCycle->addItem(tr("Any life cycle"), -1);
    for (const LifeCycle lifeCycle : kAllLifeCycles) {
        m_lifeCycle->addItem(DisplayFormat::lifeCycle(lifeCycle), int(lifeCycle));
        m_lifeCycle->setItemData(m_lifeCycle->count() - 1, DisplayFormat::lifeCycleMeaning(lifeCycle), Qt::ToolTipRole);
    }
    m_churnRisk->setObjectName(QStringLiteral("browserChurnRisk"));
    m_churnRisk->addItem(tr("Any churn risk"), -1);
    for (const Predict::ChurnRisk risk :
         {Predict::ChurnRisk::Low, Predict::ChurnRisk::Medium, Predict::ChurnRisk::High})
        m_churnRisk->addItem(DisplayFormat::churnRisk(risk), int(risk));
    m_churnRisk->setToolTip(tr("How likely the customer is to have stopped buying (from the customer-value model)"));
    m_search->setPlaceholderText(tr("Search e-mail, name or customer id"));
    m_search->setClearButtonEnabled(true);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(m_model->columnOf(CustomerFigure::Revenue), Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportCustomers"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Month"), this));
    filters->addWidget(m_month);
    filters->addWidget(m_group);
    filters->addWidget(m_lifeCycle);
    filters->addWidget(m_churnRisk);
    filters->addWidget(m_search, 1);
    filters->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &CustomerBrowserPage::query);
    // The rows of the last search go at once; the new ones come once typing pauses.
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_monthList) {
            m_model->clear();
            m_count->setText(tr("Finding customers…"));
        }
        m_debounce->start();
    });
    for (QComboBox *combo : {m_month, m_group, m_lifeCycle, m_churnRisk})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerBrowserPage::query);
    connect(exportButton, &QPushButton::clicked, this, &CustomerBrowserPage::exportList);
    // Enter, or a double-click, opens a customer's detail.
    connect(m_table, &QTableView::activated, this, &CustomerBrowserPage::showDetail);
    connect(session, &StoreSession::loaded, this, &CustomerBrowserPage::reloadMonths);
    connect(session, &StoreSession::storeChanged, this, &CustomerBrowserPage::clear);
    reloadMonths();
}

// Nothing of the store that was open stays: its months, its customers, the filters and the search.
void CustomerBrowserPage::clear()
{
    for (Job *job : {m_query.data(), m_predict.data()}) {
        if (job)
            job->cancel();
    }
    m_debounce->stop();
    const QSignalBlocker a(m_month), b(m_group), c(m_lifeCycle), d(m_search), e(m_churnRisk);
    m_month->clear();
    m_group->setCurrentIndex(0);
    m_lifeCycle->setCurrentIndex(0);
    m_churnRisk->setCurrentIndex(0);
    m_search->clear();
    m_monthList.reset();
    m_model->clear();
    m_querying = false;
    m_count->clear();
    Q_EMIT cleared();
}

void CustomerBrowserPage::reloadMonths()
{
    if (m_predict)
        m_predict->cancel(); // of the store as it was
    m_monthList.reset();     // the store's results changed: the month is worked out again
    const MonthIndex keep = MonthIndex(m_month->currentData().toInt());
    {
        const QSignalBlocker blocker(m_month);
        m_month->clear();
        for (const MonthResult &m : m_session->months())
            m_month->addItem(DisplayFormat::month(m.month, m_session->snapshot().dataDay), m.month);
        const int index = m_month->findData(keep);
        m_month->setCurrentIndex(index >= 0 ? index : m_month->count() - 1);
    }
    query();
}

void CustomerBrowserPage::showSegment(std::optional<LoyaltyGroup> group, MonthIndex month,
                                      std::optional<Predict::ChurnRisk> risk)
{
    const QSignalBlocker a(m_month), b(m_group), c(m_lifeCycle), d(m_search), e(m_churnRisk);
    m_month->setCurrentIndex(std::max(0, m_month->findData(month)));
    m_group->setCurrentIndex(std::max(0, m_group->findData(group ? int(*group) : -1)));
    m_lifeCycle->setCurrentIndex(0);
    m_churnRisk->setCurrentIndex(std::max(0, m_churnRisk->findData(risk ? int(*risk) : -1)));
    m_search->clear();
    query();
}

void CustomerBrowserPage::query()
{
    if (m_query)
        m_query->cancel();
    if (m_month->count() == 0) {
        m_monthList.reset();
        m_model->clear();
        m_querying = false;
        m_count->setText(m_session->isOpen() ? tr("No customers yet.") : QString());
        return;
    }
    const MonthIndex month = MonthIndex(m_month->currentData().toInt());
    if (m_monthList && m_listedMonth == month) {
        filter();
        return;
    }
    m_querying = true;
    m_count->setText(tr("Finding customers…"));
    // The month's whole base, once: the filters and the search then work on it in memory.
    auto *task = Task<CustomerList>::start(this,
                                           [path = m_session->path(), params = m_session->params(), month,
                                            cached = m_session->directory()](JobContext &) -> Result<CustomerList> {
                                               Result<Analysis::OpenedInput> opened =
                                                   Analysis::openInputFrom(path, params, month);
                                               if (!opened)
                                                   return opened.error();
                                               CustomerQuery q;
                                               q.month = month;
                                               return findCustomers(*opened->store, opened->input, params, q, cached);
                                           });
    m_query = task;
    connect(task, &Job::succeeded, this, [this, task, month, generation = m_session->generation()] {
        if (generation != m_session->generation())
            return; // a reload follows with the store as it is now
        m_monthList = task->takeResult();
        m_listedMonth = month;
        m_session->keepDirectory(m_monthList->directory());
        filter();
        predict(month);
    });
    connect(task, &Job::failed, this, &CustomerBrowserPage::queryFailed);
}

// The list shows first; each customer's prediction follows (it reads the whole history).
void CustomerBrowserPage::predict(MonthIndex month)
{
    if (m_predict)
        m_predict->cancel();
    using Values = std::shared_ptr<const Predict::CustomerValues>;
    struct Predicted {
        Values values;
        CustomerList list;
    };
    const qint64 asOf = ValueAnalysis::asOfDayOfMonth(month, m_session->snapshot().dataDay);
    // A million customers take longer to match with their predictions than a frame lasts.
    auto *task = Task<Predicted>::start(
        this,
        [path = m_session->path(), month, decimals = m_session->currency().decimals, cached = m_session->values(asOf),
         dataDay = m_session->snapshot().dataDay, list = *m_monthList](JobContext &) -> Result<Predicted> {
            Values values = cached;
            if (!values) {
                Result<std::unique_ptr<Store>> store = Store::open(path, Store::OpenMode::ReadOnly);
                if (!store)
                    return store.error();
                Result<Predict::CustomerValues> predicted =
                    ValueAnalysis::predictAtMonth(**store, month, dataDay, decimals);
                if (!predicted)
                    return predicted.error();
                values = std::make_shared<const Predict::CustomerValues>(std::move(predicted).value());
            }
            return Predicted{values, list.withPredictions(*values)};
        });
    m_predict = task;
    // Without a prediction (no customer by then, or a failure) the columns stay empty.
    connect(task, &Job::succeeded, this, [this, task, month, generation = m_session->generation()] {
        if (generation != m_session->generation())
            return; // of the store before a change: its predictions are worked out again
        Predicted predicted = task->takeResult();
        m_session->keepValues(predicted.values);
        if (m_monthList && m_listedMonth == month) {
            m_monthList = std::move(predicted.list);
            filter();
        }
    });
}

void CustomerBrowserPage::filter()
{
    if (m_query)
        m_query->cancel();
    m_querying = true;
    const int group = m_group->currentData().toInt();
    const int lifeCycle = m_lifeCycle->currentData().toInt();
    const int risk = m_churnRisk->currentData().toInt();
    auto *task = Task<CustomerList>::start(
        this, [list = *m_monthList, group, lifeCycle, risk, search = m_search->text()](JobContext &) {
            CustomerList shown = list;
            if (group >= 0 || lifeCycle >= 0 || risk >= 0) {
                shown = shown.where([=](const CustomerSnapshot &s, const Predict::CustomerPrediction *p) {
                    return (group < 0 || int(s.group) == group) && (lifeCycle < 0 || int(s.lifeCycle) == lifeCycle)
                        && (risk < 0 || (p && int(p->churnRisk) == risk));
                });
            }
            return Result<CustomerList>(shown.matching(CustomerDirectory::Search(search)));
        });
    m_query = task;
    connect(task, &Job::succeeded, this, [this, task] {
        m_querying = false;
        CustomerList shown = task->takeResult();
        m_count->setText(tr("%Ln customer(s)", nullptr, int(std::min<qsizetype>(shown.size(), INT_MAX))));
        m_model->setList(std::move(shown), m_session->currency());
        m_table->resizeColumnsToContents();
        Q_EMIT queryFinished();
    });
    connect(task, &Job::failed, this, &CustomerBrowserPage::queryFailed);
}

void CustomerBrowserPage::queryFailed(const Error &error)
{
    m_querying = false;
    m_model->clear();
    m_count->setText(appMessage(error));
    Q_EMIT queryFinished();
}

void CustomerBrowserPage::exportList()
{
    // The name says what the list holds: the month and each filter in use (the dialog adds the style).
    QStringList parts = {QStringLiteral("customers"), monthText(MonthIndex(m_month->currentData().toInt()))};
    for (QComboBox *filter : {m_group, m_lifeCycle, m_churnRisk}) {
        if (filter->currentData().toInt() >= 0)
            parts.append(filter->currentText().toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
    }
    const QString name = parts.join(QLatin1Char('-'));
    ExportDialog dialog(m_model->list(), m_session->currency(), name, this);
    // Without a filter or a search the list is the month's whole list (Shopify's tags: every customer's).
    if (parts.size() == 2 && m_search->text().trimmed().isEmpty())
        dialog.setListScope(ShopifyTags::ListScope::WholeMonth);
    // The list is of this store as it is now: another store, or a change to this one, closes it.
    connect(m_session, &StoreSession::storeChanged, &dialog, &QDialog::reject);
    connect(m_session, &StoreSession::loaded, &dialog, &QDialog::reject);
    dialog.exec();
}

void CustomerBrowserPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomerBrowserPage::showDetail(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const CustomerRow row = m_model->list().row(index.row());
    auto *dialog = new CustomerDetailDialog(m_session, row, MonthIndex(m_month->currentData().toInt()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A customer of the store that was open is not shown once another is.
    connect(this, &CustomerBrowserPage::cleared, dialog, &CustomerDetailDialog::forgetStore);
    dialog->show();
}

} // namespace Patronage
