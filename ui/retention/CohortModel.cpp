#include "ui/retention/CohortModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <climits>

#include "ui/DisplayFormat.h"

namespace Patronage {

CohortModel::CohortModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CohortModel::setCells(QList<CohortCell> cells, const Currency &currency)
{
    beginResetModel();
    m_cells = std::move(cells);
    m_currency = currency;
    m_cohorts.clear();
    m_firstCell.clear();
    m_columns = 0;
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        if (m_cohorts.isEmpty() || m_cohorts.last() != m_cells[i].cohort) {
            m_cohorts.append(m_cells[i].cohort);
            m_firstCell.append(i);
        }
        m_columns = std::max(m_columns, m_cells[i].offset + 1);
    }
    m_top = topValue();
    endResetModel();
}

void CohortModel::setMeasure(Measure measure, bool cumulative)
{
    beginResetModel();
    m_measure = measure;
    m_cumulative = cumulative && hasCumulative(measure);
    m_top = topValue();
    endResetModel();
}

double CohortModel::topValue() const
{
    double top = 0;
    for (const CohortCell &c : m_cells) {
        if (c.offset > 0 || m_measure != Measure::Retention) // offset 0 of retention is 100% by definition
            top = std::max(top, value(c));
    }
    return top;
}

const CohortCell *CohortModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_cohorts.size() || column < 0)
        return nullptr;
    const qsizetype at = m_firstCell[row] + column;
    return at < m_cells.size() && m_cells[at].cohort == m_cohorts[row] ? &m_cells[at] : nullptr;
}

int CohortModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cohorts.size());
}

int CohortModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

double CohortModel::value(const CohortCell &c) const
{
    switch (m_measure) {
    case Measure::Retention:
        if (m_cumulative && c.offset > 0)
            return c.size ? double(c.returnedSoFar) / double(c.size) : 0.0;
        return c.retention();
    case Measure::Revenue: return double(m_cumulative ? c.cumulativeRevenue : c.revenue);
    case Measure::RevenuePerCustomer: return c.cumulativeRevenuePerCustomer();
    case Measure::RepeatRate: return c.repeatRate();
    }
    return 0.0;
}

QString CohortModel::text(const CohortCell &c) const
{
    switch (m_measure) {
    case Measure::Retention:
    case Measure::RepeatRate: return QLocale().toString(100.0 * value(c), 'f', 1) + QLocale().percent();
    case Measure::Revenue: return DisplayFormat::money(qint64(value(c)), m_currency);
    case Measure::RevenuePerCustomer: return DisplayFormat::money(qRound64(value(c)), m_currency);
    }
    return {};
}

QVariant CohortModel::data(const QModelIndex &index, int role) const
{
    const CohortCell *c =
        checkIndex(index, CheckIndexOption::IndexIsValid) ? cell(index.row(), index.column()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole: return text(*c);
    case ValueRole: return value(*c);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        // Offset 0 of retention is 100% by definition: left plain, so the later months show.
        if (m_measure == Measure::Retention && c->offset == 0)
            return QBrush(QColor(0xEEEEEE));
        const double share = m_top > 0 ? std::clamp(value(*c) / m_top, 0.0, 1.0) : 0.0;
        const QColor low(0xF7FBFF), high(0x2171B5);
        return QBrush(QColor::fromRgbF(low.redF() + share * (high.redF() - low.redF()),
                                       low.greenF() + share * (high.greenF() - low.greenF()),
                                       low.blueF() + share * (high.blueF() - low.blueF())));
    }
    case Qt::ForegroundRole: {
        const double share = m_top > 0 ? value(*c) / m_top : 0.0;
        return share > 0.6 && !(m_measure == Measure::Retention && c->offset == 0) ? QBrush(Qt::white) : QVariant();
    }
    case Qt::ToolTipRole:
        return tr("Customers who first ordered in %1 (%Ln), in %3 (month +%2): %4 ordered that month, "
                  "revenue %5, %6 so far per customer, %7 have bought a second time. Click to list those who "
                  "ordered.",
                  nullptr, int(std::min<qint64>(c->size, INT_MAX)))
            .arg(monthText(c->cohort))
            .arg(c->offset)
            .arg(monthText(c->month()), QLocale().toString(c->active), DisplayFormat::money(c->revenue, m_currency),
                 DisplayFormat::money(qRound64(c->cumulativeRevenuePerCustomer()), m_currency),
                 QLocale().toString(c->repeated));
    default: return {};
    }
}

QVariant CohortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(section))
                                       : QVariant(tr("Months after the first order"));
    if (section < 0 || section >= m_cohorts.size())
        return {};
    const CohortCell *first = cell(section, 0);
    return role == Qt::DisplayRole
        ? QVariant(tr("%1 (%2)").arg(monthText(m_cohorts[section]), QLocale().toString(first ? first->size : 0)))
        : QVariant(tr("Customers whose first order was in %1").arg(monthText(m_cohorts[section])));
}

} // namespace Patronage
