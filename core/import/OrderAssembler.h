#pragma once

#include "core/csv/CsvRecord.h"
#include "core/formats/AmountParser.h"
#include "core/formats/DateParser.h"
#include "core/formats/FormatLayout.h"
#include "core/import/ImportReport.h"
#include "core/import/NormalisedOrder.h"

#include <QHash>

#include <functional>

namespace Patronage {

/// A fault that refuses the whole file, located in it.
struct InputError {
    qint64 line = 0;
    int column = 0; ///< 1-based; 0 when no single column is meant
    QString message;

    /// "FILE:LINE:COLUMN: message", leaving out what is not known.
    QString describe(const QString &path) const;
};

/// Turns a file's records into normalised orders, per the format's layout:
/// groups line items, forms exact totals, reads dates and amounts, tells
/// guests and credit notes apart. Orders go to the sink as they complete.
class OrderAssembler
{
public:
    using Sink = std::function<bool(const NormalisedOrder &)>;

    struct Settings {
        FormatLayout layout;
        DateParser dates;
        DecimalSymbol decimal = DecimalSymbol::Point;
        int currencyDecimals = 2;
        QString currency; ///< the store's; empty while unknown (the file's first currency is taken)
        QString dateFormatHint; ///< how to tell the user to pass --date-format
    };

    OrderAssembler(Settings settings, HeaderIndex header, Sink sink, ImportReport &report);

    /// False when the record refuses the file (see error()) or the sink failed.
    bool addRecord(const CsvRecord &record);
    /// Emits the last pending order.
    bool finish();

    const InputError &error() const { return m_error; }
    /// The currency the file's rows named (or the store's), once known.
    QString currency() const { return m_settings.currency; }

private:
    struct Pending {
        NormalisedOrder order;
        QByteArray rawKey; ///< the order number as the file writes it
        Int128 grossPicos = 0;
        Int128 refundedPicos = 0;
        bool active = false;
    };

    bool fail(const CsvRecord &record, Field field, const QString &message);
    void skip(const CsvRecord &record, Field field, const QString &reason);
    void noteCustomerConflict(const CsvRecord &record);
    QByteArrayView cell(const CsvRecord &record, Field field) const;
    bool readAmount(const CsvRecord &record, Field field, bool required, qint64 *micros);
    bool readDate(const CsvRecord &record, WallClockTime *time);
    bool checkCurrency(const CsvRecord &record);
    bool startOrder(const CsvRecord &record, const QString &key);
    bool addAmounts(const CsvRecord &record);
    bool emitPending();
    QString contentKey(const CsvRecord &record);
    QString customerKeyFor(const CsvRecord &record) const;

    Settings m_settings;
    HeaderIndex m_header;
    Sink m_sink;
    ImportReport &m_report;
    Pending m_pending;
    InputError m_error;
    QHash<QByteArray, int> m_contentOccurrences;
};

} // namespace Patronage
