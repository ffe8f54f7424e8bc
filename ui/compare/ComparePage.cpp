#include "ui/compare/ComparePage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "core/jobs/Job.h"
#include "core/report/MigrationMatrix.h"
#include "core/segment/Rules.h"
#include "core/store/Store.h"
#include "ui/AppText.h"
#include "ui/DisplayFormat.h"
#include "ui/ReadOnlyTable.h"
#include "ui/StoreSession.h"
#include "ui/compare/GroupComparisonModel.h"
#include "ui/compare/MatrixModel.h"
#include "ui/export/ExportDialog.h"
#include "ui/segments/CustomerDetailDialog.h"
#include "ui/segments/CustomerTableModel.h"

namespace Patronage {

namespace {

// Orders are whole: a cut-off of 4.44 orders reads "from 5 orders" (the exact values on hover).
QString cutoffs(const MonthResult *m)
{
    if (!m)
        return QStringLiteral("–");
    const auto whole = [](std::optional<double> v) {
        return v ? QLocale().toString(Rules::ordersNeeded(*v)) : QStringLiteral("–");
    };
    return ComparePage::tr("%1: Frequent Buyer from %2 orders, VIP from %3")
        .arg(monthText(m->month), whole(m->frequentFrom), whole(m->vipFrom));
}

QString exactCutoffs(const MonthResult *m)
{
    if (!m)
        return {};
    const auto real = [](std::optional<double> v) { return v ? QLocale().toString(*v, 'f', 6) : QStringLiteral("–"); };
    return ComparePage::tr("%1: F = %2, V = %3").arg(monthText(m->month), real(m->frequentFrom), real(m->vipFrom));
}

QTableView *plainTable(QAbstractItemModel *model, QWidget *parent)
{
    QTableView *view = readOnlyTable(model, QString(), parent);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return view;
}

} // namespace

ComparePage::ComparePage(StoreSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_groups(new GroupComparisonModel(this))
    , m_cutoffs(new QLabel(this))
    , m_matrix(new MatrixModel(this))
    , m_matrixView(plainTable(m_matrix, this))
    , m_moversTitle(new QLabel(this))
    , m_movers(new CustomerTableModel(this))
{
    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_cutoffs->setObjectName(QStringLiteral("cutoffs"));
    m_to->setObjectName(QStringLiteral("compareTo"));
    m_matrixView->setObjectName(QStringLiteral("matrix"));
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->setMinimumHeight(180);
    // Several cells (a whole row: everyone who left a group) list their customers together.
    m_matrixView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *groupsView = plainTable(m_groups, this);
    groupsView->setObjectName(QStringLiteral("groupComparison"));
    // Exactly its four rows: the room below goes to the matrix and the customers.
    groupsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    groupsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    groupsView->setFixedHeight(groupsView->horizontalHeader()->sizeHint().height()
                               + kGroupCount * groupsView->verticalHeader()->defaultSectionSize()
                               + 2 * groupsView->frameWidth());
    auto *moversView = plainTable(m_movers, this);
    moversView->setObjectName(QStringLiteral("movers"));
    moversView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    moversView->horizontalHeader()->setStretchLastSection(true);
    moversView->verticalHeader()->hide();
    moversView->setSortingEnabled(true);
    moversView->sortByColumn(-1, Qt::AscendingOrder); // the list's own order (highest revenue first) until asked
    moversView->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *exportButton = new QPushButton(tr("Export…"), this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Compare month A"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("with month B"), this));
    controls->addWidget(m_to);
    controls->addStretch();
    // The matrix and its customers share the height; the split can be dragged.
    auto *moversPane = new QWidget(this);
    auto *moversLayout = new QVBoxLayout(moversPane);
    moversLayout->setContentsMargins(0, 0, 0, 0);
    auto *moversHeader = new QHBoxLayout;
    moversHeader->addWidget(m_moversTitle, 1);
    moversHeader->addWidget(exportButton);
    moversLayout->addLayout(moversHeader);
    moversLayout->addWidget(moversView, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("compareSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_matrixView);
    split->addWidget(moversPane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(groupsView);
    layout->addWidget(m_cutoffs);
    layout->addWidget(
        new QLabel(tr("<b>Who moved</b> (rows: group at A, or new; columns: group at B, or gone)"), this));
    layout->addWidget(split, 1);

    connect(m_from, &QComboBox::currentIndexChanged, this, &ComparePage::compare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ComparePage::compare);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ComparePage::listSelectedCells);
    connect(this, &ComparePage::moversReady, moversView, [moversView] {
        // Columns fit what they hold; the last one takes the rest.
        moversView->resizeColumnsToContents();
    });
    connect(exportButton, &QPushButton::clicked, this, &ComparePage::exportMovers);
    // Enter, or a double-click, opens a listed customer's detail at month B (at A for those gone by B).
    connect(moversView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Movement *movement = index.isValid() ? m_movers->list().movement(index.row()) : nullptr;
        if (!movement)
            return;
        const bool gone = !movement->to;
        const MonthIndex month = MonthIndex((gone ? m_from : m_to)->currentData().toInt());
        auto *dialog = new CustomerDetailDialog(m_session, m_movers->list().row(index.row()), month, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_session, &StoreSession::storeChanged, dialog, &CustomerDetailDialog::forgetStore);
        dialog->show();
    });
    connect(session, &StoreSession::loaded, this, &ComparePage::reloadMonths);
    connect(session, &StoreSession::storeChanged, this, &ComparePage::clear);
    clear();
    reloadMonths();
}

// Nothing of the store that was open stays: months, figures, matrix, customers.
void ComparePage::clear()
{
    for (Job *job : {m_compareJob.data(), m_moversJob.data()}) {
        if (job)
            job->cancel();
    }
    for (QComboBox *combo : {m_from, m_to}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
    }
    m_groups->clear();
    m_cutoffs->clear();
    m_matrix->clear();
    m_movers->clear();
    m_listedCells.clear();
    m_moversTitle->setText(tr("Click a cell of the matrix to list its customers (Ctrl or Shift for several)."));
}

void ComparePage::reloadMonths()
{
    const bool hadMonths = m_from->count() > 0 && m_to->count() > 0;
    const auto keptFrom = MonthIndex(m_from->currentData().toInt());
    const auto keptTo = MonthIndex(m_to->currentData().toInt());
    const QList<MonthResult> &months = m_session->months();
    for (QComboBox *combo : {m_from, m_to}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const MonthResult &m : months)
            combo->addItem(DisplayFormat::month(m.month, m_session->snapshot().dataDay), m.month);
    }
    if (months.isEmpty())
        return;
    // After a reload of the same store (an import, a forgotten customer) the months stay as they were.
    if (hadMonths && m_from->findData(keptFrom) >= 0 && m_to->findData(keptTo) >= 0) {
        setMonths(keptFrom, keptTo);
        return;
    }
    // The latest month against twelve months earlier (or the first).
    m_listedCells.clear();
    const MonthIndex latest = months.last().month;
    const int from = m_from->findData(latest - 12);
    setMonths(MonthIndex(m_from->itemData(from >= 0 ? from : 0).toInt()), latest);
}

void ComparePage::setMonths(MonthIndex from, MonthIndex to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(to)));
    compare();
}

void ComparePage::compare()
{
    const MonthIndex from = MonthIndex(m_from->currentData().toInt());
    const MonthIndex to = MonthIndex(m_to->currentData().toInt());
    const MonthResult *a = m_session->month(from);
    const MonthResult *b = m_session->month(to);
    if (!a || !b)
        return;
    m_groups->setMonths(*a, *b);
    m_cutoffs->setText(tr("Cut-offs. A, %1. B, %2.").arg(cutoffs(a), cutoffs(b)));
    m_cutoffs->setToolTip(tr("The exact cut-offs: A, %1; B, %2").arg(exactCutoffs(a), exactCutoffs(b)));
    if (from >= to) {
        m_matrix->clear();
        m_moversTitle->setText(tr("Pick an earlier month A than B to see who moved."));
        return;
    }
    if (m_compareJob)
        m_compareJob->cancel();
    auto *task = Task<MigrationMatrix>::start(
        this,
        [path = m_session->path(), params = m_session->params(), from, to](JobContext &) -> Result<MigrationMatrix> {
            const Result<Analysis::OpenedInput> opened = Analysis::openInputFrom(path, params, from);
            if (!opened)
                return opened.error();
            return compareMonths(opened->input, params, from, to);
        });
    m_compareJob = task;
    connect(task, &Job::failed, this, [this](const Error &error) {
        m_matrix->clear();
        m_moversTitle->setText(appMessage(error).toHtmlEscaped());
        Q_EMIT matrixFailed(appMessage(error));
    });
    connect(task, &Job::succeeded, this, [this, task] {
        m_matrix->setMatrix(task->result(), m_session->currency());
        Q_EMIT matrixReady();
        // The cells listed before list their customers again, as they are now.
        if (!m_listedCells.isEmpty())
            listCells(m_listedCells);
    });
}

void ComparePage::listSelectedCells()
{
    QList<QPoint> cells;
    for (const QModelIndex &index : m_matrixView->selectionModel()->selectedIndexes()) {
        if (MigrationMatrix::isPossible(index.row(), index.column()))
            cells.append(QPoint(index.column(), index.row()));
    }
    std::sort(cells.begin(), cells.end(),
              [](QPoint a, QPoint b) { return std::pair(a.y(), a.x()) < std::pair(b.y(), b.x()); });
    if (cells.isEmpty() || cells == m_listedCells)
        return;
    listCells(cells);
}

void ComparePage::listCells(const QList<QPoint> &cells)
{
    const MonthIndex from = MonthIndex(m_from->currentData().toInt());
    const MonthIndex to = MonthIndex(m_to->currentData().toInt());
    m_listedCells = cells;
    QList<Movement> movements;
    QStringList phrases;
    for (const QPoint &cell : cells) {
        const Movement movement{MatrixModel::rowGroup(cell.y()), MatrixModel::columnGroup(cell.x())};
        movements.append(movement);
        const QString fromText = movement.from ? DisplayFormat::group(*movement.from) : tr("New");
        const QString toText = movement.to ? DisplayFormat::group(*movement.to) : tr("gone");
        phrases.append(tr("%1 → %2").arg(fromText, toText));
    }
    const QString what = cells.size() <= 3
        ? tr("<b>%1</b> (%2 to %3)").arg(phrases.join(QStringLiteral(", ")), monthText(from), monthText(to))
        : tr("<b>%1 cells</b> (%2 to %3)")
              .arg(QLocale().toString(qint64(cells.size())), monthText(from), monthText(to));
    m_moversTitle->setText(tr("%1: finding them…").arg(what));
    m_movers->clear(); // the rows of the cells listed before go at once
    if (m_moversJob)
        m_moversJob->cancel();
    auto *task = Task<CustomerList>::start(
        this,
        [path = m_session->path(), params = m_session->params(), from, to, movements,
         cached = m_session->directory()](JobContext &) -> Result<CustomerList> {
            Result<Analysis::OpenedInput> opened = Analysis::openInputFrom(path, params, from);
            if (!opened)
                return opened.error();
            return Patronage::movers(*opened->store, opened->input, params, from, to, movements, cached);
        });
    m_moversJob = task;
    connect(task, &Job::failed, this,
            [this](const Error &error) { m_moversTitle->setText(appMessage(error).toHtmlEscaped()); });
    connect(task, &Job::succeeded, this, [this, task, what] {
        CustomerList list = task->takeResult();
        m_session->keepDirectory(list.directory());
        m_moversTitle->setText(tr("%1: %Ln customer(s)", nullptr, int(list.size())).arg(what));
        m_movers->setList(std::move(list), m_session->currency());
        Q_EMIT moversReady();
    });
}

void ComparePage::exportMovers()
{
    ExportDialog dialog(m_movers->list(), m_session->currency(), QStringLiteral("moved-customers"), this);
    // The list is of this store as it is now: another store, or a change to this one, closes it.
    connect(m_session, &StoreSession::storeChanged, &dialog, &QDialog::reject);
    connect(m_session, &StoreSession::loaded, &dialog, &QDialog::reject);
    dialog.exec();
}

} // namespace Patronage
