#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Patronage {

/// A report as rows of text cells under a header; written as CSV (the
/// contract scripts read), JSON, or an aligned table for people.
struct ReportTable {
    enum class Format { Csv, Json, Table };

    QStringList header;
    QList<QStringList> rows;
    /// Columns whose cells are numbers (written unquoted in JSON, right-aligned in tables).
    QList<bool> numeric;

    void addRow(QStringList row) { rows.append(std::move(row)); }
    QByteArray render(Format format) const;
};

bool parseReportFormat(const QString &name, ReportTable::Format *format);

/// Whether a cell that a spreadsheet would read as a formula is neutralised: Patronage's own
/// figures always are; a file that hands a shop's own cells back to the shop keeps them verbatim.
enum class CellText { Neutralised, Verbatim };
/// One CSV field, quoted only when it must be (RFC 4180). Neutralised, a cell that a
/// spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a
/// carriage return and is not a plain number) is written with a ' before it
/// (OWASP, "CSV Injection").
QString csvField(const QString &value, CellText text = CellText::Neutralised);
/// One CSV line with its line end.
QString csvLine(const QStringList &fields, CellText text = CellText::Neutralised);

/// numerator / denominator with \a decimals digits, rounded half away from
/// zero, computed exactly; empty when the denominator is 0.
QString ratioText(qint64 numerator, qint64 denominator, int decimals = 6);

} // namespace Patronage
