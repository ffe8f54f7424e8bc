#include "ui/retention/RetentionPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
#include "ui/ReadOnlyTable.h"
#include "ui/StoreSession.h"
#include "ui/retention/CohortModel.h"
#include "ui/retention/ListedCustomers.h"
#include "ui/retention/OneOrderAwayModel.h"
#include "ui/retention/RfmModels.h"
#include "ui/retention/TestedModel.h"
#include "ui/segments/CustomerTableModel.h"

namespace Patronage {

namespace {

QTableView *tableOf(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    QTableView *view = readOnlyTable(model, name, parent);
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
    , m_listed(new ListedCustomers(session, this))
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
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_views);
    split->addWidget(m_listed);
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
    connect(m_listed, &ListedCustomers::listed, this, &RetentionPage::customersReady);
    connect(session, &StoreSession::storeChanged, this, &RetentionPage::clear);
    connect(session, &StoreSession::loaded, this, [this] {
        m_stale = true;
        reloadMonths();
        if (isVisible())
            recompute();
    });
    clear();
}

CustomerTableModel *RetentionPage::customers() const
{
    return m_listed->model();
}

bool RetentionPage::isWorking() const
{
    return m_cohortJob || m_testedJob || m_monthJob || m_listed->isWorking();
}

// Nothing of the store that was open stays: months, grids, tables, customers.
void RetentionPage::clear()
{
    for (Job *job : {m_cohortJob.data(), m_testedJob.data(), m_monthJob.data()}) {
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
    m_listed->clear();
    m_testedSentence->clear();
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
    connect(task, &Job::failed, this, [this](const Error &error) { m_listed->showMessage(appMessage(error)); });
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

void RetentionPage::listCohortCell(int row, int column)
{
    const CohortCell *cell = m_cohorts->cell(row, column);
    if (!cell)
        return;
    const MonthIndex cohort = cell->cohort;
    const int offset = cell->offset;
    const QString title = offset == 0
        ? tr("Customers whose first order was in %1").arg(monthText(cohort))
        : tr("Customers who first ordered in %1 and ordered in %2").arg(monthText(cohort), monthText(cell->month()));
    m_listed->find({title, QStringLiteral("cohort-%1-month-%2").arg(monthText(cohort)).arg(offset), cell->month()},
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
    const QString segmentName = m_tested->data(m_tested->index(row, TestedModel::Segment)).toString();
    const int horizon = m_tested->tested().horizon;
    ListedCustomers::Listing listing{tr("Customers who were %1 in %2").arg(segmentName, monthText(query.month)),
                                     QStringLiteral("tested-%1-%2").arg(monthText(query.month), segmentName),
                                     query.month};
    if (onlyReturned) {
        listing.title = tr("Customers who were %1 in %2 and bought again by %3")
                            .arg(segmentName, monthText(query.month), monthText(query.month + horizon));
        listing.exportName += QStringLiteral("-bought-again");
        query.boughtAgainWithin = horizon;
    }
    m_listed->findAtMonth(listing, query);
}

void RetentionPage::listRfmCell(int row, int column)
{
    CustomerQuery query;
    query.month = m_rfmGroups->overview().month;
    const int r = RfmGridModel::recencyOf(row);
    const int fm = RfmGridModel::frequencyMonetaryOf(column);
    query.rfmCell = std::make_pair(r, fm);
    const QString title = tr("R %1, FM %2 in %3 (%4)")
                              .arg(r)
                              .arg(fm)
                              .arg(monthText(query.month), DisplayFormat::rfmGroup(Rfm::groupOf(r, fm)));
    m_listed->findAtMonth(
        {title, QStringLiteral("rfm-%1-r%2-fm%3").arg(monthText(query.month)).arg(r).arg(fm), query.month}, query);
}

void RetentionPage::listRfmGroup(int row)
{
    if (row < 0 || row >= kRfmGroupCount)
        return;
    CustomerQuery query;
    query.month = m_rfmGroups->overview().month;
    query.rfmGroups = {RfmGroupsModel::groupOf(row)};
    const QString group = DisplayFormat::rfmGroup(RfmGroupsModel::groupOf(row));
    m_listed->findAtMonth({tr("%1 in %2").arg(group, monthText(query.month)),
                           QStringLiteral("rfm-%1-%2").arg(monthText(query.month), group), query.month},
                          query);
}

void RetentionPage::listOneOrderAway(int row)
{
    if (row < 0 || row >= m_away->rowCount())
        return;
    // The month's list is in memory already: no work off the GUI thread needed.
    const MonthIndex month = m_rfmGroups->overview().month;
    m_listed->show({tr("%1 in %2").arg(m_away->title(row), monthText(month)),
                    QStringLiteral("one-order-away-%1-%2").arg(monthText(month), m_away->title(row)), month},
                   m_away->customersOf(row));
}

} // namespace Patronage
