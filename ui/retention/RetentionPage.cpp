#include "ui/retention/RetentionPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/analysis/Analysis.h"
#include "core/jobs/Job.h"
#include "core/report/CustomerQuery.h"
#include "core/retention/CohortCustomers.h"
#include "core/retention/Cohorts.h"
#include "core/retention/GroupsTested.h"
#include "core/store/Store.h"
#include "ui/AppText.h"
#include "ui/DisplayFormat.h"
#include "ui/StoreSession.h"
#include "ui/export/ExportDialog.h"
#include "ui/retention/CohortModel.h"
#include "ui/retention/OneOrderAwayModel.h"
#include "ui/retention/RfmModels.h"
#include "ui/retention/TestedModel.h"
#include "ui/segments/CustomerDetailDialog.h"
#include "ui/segments/CustomerTableModel.h"

namespace Patronage {

namespace {

QTableView *tableOf(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// A line that explains a view: it wraps rather than widen the window.
QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QWidget *tabWith(QLayout *controls, QWidget *content, QWidget *parent)
{
    auto *tab = new QWidget(parent);
    auto *layout = new QVBoxLayout(tab);
    if (controls)
        layout->addLayout(controls);
    layout->addWidget(content, 1);
    return tab;
}

// The customers of one month that \a query asks for, off the GUI thread.
Result<CustomerList> monthCustomers(const QString &path, const SegmentationParams &params, const CustomerQuery &query,
                                    std::shared_ptr<const CustomerDirectory> cached)
{
    Result<Analysis::OpenedInput> opened = Analysis::openInputFrom(path, params, query.month);
    if (!opened)
        return opened.error();
    return findCustomers(*opened->store, opened->input, params, query, std::move(cached));
}

struct MonthFigures {
    RfmOverview rfm;
    CustomerList away;
};

} // namespace

RetentionPage::RetentionPage(StoreSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_views(new QTabWidget(this))
    , m_measure(new QComboBox(this))
    , m_cumulative(new QCheckBox(tr("Cumulative"), this))
    , m_month(new QComboBox(this))
    , m_testedMonth(new QComboBox(this))
    , m_horizon(new QSpinBox(this))
    , m_testedSentence(new QLabel(this))
    , m_cohorts(new CohortModel(this))
    , m_tested(new TestedModel(this))
    , m_rfmGrid(new RfmGridModel(this))
    , m_rfmGroups(new RfmGroupsModel(this))
    , m_away(new OneOrderAwayModel(this))
    , m_customersTitle(new QLabel(this))
    , m_customers(new CustomerTableModel(this))
{
    m_views->setObjectName(QStringLiteral("retentionViews"));
    m_measure->setObjectName(QStringLiteral("cohortMeasure"));
    m_measure->addItem(tr("Retention (share who ordered that month)"), int(CohortModel::Measure::Retention));
    m_measure->addItem(tr("Revenue"), int(CohortModel::Measure::Revenue));
    m_measure->addItem(tr("Revenue per customer so far"), int(CohortModel::Measure::RevenuePerCustomer));
    m_measure->addItem(tr("Repeat rate (bought a second time)"), int(CohortModel::Measure::RepeatRate));
    m_cumulative->setObjectName(QStringLiteral("cohortCumulative"));
    m_cumulative->setToolTip(tr("Retention: the share who have bought again in any month so far; revenue: all of it "
                                "so far"));
    m_month->setObjectName(QStringLiteral("retentionMonth"));
    m_testedMonth->setObjectName(QStringLiteral("testedMonth"));
    m_horizon->setObjectName(QStringLiteral("testedHorizon"));
    m_horizon->setRange(1, 24);
    m_horizon->setValue(3);
    m_horizon->setSuffix(tr(" months"));
    m_testedSentence->setObjectName(QStringLiteral("testedSentence"));
    m_testedSentence->setWordWrap(true);

    // Cohorts.
    auto *cohortControls = new QHBoxLayout;
    cohortControls->addWidget(new QLabel(tr("Show"), this));
    cohortControls->addWidget(m_measure);
    cohortControls->addWidget(m_cumulative);
    cohortControls->addWidget(note(tr("Rows: the month of the first order (customers); columns: months after"), this),
                              1);
    QTableView *cohortView = tableOf(m_cohorts, QStringLiteral("cohortGrid"), this);
    cohortView->horizontalHeader()->setStretchLastSection(false);
    cohortView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    cohortView->horizontalHeader()->setMinimumSectionSize(56);
    m_views->addTab(tabWith(cohortControls, cohortView, this), tr("Cohorts"));

    // Groups tested against history.
    auto *testedControls = new QHBoxLayout;
    testedControls->addWidget(new QLabel(tr("Groups at"), this));
    testedControls->addWidget(m_testedMonth);
    testedControls->addWidget(new QLabel(tr("bought again in the next"), this));
    testedControls->addWidget(m_horizon);
    testedControls->addStretch();
    QTableView *testedView = tableOf(m_tested, QStringLiteral("testedTable"), this);
    testedView->verticalHeader()->hide();
    testedView->horizontalHeader()->setStretchLastSection(false);
    testedView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *testedContent = new QWidget(this);
    auto *testedLayout = new QVBoxLayout(testedContent);
    testedLayout->setContentsMargins(0, 0, 0, 0);
    testedLayout->addWidget(testedView, 1);
    testedLayout->addWidget(m_testedSentence);
    m_views->addTab(tabWith(testedControls, testedContent, this), tr("Groups Tested"));

    // RFM.
    QTableView *gridView = tableOf(m_rfmGrid, QStringLiteral("rfmGrid"), this);
    gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    gridView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QTableView *groupsView = tableOf(m_rfmGroups, QStringLiteral("rfmGroups"), this);
    groupsView->verticalHeader()->hide();
    groupsView->horizontalHeader()->setStretchLastSection(false);
    groupsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *rfmSplit = new QSplitter(Qt::Horizontal, this);
    rfmSplit->addWidget(gridView);
    rfmSplit->addWidget(groupsView);
    rfmSplit->setStretchFactor(0, 3);
    rfmSplit->setStretchFactor(1, 2);
    auto *rfmControls = new QHBoxLayout;
    rfmControls->addWidget(note(tr("R: how recently; FM: how often and how much (5 is best). Click a cell or a "
                                   "group to list its customers."),
                                this));
    m_views->addTab(tabWith(rfmControls, rfmSplit, this), tr("RFM"));

    // One order away.
    QTableView *awayView = tableOf(m_away, QStringLiteral("oneOrderAway"), this);
    awayView->verticalHeader()->hide();
    awayView->horizontalHeader()->setStretchLastSection(false);
    awayView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *awayControls = new QHBoxLayout;
    awayControls->addWidget(note(tr("With this month's cut-offs, one more order worth their average order "
                                    "would move these customers up. Click a row to list them."),
                                 this));
    m_views->addTab(tabWith(awayControls, awayView, this), tr("One Order Away"));
    // The month of the RFM table and of those one order away, beside their tabs.
    auto *monthBox = new QWidget(this);
    auto *monthLayout = new QHBoxLayout(monthBox);
    monthLayout->setContentsMargins(0, 0, 4, 0);
    monthLayout->addWidget(new QLabel(tr("Month"), monthBox));
    monthLayout->addWidget(m_month);
    m_views->setCornerWidget(monthBox, Qt::TopRightCorner);
    monthBox->setVisible(false);
    connect(m_views, &QTabWidget::currentChanged, monthBox, [monthBox](int tab) { monthBox->setVisible(tab >= 2); });

    // The customers of what was clicked.
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("retentionExport"));
    auto *customersHeader = new QHBoxLayout;
    customersHeader->addWidget(m_customersTitle, 1);
    customersHeader->addWidget(exportButton);
    auto *customersView = tableOf(m_customers, QStringLiteral("retentionCustomers"), this);
    customersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    customersView->setSortingEnabled(true);
    customersView->sortByColumn(-1, Qt::AscendingOrder);
    customersView->verticalHeader()->hide();
    auto *customersPane = new QWidget(this);
    auto *customersLayout = new QVBoxLayout(customersPane);
    customersLayout->setContentsMargins(0, 0, 0, 0);
    customersLayout->addLayout(customersHeader);
    customersLayout->addWidget(customersView, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_views);
    split->addWidget(customersPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_measure, &QComboBox::currentIndexChanged, this, &RetentionPage::applyMeasure);
    connect(m_cumulative, &QCheckBox::toggled, this, &RetentionPage::applyMeasure);
    connect(m_month, &QComboBox::currentIndexChanged, this, &RetentionPage::computeMonth);
    connect(m_testedMonth, &QComboBox::currentIndexChanged, this, &RetentionPage::computeTested);
    connect(m_horizon, &QSpinBox::valueChanged, this, &RetentionPage::computeTested);
    connect(cohortView, &QTableView::clicked, this,
            [this](const QModelIndex &index) { listCohortCell(index.row(), index.column()); });
    // The "Bought again" column lists those who did; any other cell the whole segment.
    connect(testedView, &QTableView::clicked, this,
            [this](const QModelIndex &index) { listTested(index.row(), index.column() == TestedModel::Returned); });
    connect(gridView, &QTableView::clicked, this,
            [this](const QModelIndex &index) { listRfmCell(index.row(), index.column()); });
    connect(groupsView, &QTableView::clicked, this, [this](const QModelIndex &index) { listRfmGroup(index.row()); });
    connect(awayView, &QTableView::clicked, this, [this](const QModelIndex &index) { listOneOrderAway(index.row()); });
    connect(exportButton, &QPushButton::clicked, this, &RetentionPage::exportCustomers);
    connect(this, &RetentionPage::customersReady, customersView,
            [customersView] { customersView->resizeColumnsToContents(); });
    // Enter, or a double-click, opens a listed customer's detail at the month of the list.
    connect(customersView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid() || m_customers->list().isEmpty())
            return;
        const CustomerRow row = m_customers->list().row(index.row());
        auto *dialog = new CustomerDetailDialog(m_session, row, m_listedMonth, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_session, &StoreSession::storeChanged, dialog, &CustomerDetailDialog::forgetStore);
        dialog->show();
    });
    connect(session, &StoreSession::storeChanged, this, &RetentionPage::clear);
    connect(session, &StoreSession::loaded, this, [this] {
        m_stale = true;
        reloadMonths();
        if (isVisible())
            recompute();
    });
    clear();
}

