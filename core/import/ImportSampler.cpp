#include "core/import/ImportSampler.h"

#include "core/csv/CsvReader.h"

namespace Patronage {

ImportSampler::ImportSampler(const FormatLayout &layout, const HeaderIndex &header, char separator,
                             const QString &dateFormat)
    : m_layout(layout)
    , m_header(header)
    , m_separator(separator)
    , m_dateFormat(dateFormat)
{ }

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
        m_error = reader.error();
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
            for (const DateOrder order :
                 {DateOrder::YearMonthDay, DateOrder::DayMonthYear, DateOrder::MonthDayYear, DateOrder::Compact,
                  DateOrder::DayMonthNameYear, DateOrder::MonthNameDayYear}) {
                readable = readable || DateParser(order).parse(samples.at(i)).has_value();
            }
            if (!readable || i == samples.size() - 1) {
                m_error = Error(ErrorCode::UnreadableDateSample)
                              .at(lines.at(i), column)
                              .withValue(QString::fromUtf8(samples.at(i)));
                m_error.columnName = columnName;
                m_error.field = int(Field::Date);
                return false;
            }
        }
    }
    if (candidates.contains(DateOrder::DayMonthYear) && candidates.contains(DateOrder::MonthDayYear)) {
        m_error =
            Error(ErrorCode::AmbiguousDates).at(lines.first(), column).withValue(QString::fromUtf8(samples.first()));
        m_error.columnName = columnName;
        m_error.field = int(Field::Date);
        return false;
    }
    m_dates = DateParser(candidates.first());
    return true;
}

} // namespace Patronage
