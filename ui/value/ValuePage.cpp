#include "ui/value/ValuePage.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/jobs/Job.h"
#include "core/report/ValueReports.h"
#include "ui/AppText.h"
#include "ui/DisplayFormat.h"
#include "ui/ReadOnlyTable.h"
#include "ui/StoreSession.h"
#include "ui/dashboard/charts/ChartPanel.h"
#include "ui/dashboard/charts/MonthCharts.h"
#include "ui/value/SeriesModel.h"
#include "ui/value/ValueFigures.h"

namespace Patronage {

namespace {

QTableView *tableOf(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    QTableView *view = readOnlyTable(model, name, parent);
    // Every column as wide as its title and figures, in any language; the last takes the rest.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // As tall as its rows: the charts take the rest of the page.
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return view;
}

} // namespace

ValuePage::ValuePage(StoreSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_byGroup(new QStandardItemModel(this))
    , m_byLifeCycle(new QStandardItemModel(this))
    , m_risk(new QStandardItemModel(this))
    , m_alive(new SeriesModel({tr("Customers")}, this))
    , m_backtest(new SeriesModel({tr("Actual"), tr("Predicted")}, this))
    , m_riskView(tableOf(m_risk, QStringLiteral("churnRisk"), this))
    , m_aliveChart(
          new ChartPanel(tr("How likely customers are still customers"),
                         MonthCharts::stackedBars(m_alive, 0, 1, 1, {QColor(0x4E79A7)}, false, tr("Customers")), this))
    , m_backtestChart(new ChartPanel(
          tr("Back-test: repeat purchase days after the as-of date"),
          MonthCharts::lines(m_backtest, 0,
                             {{1, tr("Actual"), QColor(0x4E79A7), false}, {2, tr("Predicted"), QColor(0xF28E2B), true}},
                             tr("Cumulative")),
          this))
    , m_backtestText(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("valueSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_backtestText->setObjectName(QStringLiteral("backtestSummary"));
    m_backtestText->setWordWrap(true);
    m_aliveChart->setLegendVisible(false); // one series: its axis says what it counts
    // Tall enough that the chart's labels are never cut, at 1024x700 too.
    m_aliveChart->setMinimumHeight(250);
    m_backtestChart->setMinimumHeight(230);
    m_riskView->setToolTip(tr("Click a cell to list those customers, ready to export"));
    auto *byGroup = tableOf(m_byGroup, QStringLiteral("valueByGroup"), this);
    auto *byLifeCycle = tableOf(m_byLifeCycle, QStringLiteral("valueByLifeCycle"), this);

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Expected in the next 52 weeks, by loyalty group</b>"), this));
    left->addWidget(byGroup);
    left->addWidget(new QLabel(tr("<b>… and by life cycle</b>"), this));
    left->addWidget(byLifeCycle);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>Churn risk</b>: customers by group and risk (click to list them)"), this));
    right->addWidget(m_riskView);
    right->addWidget(m_aliveChart, 1);
    auto *bottom = new QVBoxLayout;
    bottom->addWidget(m_backtestChart, 1);
    bottom->addWidget(m_backtestText);
    auto *grid = new QGridLayout;
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->addLayout(bottom, 1, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    // On a small screen the page scrolls rather than squeeze its charts' labels away.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_summary);
    contentLayout->addLayout(grid, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_riskView, &QTableView::clicked, this, &ValuePage::riskClicked);
    // Worked out when the page is shown: it reads the whole history, which the other pages need not.
    connect(session, &StoreSession::loaded, this, [this] {
        m_stale = true;
        if (isVisible())
            recompute();
    });
    connect(session, &StoreSession::storeChanged, this, &ValuePage::clear);
    clear();
}

// Nothing of the store that was open stays.
void ValuePage::clear()
{
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    m_overview.reset();
    m_stale = false;
    for (QStandardItemModel *model : {m_byGroup, m_byLifeCycle, m_risk})
        model->clear();
    m_alive->clear();
    m_backtest->clear();
    m_summary->setText(m_session->isOpen() ? tr("Working out what customers are worth…") : QString());
    m_backtestText->clear();
}

void ValuePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recompute();
}

void ValuePage::recompute()
{
    m_stale = false;
    if (m_job)
        m_job->cancel();
    const QList<MonthResult> &months = m_session->months();
    if (months.isEmpty()) {
        clear();
        return;
    }
    m_summary->setText(tr("Working out what customers are worth…"));
    const MonthIndex month = months.last().month;
    auto *task = Task<ValueAnalysis::ValueOverview>::start(
        this,
        [path = m_session->path(), params = m_session->params(), month, directory = m_session->directory(),
         values = m_session->values(ValueAnalysis::asOfDayOfMonth(month, m_session->snapshot().dataDay))](
            JobContext &) { return ValueAnalysis::overview(path, params, month, std::nullopt, directory, values); });
    m_job = task;
    connect(task, &Job::succeeded, this, [this, task, generation = m_session->generation()] {
        m_job = nullptr;
        if (generation != m_session->generation())
            return; // of the store as it was before a change: the page is worked out again
        show(task->takeResult());
    });
    connect(task, &Job::failed, this, [this](const Error &error) {
        m_job = nullptr;
        m_summary->setText(appMessage(error).toHtmlEscaped());
    });
}

void ValuePage::show(ValueAnalysis::ValueOverview overview)
{
    m_session->keepDirectory(overview.customers.directory());
    m_session->keepValues(overview.values);
    m_overview = std::move(overview);
    const ValueAnalysis::ValueOverview &o = *m_overview;
    m_summary->setText(ValueFigures::summary(o, m_session->currency()));
    fillBreakdowns();
    fillCharts();
    Q_EMIT ready();
}

void ValuePage::fillBreakdowns()
{
    const ValueBreakdown &b = m_overview->breakdown;
    const Currency &currency = m_session->currency();
    ValueFigures::fillByGroup(m_byGroup, b, currency);
    ValueFigures::fillByLifeCycle(m_byLifeCycle, b, currency);
    ValueFigures::fillRisk(m_risk, b, currency);
}

void ValuePage::fillCharts()
{
    const ValueAnalysis::ValueOverview &o = *m_overview;
    std::vector<SeriesModel::Row> alive;
    for (int bin = 0; bin < ValueBreakdown::kAliveBins; ++bin) {
        // Each bin by where it starts ("90%": 90 to 100%), short enough for a small chart.
        alive.push_back(
            {QLocale().toString(bin * 10) + QLocale().percent(), {double(o.breakdown.aliveHistogram[size_t(bin)])}});
    }
    m_alive->setRows(o.noPrediction ? std::vector<SeriesModel::Row>() : std::move(alive));

    std::vector<SeriesModel::Row> weeks;
    if (o.backtest) {
        for (const Predict::BacktestWeek &week : o.backtest->weeks)
            weeks.push_back({tr("Week %1").arg(week.week), {double(week.actual), week.predicted}});
    }
    m_backtest->setRows(std::move(weeks));
    m_backtestText->setText(ValueFigures::backtestInWords(o));
}

void ValuePage::riskClicked(const QModelIndex &index)
{
    if (!m_overview || m_overview->noPrediction || !index.isValid())
        return;
    const std::optional<LoyaltyGroup> group =
        index.row() < kGroupCount ? std::optional<LoyaltyGroup>(LoyaltyGroup(index.row())) : std::nullopt;
    Q_EMIT openRisk(group, ValueFigures::kRisks[size_t(index.column())], m_overview->month);
}

bool ValuePage::isWorking() const
{
    return !m_job.isNull();
}

QString ValuePage::summary() const
{
    return m_summary->text();
}

QString ValuePage::backtestSummary() const
{
    return m_backtestText->text();
}

} // namespace Patronage