bool RetentionPage::isWorking() const
{
    return m_cohortJob || m_testedJob || m_monthJob || m_listJob;
}

// Nothing of the store that was open stays: months, grids, tables, customers.
void RetentionPage::clear()
{
    for (Job *job : {m_cohortJob.data(), m_testedJob.data(), m_monthJob.data(), m_listJob.data()}) {
        if (job)
            job->cancel();
    }
    for (QComboBox *combo : {m_month, m_testedMonth}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
    }
    m_cohorts->clear();
    m_tested->clear();
    m_rfmGrid->setOverview({}, {});
    m_rfmGroups->setOverview({}, {});
    m_away->clear();
    m_customers->clear();
    m_testedSentence->clear();
    m_customersTitle->setText(tr("Click a cell or a row above to list its customers."));
    m_stale = true;
}

void RetentionPage::reloadMonths()
{
    const QList<MonthResult> &months = m_session->months();
    const QVariant keptMonth = m_month->currentData();
    const QVariant keptTested = m_testedMonth->currentData();
    for (QComboBox *combo : {m_month, m_testedMonth}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const MonthResult &m : months)
            combo->addItem(DisplayFormat::month(m.month, m_session->snapshot().dataDay), m.month);
    }
    if (months.isEmpty())
        return;
    const QSignalBlocker a(m_month), b(m_testedMonth);
    // The latest month; the groups tested a horizon earlier, so that the months after it are there.
    const int month = m_month->findData(keptMonth);
    m_month->setCurrentIndex(month >= 0 ? month : m_month->count() - 1);
    const int tested = m_testedMonth->findData(keptTested);
    m_testedMonth->setCurrentIndex(tested >= 0 ? tested : std::max(0, m_testedMonth->count() - 1 - m_horizon->value()));
}

void RetentionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recompute();
}

void RetentionPage::recompute()
{
    if (!m_session->isOpen() || m_session->months().isEmpty())
        return;
    if (m_month->count() == 0)
        reloadMonths();
    m_stale = false;
    computeCohorts();
    computeTested();
    computeMonth();
}

void RetentionPage::setMonth(MonthIndex month)
{
    m_month->setCurrentIndex(std::max(0, m_month->findData(month)));
    computeMonth();
}

void RetentionPage::setTestedMonth(MonthIndex month, int horizon)
{
    const QSignalBlocker a(m_testedMonth), b(m_horizon);
    m_testedMonth->setCurrentIndex(std::max(0, m_testedMonth->findData(month)));
    m_horizon->setValue(horizon);
    computeTested();
}

void RetentionPage::applyMeasure()
{
    const auto measure = CohortModel::Measure(m_measure->currentData().toInt());
    m_cumulative->setEnabled(CohortModel::hasCumulative(measure));
    m_cohorts->setMeasure(measure, m_cumulative->isChecked());
}

void RetentionPage::computeCohorts()
{
    if (m_cohortJob)
        m_cohortJob->cancel();
    auto *task = Task<QList<CohortCell>>::start(
        this, [path = m_session->path(), params = m_session->params()](JobContext &) -> Result<QList<CohortCell>> {
            Result<Analysis::OpenedInput> opened = Analysis::openInputFrom(path, params, Analysis::kBeforeAnyOrder);
            if (!opened)
                return opened.error();
            const OrderHistory &history = *opened->input.history;
            return Cohorts::compute(history, history.firstMonth(), history.lastMonth());
        });
    m_cohortJob = task;
    connect(task, &Job::succeeded, this, [this, task] {
        m_cohorts->setCells(task->takeResult(), m_session->currency());
        applyMeasure();
        Q_EMIT cohortsReady();
    });
    connect(task, &Job::failed, this,
            [this](const Error &error) { m_customersTitle->setText(appMessage(error).toHtmlEscaped()); });
}

