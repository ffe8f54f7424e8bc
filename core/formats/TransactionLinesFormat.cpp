#include "core/formats/FormatLayout.h"

// Transaction lines such as UCI Online Retail: a row per item, grouped into
// orders by invoice number; invoices starting with "C" are credit notes.
namespace Patronage {

namespace {

bool matches(const HeaderIndex &header)
{
    return header.findAny({"InvoiceNo", "Invoice"}) >= 0 && header.findAny({"InvoiceDate", "StockCode"}) >= 0;
}

LayoutResult layout(const HeaderIndex &header, const ColumnMapping &mapping)
{
    LayoutResult result;
    FormatLayout &l = result.layout;
    l.format = ImportFormat::TransactionLines;
    l.grouping = Grouping::LineItems;
    l.creditNotePrefixC = true;
    l.numericCustomerIds = true;
    Error *error = &result.error;
    result.ok = placeColumn(l, header, mapping, Field::Order, {"InvoiceNo", "Invoice"}, true, error)
        && placeColumn(l, header, mapping, Field::Customer, {"CustomerID", "Customer ID"}, true, error)
        && placeColumn(l, header, mapping, Field::Email, {}, false, error)
        && placeColumn(l, header, mapping, Field::Date, {"InvoiceDate"}, true, error)
        && placeColumn(l, header, mapping, Field::Quantity, {"Quantity"}, true, error)
        && placeColumn(l, header, mapping, Field::UnitPrice, {"UnitPrice", "Price"}, true, error)
        && placeColumn(l, header, mapping, Field::Currency, {"Currency"}, false, error);
    return result;
}

} // namespace

const FormatDefinition &transactionLinesFormat()
{
    static const FormatDefinition definition{ImportFormat::TransactionLines, &matches, &layout};
    return definition;
}

} // namespace Patronage
