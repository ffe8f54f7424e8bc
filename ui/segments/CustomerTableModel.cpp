#include "ui/segments/CustomerTableModel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

#include "core/jobs/Job.h"
#include "ui/DisplayFormat.h"

namespace Patronage {

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CustomerFigure CustomerTableModel::figureOf(int column) const
{
    return m_list.figures().at(column).figure;
}

int CustomerTableModel::columnOf(CustomerFigure figure) const
{
    const QList<CustomerFigureInfo> &figures = m_list.figures();
    for (int column = 0; column < figures.size(); ++column) {
        if (figures[column].figure == figure)
            return column;
    }
    return -1;
}

void CustomerTableModel::show(CustomerList list)
{
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
}

void CustomerTableModel::setList(CustomerList list, const Currency &currency)
{
    if (m_sort)
        m_sort->cancel(); // a sort of the old rows must not bring them back
    m_currency = currency;
    // A list starts highest revenue first: asked for that, it is sorted already. Asked for
    // another order, the rows show once sorted, so the header's arrow never lies.
    const QList<CustomerFigureInfo> &figures = list.figures();
    const bool shownSorted = !m_sortedBy || *m_sortedBy == std::make_pair(CustomerFigure::Revenue, true)
        || std::none_of(figures.begin(), figures.end(),
                        [this](const CustomerFigureInfo &f) { return f.figure == m_sortedBy->first; });
    if (shownSorted) {
        show(std::move(list));
        return;
    }
    show(CustomerList());
    startSort(std::move(list), m_sortedBy->first, m_sortedBy->second);
}

void CustomerTableModel::clear()
{
    if (m_sort)
        m_sort->cancel();
    m_currency = Currency();
    show(CustomerList());
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.figures().size());
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CustomerFigure figure = figureOf(index.column());
    const FigureKind kind = CustomerFigures::info(figure).kind;
    if (role == Qt::TextAlignmentRole
        && (kind == FigureKind::Count || kind == FigureKind::Money || kind == FigureKind::Days
            || kind == FigureKind::Probability || kind == FigureKind::Expected || kind == FigureKind::PredictedMoney
            || kind == FigureKind::Score))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (kind == FigureKind::EarlierGroup) {
        const Movement *movement = m_list.movement(index.row());
        if (!movement || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        if (!movement->from)
            return role == Qt::DisplayRole ? tr("New") : tr("Had not ordered by the earlier month");
        return role == Qt::DisplayRole ? DisplayFormat::group(*movement->from)
                                       : DisplayFormat::groupMeaning(*movement->from);
    }
    if (role == Qt::ToolTipRole && kind == FigureKind::RfmGroup) {
        const RfmScore *rfm = m_list.rfm(index.row());
        return rfm ? DisplayFormat::rfmGroupMeaning(rfm->group) : QVariant();
    }
    if (role == Qt::ToolTipRole && (kind == FigureKind::Group || kind == FigureKind::LifeCycle)) {
        const qint64 value = CustomerFigures::number(m_list.snapshot(index.row()), figure);
        return kind == FigureKind::Group ? DisplayFormat::groupMeaning(LoyaltyGroup(value))
                                         : DisplayFormat::lifeCycleMeaning(LifeCycle(value));
    }
    if (role != Qt::DisplayRole)
        return {};
    const CustomerRow row = m_list.row(index.row());
    switch (kind) {
    case FigureKind::Count:
    case FigureKind::Days: return QLocale().toString(CustomerFigures::number(row, figure));
    case FigureKind::Money: return DisplayFormat::money(CustomerFigures::number(row, figure), m_currency);
    case FigureKind::Probability:
        return row.prediction ? DisplayFormat::probability(row.prediction->probabilityAlive) : QString();
    case FigureKind::Expected:
        return row.prediction ? DisplayFormat::expectedOrders(row.prediction->expectedPurchases) : QString();
    case FigureKind::PredictedMoney:
        return row.prediction ? DisplayFormat::money(row.prediction->predictedValue, m_currency) : QString();
    case FigureKind::ChurnRisk: return row.prediction ? DisplayFormat::churnRisk(row.prediction->churnRisk) : QString();
    case FigureKind::Group: return DisplayFormat::group(LoyaltyGroup(CustomerFigures::number(row, figure)));
    case FigureKind::LifeCycle: return DisplayFormat::lifeCycle(LifeCycle(CustomerFigures::number(row, figure)));
    case FigureKind::Day: return DisplayFormat::date(CustomerFigures::number(row, figure));
    case FigureKind::RfmGroup: return row.rfm ? DisplayFormat::rfmGroup(row.rfm->group) : QString();
    case FigureKind::NextGroup: return row.nextGroup ? DisplayFormat::group(*row.nextGroup) : QString();
    default: return CustomerFigures::machineText(row, figure, m_currency);
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    return QCoreApplication::translate("CustomerFigures", CustomerFigures::info(figureOf(section)).title);
}

// A million rows take longer to sort than a frame lasts: sorted off the GUI thread.
void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0) {
        m_sortedBy.reset(); // the list's own order, from the next list on
        return;
    }
    if (column >= columnCount())
        return;
    const CustomerFigure figure = figureOf(column);
    const bool descending = order == Qt::DescendingOrder;
    m_sortedBy = std::make_pair(figure, descending);
    startSort(m_list, figure, descending);
}

void CustomerTableModel::startSort(CustomerList list, CustomerFigure figure, bool descending)
{
    if (m_sort)
        m_sort->cancel();
    auto *task = Task<CustomerList>::start(this, [list = std::move(list), figure, descending](JobContext &) {
        return Result<CustomerList>(list.sortedBy(figure, descending));
    });
    m_sort = task;
    connect(task, &Job::succeeded, this, [this, task] {
        show(task->takeResult());
        Q_EMIT sorted();
    });
}

} // namespace Patronage