void RetentionPage::computeTested()
{
    if (m_testedMonth->count() == 0)
        return;
    if (m_testedJob)
        m_testedJob->cancel();
    const MonthIndex month = MonthIndex(m_testedMonth->currentData().toInt());
    auto *task = Task<GroupsTested>::start(this,
                                           [path = m_session->path(), params = m_session->params(), month,
                                            horizon = m_horizon->value()](JobContext &) -> Result<GroupsTested> {
                                               Result<Analysis::OpenedInput> opened =
                                                   Analysis::openInputFrom(path, params, month);
                                               if (!opened)
                                                   return opened.error();
                                               return Retention::testGroups(opened->input, params, month, horizon);
                                           });
    m_testedJob = task;
    connect(task, &Job::succeeded, this, [this, task] {
        m_tested->setTested(task->takeResult(), m_session->currency());
        // The VIPs' line in words: the group most shops ask about first.
        m_testedSentence->setText(
            m_tested->rowCount() > int(LoyaltyGroup::Vip) ? m_tested->sentence(int(LoyaltyGroup::Vip)) : QString());
        Q_EMIT testedReady();
    });
}

void RetentionPage::computeMonth()
{
    if (m_month->count() == 0)
        return;
    if (m_monthJob)
        m_monthJob->cancel();
    const MonthIndex month = MonthIndex(m_month->currentData().toInt());
    auto *task = Task<MonthFigures>::start(this,
                                           [path = m_session->path(), params = m_session->params(), month,
                                            cached = m_session->directory()](JobContext &) -> Result<MonthFigures> {
                                               Result<Analysis::OpenedInput> opened =
                                                   Analysis::openInputFrom(path, params, month);
                                               if (!opened)
                                                   return opened.error();
                                               MonthFigures figures;
                                               figures.rfm = Rfm::overviewAt(opened->input, params, month);
                                               CustomerQuery away;
                                               away.month = month;
                                               away.oneOrderAway = true;
                                               Result<CustomerList> list =
                                                   findCustomers(*opened->store, opened->input, params, away, cached);
                                               if (!list)
                                                   return list.error();
                                               figures.away = std::move(list).value();
                                               return figures;
                                           });
    m_monthJob = task;
    connect(task, &Job::succeeded, this, [this, task] {
        MonthFigures figures = task->takeResult();
        m_session->keepDirectory(figures.away.directory());
        m_rfmGrid->setOverview(figures.rfm, m_session->currency());
        m_rfmGroups->setOverview(figures.rfm, m_session->currency());
        m_away->setList(std::move(figures.away), m_session->currency());
        Q_EMIT rfmReady();
        Q_EMIT oneOrderAwayReady();
    });
}

