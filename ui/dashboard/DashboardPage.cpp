#include "ui/dashboard/DashboardPage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedLayout>

#include <algorithm>

#include "core/report/ReportTable.h"
#include "ui/DisplayFormat.h"
#include "ui/StoreSession.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/MonthTableModel.h"
#include "ui/dashboard/MonthTiles.h"
#include "ui/dashboard/charts/ChartPanel.h"
#include "ui/dashboard/charts/MonthCharts.h"

namespace Patronage {

namespace {

QLabel *makeTile(const QString &name, QWidget *parent)
{
    auto *tile = new QLabel(parent);
    tile->setObjectName(name);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setMinimumWidth(170);
    tile->setMargin(10);
    tile->setTextFormat(Qt::RichText);
    tile->setWordWrap(true); // the changes line never runs out of the tile
    return tile;
}

QString tileText(const MonthTile &tile)
{
    return QStringLiteral("<div style='color:#555'>%1</div><div style='font-size:20pt; font-weight:600'>%2</div>"
                          "<div style='color:#555'>%3</div><div style='color:#555'>%4</div>")
        .arg(tile.title.toHtmlEscaped(), tile.value.toHtmlEscaped(), tile.detail.toHtmlEscaped(),
             tile.changes.toHtmlEscaped());
}

} // namespace

DashboardPage::DashboardPage(StoreSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MonthTableModel(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_month(new QComboBox(this))
    , m_stack(new QStackedLayout)
    , m_empty(new QLabel(this))
    , m_partialNote(new QLabel(this))
{
    m_from->setObjectName(QStringLiteral("fromMonth"));
    m_to->setObjectName(QStringLiteral("toMonth"));
    m_month->setObjectName(QStringLiteral("selectedMonth"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Months from"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addSpacing(24);
    controls->addWidget(new QLabel(tr("Selected month"), this));
    controls->addWidget(m_month);
    controls->addStretch();

    auto *tiles = new QHBoxLayout;
    for (const char *name : {"tileCustomers", "tileRepeatRate", "tileVipShare", "tileGuestRevenue"}) {
        m_tiles.append(makeTile(QString::fromLatin1(name), this));
        tiles->addWidget(m_tiles.last());
    }
    tiles->addStretch();

    const DashboardCharts charts = makeDashboardCharts(m_model, this);
    ChartPanel *sizes = charts.sizes;
    ChartPanel *shares = charts.shares;
    ChartPanel *lifeCycles = charts.lifeCycles;
    auto *shareKind = new QComboBox(shares);
    shareKind->setObjectName(QStringLiteral("shareKind"));
    shareKind->addItem(tr("All revenue so far"), int(MonthTableModel::CumulativeShare));
    shareKind->addItem(tr("The month's revenue"), int(MonthTableModel::MonthShare));
    shares->addHeaderWidget(shareKind);
    connect(shareKind, &QComboBox::currentIndexChanged, this,
            [shares, shareKind] { MonthCharts::showColumns(shares, shareKind->currentData().toInt(), kGroupCount); });
    m_charts = charts.all();
    connectBars(sizes, true, false);
    connectBars(shares, true, true);
    connectBars(lifeCycles, false, false);

    auto *grid = new QGridLayout;
    grid->addWidget(sizes, 0, 0);
    grid->addWidget(shares, 0, 1);
    grid->addWidget(charts.drift, 1, 0);
    grid->addWidget(lifeCycles, 1, 1);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(tiles);
    contentLayout->addLayout(grid, 1);
    m_partialNote->setObjectName(QStringLiteral("partialMonthNote"));
    contentLayout->addWidget(m_partialNote);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(m_stack, 1);

    connect(m_from, &QComboBox::currentIndexChanged, this, &DashboardPage::applyRange);
    connect(m_to, &QComboBox::currentIndexChanged, this, &DashboardPage::applyRange);
    connect(m_month, &QComboBox::currentIndexChanged, this, &DashboardPage::updateTiles);
    connect(session, &StoreSession::loaded, this, &DashboardPage::reload);
    connect(session, &StoreSession::storeChanged, this, &DashboardPage::clear);
    connect(session, &StoreSession::loadingStarted, this, [this] {
        if (m_session->months().isEmpty()) {
            m_empty->setText(tr("Working out your customers' groups…"));
            m_stack->setCurrentWidget(m_empty);
        }
    });
    reload();
}

MonthIndex DashboardPage::selectedMonth() const
{
    return MonthIndex(m_month->currentData().toInt());
}

void DashboardPage::selectMonth(MonthIndex month)
{
    const int index = m_month->findData(month);
    if (index >= 0)
        m_month->setCurrentIndex(index);
}

void DashboardPage::connectBars(ChartPanel *panel, bool groups, bool percent)
{
    // Exact values in tooltips; a click on a group opens its customers.
    connect(panel, &ChartPanel::barHovered, this,
            [this, panel, groups, percent](bool on, int row, int barSet, double value) {
                if (!on)
                    return; // the tip goes when the pointer leaves the month

                const QString name =
                    groups ? DisplayFormat::group(LoyaltyGroup(barSet)) : DisplayFormat::lifeCycle(LifeCycle(barSet));
                const QString text =
                    percent ? QLocale().toString(value, 'f', 1) + QLatin1Char('%') : QLocale().toString(qint64(value));
                panel->showBarToolTip(
                    row,
                    QStringLiteral("%1, %2: %3")
                        .arg(name, m_model->index(row, MonthTableModel::Month).data(Qt::ToolTipRole).toString(), text));
            });
    if (groups) {
        connect(panel, &ChartPanel::barClicked, this, [this](int row, int barSet) {
            if (barSet >= 0 && row < m_model->months().size())
                Q_EMIT openSegment(LoyaltyGroup(barSet), m_model->months().at(row).month);
        });
    }
}

void DashboardPage::reload()
{
    const QList<MonthResult> &months = m_session->months();
    if (months.isEmpty()) {
        m_empty->setText(m_session->isLoading() ? tr("Working out your customers' groups…")
                                                : tr("No orders yet.\nImport an order export (File › Import Orders…) "
                                                     "to see your customers' loyalty groups month by month."));
        m_stack->setCurrentWidget(m_empty);
        m_model->setMonths({}, m_session->currency());
        return;
    }
    m_stack->setCurrentIndex(0);
    const MonthIndex keepMonth = m_month->count() ? selectedMonth() : months.last().month;
    for (QComboBox *combo : {m_from, m_to, m_month}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const MonthResult &m : months)
            combo->addItem(DisplayFormat::month(m.month, m_session->snapshot().dataDay), m.month);
    }
    // Two years up to the latest month by default.
    m_from->setCurrentIndex(std::max(0, int(months.size()) - 24));
    m_to->setCurrentIndex(int(months.size()) - 1);
    const int monthIndex = m_month->findData(keepMonth);
    m_month->setCurrentIndex(monthIndex >= 0 ? monthIndex : m_month->count() - 1);
    applyRange();
}

// Nothing of the store that was open stays: its months, charts and tiles.
void DashboardPage::clear()
{
    for (QComboBox *combo : {m_from, m_to, m_month}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
    }
    m_model->setMonths({}, {});
    m_partialNote->clear();
    for (QLabel *tile : std::as_const(m_tiles))
        tile->clear();
    m_empty->setText(tr("Working out your customers' groups…"));
    m_stack->setCurrentWidget(m_empty);
}

void DashboardPage::applyRange()
{
    const MonthIndex from = MonthIndex(m_from->currentData().toInt());
    const MonthIndex to = MonthIndex(m_to->currentData().toInt());
    QList<MonthResult> range;
    for (const MonthResult &m : m_session->months()) {
        if (m.month >= from && m.month <= to)
            range.append(m);
    }
    m_model->setMonths(range, m_session->currency(), m_session->snapshot().dataDay);
    if (m_model->hasPartialMonth() && m_session->snapshot().dataDay) {
        m_partialNote->setText(tr("* %1 holds the orders to %2, the last day of the data.")
                                   .arg(monthText(m_session->months().last().month),
                                        DisplayFormat::dayInWords(*m_session->snapshot().dataDay)));
    } else {
        m_partialNote->clear();
    }
    updateTiles();
}

void DashboardPage::updateTiles()
{
    const QList<MonthTile> tiles = monthTiles(m_session->snapshot(), selectedMonth());
    for (qsizetype i = 0; i < tiles.size() && i < m_tiles.size(); ++i)
        m_tiles[i]->setText(tileText(tiles[i]));
}

} // namespace Patronage
