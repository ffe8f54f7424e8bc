#pragma once

#include <QAbstractTableModel>

#include "core/money/Money.h"
#include "core/retention/Cohorts.h"

namespace Patronage {

/// The cohort grid of spec §12 as a heat map: one row per cohort (the month of
/// the customers' first order), one column per month since. What a cell shows
/// is chosen with setMeasure(); its colour grows with its value.
class CohortModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Measure {
        Retention,          ///< active / size (cumulative: bought again in any month so far)
        Revenue,            ///< the month's net revenue (cumulative: so far)
        RevenuePerCustomer, ///< cumulative revenue per customer
        RepeatRate,         ///< share whose second purchase day has come
    };
    /// The raw value of a cell (a share from 0 to 1, or minor units), for tests and sorting.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit CohortModel(QObject *parent = nullptr);
    void setCells(QList<CohortCell> cells, const Currency &currency);
    void clear() { setCells({}, {}); }
    void setMeasure(Measure measure, bool cumulative);
    Measure measure() const { return m_measure; }
    bool isCumulative() const { return m_cumulative; }
    /// Whether the measure has a month-by-month and a cumulative reading.
    static bool hasCumulative(Measure measure) { return measure == Measure::Retention || measure == Measure::Revenue; }
    /// The cell at a row and column, or null (a cohort has no months after the data's end).
    const CohortCell *cell(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double value(const CohortCell &cell) const;
    /// The largest value shown past offset 0 of retention, for the colours.
    double topValue() const;
    QString text(const CohortCell &cell) const;

    QList<CohortCell> m_cells;
    QList<MonthIndex> m_cohorts;
    QList<qsizetype> m_firstCell; ///< per cohort, where its cells start in m_cells
    int m_columns = 0;
    Currency m_currency;
    Measure m_measure = Measure::Retention;
    bool m_cumulative = false;
    double m_top = 0; ///< the largest value shown past offset 0, for the colours
};

} // namespace Patronage
