#pragma once

#include <QHash>

#include <functional>

#include "core/csv/CsvRecord.h"
#include "core/formats/AmountParser.h"
#include "core/formats/DateParser.h"
#include "core/formats/FormatLayout.h"
#include "core/import/ImportReport.h"
#include "core/store/NormalisedOrder.h"

namespace Patronage {

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
        /// The store's; its code is empty while unknown (the file's first currency is taken).
        Currency currency;
    };

    OrderAssembler(Settings settings, HeaderIndex header, Sink sink, ImportReport &report);

    /// False when the record refuses the file (see error()) or the sink said stop.
    bool addRecord(const CsvRecord &record);
    /// Emits the last pending order.
    bool finish();

    /// Why the file is refused; meaningless when the sink stopped the reading.
    const Error &error() const { return m_error; }
    bool stoppedBySink() const { return m_stoppedBySink; }
    /// The currency the file's rows named (or the store's), once known.
    QString currency() const { return m_settings.currency.code; }

private:
    struct Pending {
        NormalisedOrder order;
        QByteArray rawKey; ///< the order number as the file writes it
        Int128 grossPicos = 0;
        Int128 refundedPicos = 0;
        bool active = false;
    };

    bool fail(const CsvRecord &record, Field field, Error error);
    void skip(const CsvRecord &record, Field field, SkipReason reason);
    void noteCustomerConflict(const CsvRecord &record);
    QByteArrayView cell(const CsvRecord &record, Field field) const;
    bool readAmount(const CsvRecord &record, Field field, bool required, qint64 *micros);
    /// The sum of the refunds packed in the refunded column (FormatLayout::packedRefunds).
    bool readPackedRefunds(const CsvRecord &record, qint64 *micros);
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
    Error m_error;
    bool m_stoppedBySink = false;
    QHash<QByteArray, int> m_contentOccurrences;
};

} // namespace Patronage
