#include "core/report/ReportTable.h"

#include <QBuffer>
#include <QRegularExpression>

#include "core/money/Money.h"
#include "core/report/ReportWriter.h"

namespace Patronage {

bool parseReportFormat(const QString &name, ReportTable::Format *format)
{
    if (name == QLatin1String("csv"))
        *format = ReportTable::Format::Csv;
    else if (name == QLatin1String("json"))
        *format = ReportTable::Format::Json;
    else if (name == QLatin1String("table"))
        *format = ReportTable::Format::Table;
    else
        return false;
    return true;
}

bool isFormulaTrigger(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return false;
    // A plain number ("-12.50") is data a spreadsheet reads as a number, not a formula.
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return !number.match(value).hasMatch();
}

QString csvField(const QString &raw, CellText text)
{
    // OWASP, "CSV Injection": a cell that would start a formula starts with a quote instead.
    const QString value = text == CellText::Neutralised && isFormulaTrigger(raw) ? QLatin1Char('\'') + raw : raw;
    const bool needsQuotes = value != raw || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList &fields, CellText text)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field, text));
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString ratioText(qint64 numerator, qint64 denominator, int decimals)
{
    if (denominator == 0)
        return {};
    const Int128 scale = powerOfTen(decimals);
    Int128 value = Int128(numerator) * scale;
    const bool negative = (value < 0) != (denominator < 0);
    const Int128 n = value < 0 ? -value : value;
    const Int128 d = denominator < 0 ? -Int128(denominator) : Int128(denominator);
    const Int128 rounded = (2 * n + d) / (2 * d);
    const qint64 whole = qint64(rounded / scale);
    const qint64 fraction = qint64(rounded % scale);
    QString text = QString::number(whole);
    if (decimals > 0)
        text += QLatin1Char('.') + QString::number(fraction).rightJustified(decimals, QLatin1Char('0'));
    return negative && rounded != 0 ? QLatin1Char('-') + text : text;
}

QByteArray ReportTable::render(Format format) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ReportWriter writer(&buffer, format, header, numeric);
    if (writer.needsMeasuring()) {
        for (const QStringList &row : rows)
            writer.measure(row);
    }
    for (const QStringList &row : rows)
        writer.write(row);
    writer.finish();
    return buffer.data();
}

} // namespace Patronage
