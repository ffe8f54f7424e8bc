#include "ui/compare/MatrixModel.h"

#include "core/formats/Currency.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Patronage {

MatrixModel::MatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

std::optional<LoyaltyGroup> MatrixModel::rowGroup(int row)
{
    return row == 0 ? std::nullopt : std::optional<LoyaltyGroup>(LoyaltyGroup(row - 1));
}

std::optional<LoyaltyGroup> MatrixModel::columnGroup(int column)
{
    return column == kGroupCount ? std::nullopt : std::optional<LoyaltyGroup>(LoyaltyGroup(column));
}

void MatrixModel::setMatrix(const QList<SegmentReports::Movement> &matrix, int currencyDecimals)
{
    beginResetModel();
    m_decimals = currencyDecimals;
    for (auto &row : m_customers)
        std::fill(std::begin(row), std::end(row), 0);
    for (auto &row : m_revenue)
        std::fill(std::begin(row), std::end(row), 0);
    for (const SegmentReports::Movement &m : matrix) {
        LoyaltyGroup group;
        const int row = parseGroupName(m.from, &group) ? int(group) + 1 : 0;
        const int column = parseGroupName(m.to, &group) ? int(group) : kGroupCount;
        m_customers[row][column] = m.customers;
        m_revenue[row][column] = m.revenue;
    }
    endResetModel();
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kRows;
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool impossible = row == 0 && column == kGroupCount; // New and Gone at once
    switch (role) {
    case Qt::DisplayRole:
        if (impossible)
            return QString();
        return QStringLiteral("%1\n%2").arg(QLocale().toString(m_customers[row][column]),
                                            formatMinorUnits(m_revenue[row][column], m_decimals));
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case Qt::BackgroundRole: {
        if (impossible)
            return QBrush(QColor(0xEEEEEE));
        // Staying in a group is neutral; moving up is green, down is red.
        const int from = row == 0 ? -1 : row - 1;
        const int to = column == kGroupCount ? -1 : column;
        if (from == to || m_customers[row][column] == 0)
            return {};
        return QBrush(to > from ? QColor(0xE3F1DF) : QColor(0xF8E0E0));
    }
    case Qt::ToolTipRole:
        if (impossible)
            return {};
        return tr("%1 customers, revenue %2: click to list them")
            .arg(QLocale().toString(m_customers[row][column]), formatMinorUnits(m_revenue[row][column], m_decimals));
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section == 0 ? tr("New") : groupName(LoyaltyGroup(section - 1));
    return section == kGroupCount ? tr("Gone") : groupName(LoyaltyGroup(section));
}

} // namespace Patronage
