#pragma once

#include <QList>

#include "core/csv/CsvRecord.h"
#include "core/formats/AmountParser.h"
#include "core/formats/DateParser.h"
#include "core/formats/FormatLayout.h"
#include "core/import/OrderAssembler.h"

namespace Patronage {

class CsvReader;

/// Reads a file's first records and learns from them what the header cannot
/// say: the decimal symbol, the date layout and the currency. The records
/// are kept to be imported first.
class ImportSampler
{
public:
    static constexpr int kSampleRecords = 2000;

    ImportSampler(const FormatLayout &layout, const HeaderIndex &header, char separator, const QString &dateFormat);

    /// False when the dates cannot be read or are ambiguous (see error()).
    bool read(CsvReader &reader);

    const QList<CsvRecord> &records() const { return m_records; }
    DecimalSymbol decimal() const { return m_decimal; }
    const DateParser &dates() const { return m_dates; }
    QString firstCurrency() const { return m_currency; }
    const Error &error() const { return m_error; }

private:
    bool chooseDates(const QList<QByteArray> &samples, const QList<qint64> &lines);

    FormatLayout m_layout;
    HeaderIndex m_header;
    char m_separator;
    QString m_dateFormat;
    QList<CsvRecord> m_records;
    DecimalSymbol m_decimal = DecimalSymbol::Point;
    DateParser m_dates;
    QString m_currency;
    Error m_error;
};

} // namespace Patronage
