// libFuzzer target: each format's row mapping, from a file's bytes to
// normalised orders, without a store: sniff, header, layout, sample, assemble.
#include <QBuffer>

#include <cstdint>

#include "core/csv/CsvReader.h"
#include "core/csv/CsvSniffer.h"
#include "core/formats/AmountParser.h"
#include "core/formats/DateParser.h"
#include "core/formats/FormatDetector.h"
#include "core/import/ImportSampler.h"
#include "core/import/OrderAssembler.h"

using namespace Patronage;

namespace {

void mapRows(QByteArray &bytes, const CsvDialect &dialect, ImportFormat format, const ColumnMapping &mapping)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    CsvRecord headerRecord;
    if (!reader.readRecord(headerRecord))
        return;
    QStringList headers;
    for (int i = 0; i < headerRecord.size(); ++i)
        headers.append(headerRecord.text(i));
    const HeaderIndex header(headers);
    const FormatChoice choice = chooseFormat(header, format, mapping);
    if (!choice.ok)
        return;
    const LayoutResult layout = choice.definition->layout(header, mapping);
    if (!layout.ok)
        return;
    ImportSampler sampler(layout.layout, header, dialect.separator, {});
    if (!sampler.read(reader))
        return;
    ImportReport report;
    qint64 orders = 0;
    OrderAssembler assembler(
        {layout.layout, sampler.dates(), sampler.decimal(), Currency()}, header,
        [&](const NormalisedOrder &order) {
            if (order.orderKey.isEmpty() && layout.layout.grouping != Grouping::RowPerOrder)
                __builtin_trap(); // every order has a key
            return ++orders < 100000;
        },
        report);
    for (const CsvRecord &record : sampler.records()) {
        if (!assembler.addRecord(record))
            return;
    }
    CsvRecord record;
    while (reader.readRecord(record)) {
        if (!assembler.addRecord(record))
            return;
    }
    assembler.finish();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const SniffResult sniffed = CsvSniffer::sniff(bytes, true);
    if (!sniffed.ok())
        return 0;
    for (const ImportFormat format : {ImportFormat::Auto, ImportFormat::Shopify, ImportFormat::WooCommerce,
                                      ImportFormat::Magento, ImportFormat::TransactionLines})
        mapRows(bytes, sniffed.value(), format, {});
    // Generic: the first columns mapped in turn (order, customer, date, total).
    const ColumnMapping generic = {{Field::Order, QStringLiteral("a")},
                                   {Field::Customer, QStringLiteral("b")},
                                   {Field::Date, QStringLiteral("c")},
                                   {Field::Total, QStringLiteral("d")}};
    mapRows(bytes, sniffed.value(), ImportFormat::Generic, generic);
    // Amounts and dates on raw slices of the input.
    const QByteArrayView view(bytes);
    for (qsizetype start = 0; start < view.size(); start += 17) {
        const QByteArrayView slice = view.sliced(start, std::min<qsizetype>(24, view.size() - start));
        (void)parseAmountMicros(slice, DecimalSymbol::Point);
        (void)parseAmountMicros(slice, DecimalSymbol::Comma);
        for (const DateOrder order : {DateOrder::YearMonthDay, DateOrder::DayMonthYear, DateOrder::MonthNameDayYear,
                                      DateOrder::DayMonthNameYear, DateOrder::Compact})
            (void)DateParser(order).parse(slice);
    }
    return 0;
}