void RetentionPage::listCustomers(const QString &title, std::function<Result<CustomerList>()> find)
{
    if (m_listJob)
        m_listJob->cancel();
    m_customers->clear();
    m_customersTitle->setText(tr("<b>%1</b>: finding them…").arg(title.toHtmlEscaped()));
    auto *task = Task<CustomerList>::start(this, [find = std::move(find)](JobContext &) { return find(); });
    m_listJob = task;
    connect(task, &Job::succeeded, this, [this, task, title] { showCustomers(title, task->takeResult()); });
    connect(task, &Job::failed, this,
            [this](const Error &error) { m_customersTitle->setText(appMessage(error).toHtmlEscaped()); });
}

void RetentionPage::showCustomers(const QString &title, CustomerList list)
{
    if (list.directory())
        m_session->keepDirectory(list.directory());
    m_customersTitle->setText(tr("<b>%1</b>: %Ln customer(s)", nullptr, int(std::min<qsizetype>(list.size(), INT_MAX)))
                                  .arg(title.toHtmlEscaped()));
    m_customers->setList(std::move(list), m_session->currency());
    Q_EMIT customersReady();
}

void RetentionPage::listCohortCell(int row, int column)
{
    const CohortCell *cell = m_cohorts->cell(row, column);
    if (!cell)
        return;
    const MonthIndex cohort = cell->cohort;
    const int offset = cell->offset;
    m_listedMonth = cell->month();
    m_exportName = QStringLiteral("cohort-%1-month-%2").arg(monthText(cohort)).arg(offset);
    const QString title = offset == 0
        ? tr("Customers whose first order was in %1").arg(monthText(cohort))
        : tr("Customers who first ordered in %1 and ordered in %2").arg(monthText(cohort), monthText(cell->month()));
    listCustomers(title,
                  [path = m_session->path(), params = m_session->params(), cohort, offset,
                   cached = m_session->directory()]() -> Result<CustomerList> {
                      Result<std::unique_ptr<Store>> store = Store::open(path, Store::OpenMode::ReadOnly);
                      if (!store)
                          return store.error();
                      return Cohorts::customersOf(**store, params, cohort, offset, cached);
                  });
}

