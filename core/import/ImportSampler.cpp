#include "core/import/ImportSampler.h"

#include "core/csv/CsvReader.h"

namespace Patronage {

ImportSampler::ImportSampler(const FormatLayout &layout, const HeaderIndex &header, char separator,
                             const QString &dateFormat)
    : m_layout(layout)
    , m_header(header)
    , m_separator(separator)
    , m_dateFormat(dateFormat)
{
}

QString ImportSampler::dateFormatHint() const
{
    return QStringLiteral("give the layout with --date-format in Qt's syntax, "
                          "for example --date-format \"dd/MM/yyyy HH:mm\"");
}

bool ImportSampler::read(CsvReader &reader)
{
    QList<QByteArray> amounts;
    QList<QByteArray> dates;
    QList<qint64> dateLines;
    const int dateColumn = m_layout.column(Field::Date);
    CsvRecord record;
    while (m_records.size() < kSampleRecords && reader.readRecord(record)) {
        for (const Field field : {Field::Total, Field::Refunded, Field::UnitPrice, Field::Quantity}) {
            const QByteArrayView value = record.field(m_layout.column(field)).trimmed();
            if (!value.isEmpty())
                amounts.append(value.toByteArray());
        }
        const QByteArrayView date = record.field(dateColumn).trimmed();
        if (!date.isEmpty()) {
            dates.append(date.toByteArray());
            dateLines.append(record.line());
        }
        if (m_currency.isEmpty() && m_layout.has(Field::Currency))
            m_currency = record.text(m_layout.column(Field::Currency)).toUpper();
        m_records.append(record);
    }
    if (reader.hasError()) {
        m_error = {reader.errorLine(), 0, reader.errorString()};
        return false;
    }
    m_decimal = guessDecimalSymbol(amounts, m_separator);
    return chooseDates(dates, dateLines);
}

bool ImportSampler::chooseDates(const QList<QByteArray> &samples, const QList<qint64> &lines)
{
    if (!m_dateFormat.isEmpty()) {
        m_dates = DateParser::fromQtFormat(m_dateFormat);
        return true;
    }
    if (samples.isEmpty())
        return true;
    const QList<DateOrder> candidates = DateParser::candidateOrders(samples);
    const int column = m_layout.column(Field::Date) + 1;
    const QString columnName = m_header.nameAt(column - 1);
    if (candidates.isEmpty()) {
        // Point at the first value that no layout reads.
        for (qsizetype i = 0; i < samples.size(); ++i) {
            bool readable = false;
            for (const DateOrder order : {DateOrder::YearMonthDay, DateOrder::DayMonthYear, DateOrder::MonthDayYear,
                                          DateOrder::Compact, DateOrder::DayMonthNameYear,
                                          DateOrder::MonthNameDayYear}) {
                readable = readable || DateParser(order).parse(samples.at(i)).has_value();
            }
            if (!readable || i == samples.size() - 1) {
                m_error = {lines.at(i), column,
                           QStringLiteral("cannot read the date \"%1\" in column \"%2\": %3")
                               .arg(QString::fromUtf8(samples.at(i)), columnName, dateFormatHint())};
                return false;
            }
        }
    }
    if (candidates.contains(DateOrder::DayMonthYear) && candidates.contains(DateOrder::MonthDayYear)) {
        m_error = {lines.first(), column,
                   QStringLiteral("the dates in column \"%1\" (such as \"%2\") could be day/month/year or "
                                  "month/day/year: say which with --date-format \"dd/MM/yyyy\" or "
                                  "--date-format \"MM/dd/yyyy\" (add the time, such as \" HH:mm\", if the dates have one)")
                       .arg(columnName, QString::fromUtf8(samples.first()))};
        return false;
    }
    m_dates = DateParser(candidates.first());
    return true;
}

} // namespace Patronage
