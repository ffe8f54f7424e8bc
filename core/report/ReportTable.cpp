#include "core/report/ReportTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "core/error/SafeText.h"
#include "core/money/Money.h"

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

QString csvField(const QString &raw)
{
    // OWASP, "CSV Injection": a cell that would start a formula starts with a quote instead.
    const QString value = isFormulaTrigger(raw) ? QLatin1Char('\'') + raw : raw;
    const bool needsQuotes = value != raw || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
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
    auto isNumeric = [this](qsizetype column) { return column < numeric.size() && numeric.at(column); };
    if (format == Format::Csv) {
        QString text = csvLine(header);
        for (const QStringList &row : rows)
            text += csvLine(row);
        return text.toUtf8();
    }
    if (format == Format::Json) {
        QJsonArray array;
        for (const QStringList &row : rows) {
            QJsonObject object;
            for (qsizetype c = 0; c < header.size(); ++c) {
                const QString cell = row.value(c);
                if (cell.isEmpty())
                    object.insert(header.at(c), QJsonValue::Null);
                else if (isNumeric(c))
                    object.insert(header.at(c), cell.toDouble());
                else
                    object.insert(header.at(c), cell);
            }
            array.append(object);
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    // For a terminal: nothing from the data may reach it as an escape sequence.
    QList<QStringList> shown;
    shown.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(withoutControlCharacters(cell));
        shown.append(cells);
    }
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < header.size(); ++c) {
        qsizetype width = header.at(c).size();
        for (const QStringList &row : std::as_const(shown))
            width = std::max(width, row.value(c).size());
        widths.append(width);
    }
    auto line = [&](const QStringList &cells) -> QString {
        QStringList padded;
        for (qsizetype c = 0; c < header.size(); ++c) {
            padded.append(isNumeric(c) ? cells.value(c).rightJustified(widths.at(c))
                                       : cells.value(c).leftJustified(widths.at(c)));
        }
        return padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList &row : std::as_const(shown))
        text += line(row);
    return text.toUtf8();
}

} // namespace Patronage
