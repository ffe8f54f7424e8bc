#include "ui/compare/MatrixModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <climits>

#include "ui/DisplayFormat.h"

namespace Patronage {

MatrixModel::MatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MatrixModel::setMatrix(const MigrationMatrix &matrix, const Currency &currency)
{
    beginResetModel();
    m_matrix = matrix;
    m_currency = currency;
    endResetModel();
}

void MatrixModel::clear()
{
    setMatrix({}, {});
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
    const bool impossible = !MigrationMatrix::isPossible(row, column);
    const MigrationMatrix::Cell &c = cell(row, column);
    switch (role) {
    case Qt::DisplayRole:
        if (impossible)
            return QString();
        return QStringLiteral("%1\n%2").arg(QLocale().toString(c.customers),
                                            DisplayFormat::money(c.revenue, m_currency));
    case Qt::TextAlignmentRole: return Qt::AlignCenter;
    case Qt::BackgroundRole: {
        if (impossible)
            return QBrush(QColor(0xEEEEEE));
        // Staying in a group is neutral; moving up is green, down is red.
        const int from = row == 0 ? -1 : row - 1;
        const int to = column == kGroupCount ? -1 : column;
        if (from == to || c.customers == 0)
            return {};
        return QBrush(to > from ? QColor(0xE3F1DF) : QColor(0xF8E0E0));
    }
    case Qt::ToolTipRole:
        if (impossible)
            return {};
        return tr("%Ln customer(s), revenue %1: click to list them (Ctrl+click to add the cell to the list)", nullptr,
                  int(std::min<qint64>(c.customers, INT_MAX)))
            .arg(DisplayFormat::money(c.revenue, m_currency));
    default: return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section == 0 ? tr("New") : DisplayFormat::group(LoyaltyGroup(section - 1));
    return section == kGroupCount ? tr("Gone") : DisplayFormat::group(LoyaltyGroup(section));
}

} // namespace Patronage
