#include "core/formats/FormatLayout.h"

// Any CSV, with the user's column mapping (--map FIELD=COLUMN). Rows sharing
// an order number are parts of one order and their totals add up; without an
// order column each row is an order; quantity and unit price without a total
// are transaction lines.
namespace Patronage {

namespace {

bool matches(const HeaderIndex &)
{
    return false; // never guessed: the user asks for it with a mapping
}

LayoutResult layout(const HeaderIndex &header, const ColumnMapping &mapping)
{
    LayoutResult result;
    FormatLayout &l = result.layout;
    l.format = ImportFormat::Generic;
    l.cancelledStatuses = {QStringLiteral("cancelled"), QStringLiteral("canceled"), QStringLiteral("refunded"),
                           QStringLiteral("voided"),    QStringLiteral("void"),     QStringLiteral("failed")};
    l.negativeTotalIsCreditNote = true;
    Error *error = &result.error;
    const bool linesMode =
        !mapping.contains(Field::Total) && mapping.contains(Field::Quantity) && mapping.contains(Field::UnitPrice);
    result.ok = placeColumn(l, header, mapping, Field::Order, {}, false, error)
        && placeColumn(l, header, mapping, Field::Customer, {}, false, error)
        && placeColumn(l, header, mapping, Field::Email, {}, false, error)
        && placeColumn(l, header, mapping, Field::Name, {}, false, error)
        && placeColumn(l, header, mapping, Field::Date, {}, true, error)
        && placeColumn(l, header, mapping, Field::Total, {}, !linesMode, error)
        && placeColumn(l, header, mapping, Field::Quantity, {}, linesMode, error)
        && placeColumn(l, header, mapping, Field::UnitPrice, {}, linesMode, error)
        && placeColumn(l, header, mapping, Field::Refunded, {}, false, error)
        && placeColumn(l, header, mapping, Field::OrderStatus, {}, false, error)
        && placeColumn(l, header, mapping, Field::Currency, {}, false, error);
    if (!result.ok)
        return result;
    if (linesMode)
        l.grouping = Grouping::LineItems;
    else if (!l.has(Field::Order))
        l.grouping = Grouping::RowPerOrder;
    else
        l.grouping = Grouping::SumRows;
    if (!l.has(Field::Customer) && !l.has(Field::Email)) {
        result.ok = false;
        result.error = Error(ErrorCode::MissingCustomerColumn);
        result.error.format = int(ImportFormat::Generic);
    }
    return result;
}

} // namespace

const FormatDefinition &genericFormat()
{
    static const FormatDefinition definition{ImportFormat::Generic, &matches, &layout};
    return definition;
}

} // namespace Patronage
