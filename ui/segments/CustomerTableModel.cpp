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

CustomerFigure CustomerTableModel::figureOf(int column)
{
    return CustomerFigures::all().at(column).figure;
}

int CustomerTableModel::columnOf(CustomerFigure figure)
{
    const QList<CustomerFigureInfo> &figures = CustomerFigures::all();
    for (int column = 0; column < figures.size(); ++column) {
        if (figures[column].figure == figure)
            return column;
    }
    return -1;
}

void CustomerTableModel::setRows(QList<CustomerRow> rows, const Currency &currency)
{
    if (m_sort)
        m_sort->cancel(); // a sort of the old rows must not bring them back
    beginResetModel();
    m_rows = std::move(rows);
    m_currency = currency;
    m_shown = std::min(kPageSize, int(m_rows.size()));
    endResetModel();
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(CustomerFigures::all().size());
}

bool CustomerTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < m_rows.size();
}

void CustomerTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const int more = std::min(kPageSize, int(m_rows.size()) - m_shown);
    if (more <= 0)
        return;
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CustomerRow &row = m_rows.at(index.row());
    const CustomerFigure figure = figureOf(index.column());
    const FigureKind kind = CustomerFigures::info(figure).kind;
    if (role == Qt::TextAlignmentRole
        && (kind == FigureKind::Count || kind == FigureKind::Money || kind == FigureKind::Days))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (kind) {
    case FigureKind::Count:
    case FigureKind::Days: return QLocale().toString(CustomerFigures::number(row, figure));
    case FigureKind::Money: return DisplayFormat::money(CustomerFigures::number(row, figure), m_currency);
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
    if (column < 0 || column >= columnCount())
        return;
    if (m_sort)
        m_sort->cancel();
    const CustomerFigure figure = figureOf(column);
    auto *task = Task<QList<CustomerRow>>::start(this, [rows = m_rows, figure, order](JobContext &) mutable {
        std::stable_sort(rows.begin(), rows.end(), [figure](const CustomerRow &a, const CustomerRow &b) {
            return CustomerFigures::less(a, b, figure);
        });
        if (order == Qt::DescendingOrder)
            std::reverse(rows.begin(), rows.end());
        return Result<QList<CustomerRow>>(std::move(rows));
    });
    m_sort = task;
    connect(task, &Job::succeeded, this, [this, task] {
        beginResetModel();
        m_rows = task->takeResult();
        m_shown = std::min(std::max(m_shown, kPageSize), int(m_rows.size()));
        endResetModel();
        Q_EMIT sorted();
    });
}

} // namespace Patronage
