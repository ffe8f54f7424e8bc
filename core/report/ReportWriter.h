#pragma once

#include <QStringList>

#include "core/report/ReportTable.h"

class QIODevice;

namespace Patronage {

/// Writes a report row by row, so that a long one is never held whole: CSV
/// and JSON go out as the rows come. An aligned table needs its columns'
/// widths first: its rows are measured, then written (needsMeasuring()).
class ReportWriter
{
public:
    ReportWriter(QIODevice *out, ReportTable::Format format, QStringList header, QList<bool> numeric);

    bool needsMeasuring() const { return m_format == ReportTable::Format::Table; }
    /// For a table: widens its columns to hold \a cells (before writing begins).
    void measure(const QStringList &cells);
    void write(const QStringList &cells);
    /// Ends the report; false when any write failed.
    bool finish();

private:
    void begin();
    void put(const QString &text);
    bool isNumeric(qsizetype column) const { return column < m_numeric.size() && m_numeric.at(column); }
    QString tableLine(const QStringList &cells) const;

    QIODevice *m_out;
    ReportTable::Format m_format;
    QStringList m_header;
    QList<bool> m_numeric;
    QList<qsizetype> m_widths;
    bool m_begun = false;
    qint64 m_rows = 0;
    bool m_ok = true;
};

} // namespace Patronage
