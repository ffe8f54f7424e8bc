#include "core/formats/FormatLayout.h"

// Magento / Adobe Commerce's order grid export: one row per order.
namespace Patronage {

namespace {

bool matches(const HeaderIndex &header)
{
    return header.find(QStringLiteral("Purchase Date")) >= 0 && header.findAny({"ID", "Grand Total (Purchased)"}) >= 0;
}

LayoutResult layout(const HeaderIndex &header, const ColumnMapping &mapping)
{
    LayoutResult result;
    FormatLayout &l = result.layout;
    l.format = ImportFormat::Magento;
    l.grouping = Grouping::FirstRowPerOrder;
    l.cancelledStatuses = {QStringLiteral("canceled"), QStringLiteral("cancelled"), QStringLiteral("closed")};
    Error *error = &result.error;
    result.ok = placeColumn(l, header, mapping, Field::Order, {"ID"}, true, error)
        && placeColumn(l, header, mapping, Field::Customer, {}, false, error)
        && placeColumn(l, header, mapping, Field::Email, {"Customer Email"}, true, error)
        && placeColumn(l, header, mapping, Field::Date, {"Purchase Date"}, true, error)
        && placeColumn(l, header, mapping, Field::Total, {"Grand Total (Purchased)"}, true, error)
        && placeColumn(l, header, mapping, Field::Refunded, {"Total Refunded"}, false, error)
        && placeColumn(l, header, mapping, Field::OrderStatus, {"Status"}, true, error)
        && placeColumn(l, header, mapping, Field::Currency, {"Currency", "Order Currency"}, false, error)
        && placeColumn(l, header, mapping, Field::Name, {"Customer Name", "Bill-to Name"}, false, error);
    return result;
}

} // namespace

const FormatDefinition &magentoFormat()
{
    static const FormatDefinition definition{ImportFormat::Magento, &matches, &layout};
    return definition;
}

} // namespace Patronage