void RetentionPage::listTested(int row, bool onlyReturned)
{
    if (row < 0 || row >= m_tested->rowCount())
        return;
    const TestedSegment segment = m_tested->segment(row);
    CustomerQuery query;
    query.month = m_tested->tested().month;
    switch (segment.kind) {
    case TestedSegment::Kind::Group: query.groups = {LoyaltyGroup(segment.segment)}; break;
    case TestedSegment::Kind::LifeCycle: query.lifeCycles = {LifeCycle(segment.segment)}; break;
    case TestedSegment::Kind::RfmGroup: query.rfmGroups = {RfmGroup(segment.segment)}; break;
    }
    m_testedSentence->setText(m_tested->sentence(row));
    m_listedMonth = query.month;
    m_exportName =
        QStringLiteral("tested-%1-%2")
            .arg(monthText(query.month), m_tested->data(m_tested->index(row, TestedModel::Segment)).toString());
    const QString segmentName = m_tested->data(m_tested->index(row, TestedModel::Segment)).toString();
    const int horizon = m_tested->tested().horizon;
    const QString title = onlyReturned ? tr("Customers who were %1 in %2 and bought again by %3")
                                             .arg(segmentName, monthText(query.month), monthText(query.month + horizon))
                                       : tr("Customers who were %1 in %2").arg(segmentName, monthText(query.month));
    if (onlyReturned)
        m_exportName += QStringLiteral("-bought-again");
    listCustomers(title,
                  [path = m_session->path(), params = m_session->params(), query, onlyReturned, horizon,
                   cached = m_session->directory()]() -> Result<CustomerList> {
                      Result<Analysis::OpenedInput> opened = Analysis::openInputFrom(path, params, query.month);
                      if (!opened)
                          return opened.error();
                      Result<CustomerList> list = findCustomers(*opened->store, opened->input, params, query, cached);
                      if (!list || !onlyReturned)
                          return list;
                      const std::vector<bool> returned = Retention::returnedAfter(opened->input, query.month, horizon);
                      return list->where(
                          [&returned](const CustomerSnapshot &s) { return bool(returned[size_t(s.customer)]); });
                  });
}

void RetentionPage::listRfmCell(int row, int column)
{
    CustomerQuery query;
    query.month = m_rfmGroups->overview().month;
    query.rfmCell = std::make_pair(RfmGridModel::recencyOf(row), RfmGridModel::frequencyMonetaryOf(column));
    m_listedMonth = query.month;
    m_exportName = QStringLiteral("rfm-%1-r%2-fm%3")
                       .arg(monthText(query.month))
                       .arg(query.rfmCell->first)
                       .arg(query.rfmCell->second);
    const QString title = tr("R %1, FM %2 in %3 (%4)")
                              .arg(query.rfmCell->first)
                              .arg(query.rfmCell->second)
                              .arg(monthText(query.month),
                                   DisplayFormat::rfmGroup(Rfm::groupOf(query.rfmCell->first, query.rfmCell->second)));
    listCustomers(title,
                  [path = m_session->path(), params = m_session->params(), query, cached = m_session->directory()] {
                      return monthCustomers(path, params, query, cached);
                  });
}

void RetentionPage::listRfmGroup(int row)
{
    if (row < 0 || row >= kRfmGroupCount)
        return;
    CustomerQuery query;
    query.month = m_rfmGroups->overview().month;
    query.rfmGroups = {RfmGroupsModel::groupOf(row)};
    m_listedMonth = query.month;
    const QString group = DisplayFormat::rfmGroup(RfmGroupsModel::groupOf(row));
    m_exportName = QStringLiteral("rfm-%1-%2").arg(monthText(query.month), group);
    listCustomers(tr("%1 in %2").arg(group, monthText(query.month)),
                  [path = m_session->path(), params = m_session->params(), query, cached = m_session->directory()] {
                      return monthCustomers(path, params, query, cached);
                  });
}

void RetentionPage::listOneOrderAway(int row)
{
    if (row < 0 || row >= m_away->rowCount())
        return;
    // The month's list is in memory already: no work off the GUI thread needed.
    if (m_listJob)
        m_listJob->cancel();
    m_listedMonth = m_rfmGroups->overview().month;
    m_exportName = QStringLiteral("one-order-away-%1-%2").arg(monthText(m_listedMonth), m_away->title(row));
    showCustomers(tr("%1 in %2").arg(m_away->title(row), monthText(m_listedMonth)), m_away->customersOf(row));
}

void RetentionPage::exportCustomers()
{
    QString name = m_exportName.toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    ExportDialog dialog(m_customers->list(), m_session->currency(), name, this);
    // The list is of this store as it is now: another store, or a change to this one, closes it.
    connect(m_session, &StoreSession::storeChanged, &dialog, &QDialog::reject);
    connect(m_session, &StoreSession::loaded, &dialog, &QDialog::reject);
    dialog.exec();
}

} // namespace Patronage
