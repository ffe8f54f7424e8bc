#include "core/formats/FormatLayout.h"

// Shopify's orders export: one row per line item, the order's own fields
// (total, dates, status) filled in on its first row only.
namespace Patronage {

namespace {

bool matches(const HeaderIndex &header)
{
    return header.find(QStringLiteral("Name")) >= 0 && header.find(QStringLiteral("Financial Status")) >= 0;
}

LayoutResult layout(const HeaderIndex &header, const ColumnMapping &mapping)
{
    LayoutResult result;
    FormatLayout &l = result.layout;
    l.format = ImportFormat::Shopify;
    l.grouping = Grouping::FirstRowPerOrder;
    l.cancelledStatuses = {QStringLiteral("refunded"), QStringLiteral("voided")};
    l.cancelledAtMeansCancelled = true;
    Error *error = &result.error;
    result.ok = placeColumn(l, header, mapping, Field::Order, {"Name"}, true, error)
        && placeColumn(l, header, mapping, Field::Email, {"Email"}, true, error)
        && placeColumn(l, header, mapping, Field::Customer, {}, false, error)
        && placeColumn(l, header, mapping, Field::Date, {"Created at"}, true, error)
        && placeColumn(l, header, mapping, Field::Total, {"Total"}, true, error)
        && placeColumn(l, header, mapping, Field::Refunded, {"Refunded Amount"}, false, error)
        && placeColumn(l, header, mapping, Field::OrderStatus, {"Financial Status"}, false, error)
        && placeColumn(l, header, mapping, Field::Currency, {"Currency"}, false, error)
        && placeColumn(l, header, mapping, Field::Name, {"Billing Name", "Shipping Name"}, false, error);
    if (result.ok)
        l.columns[size_t(Field::CancelledAt)] = header.find(QStringLiteral("Cancelled at"));
    return result;
}

} // namespace

const FormatDefinition &shopifyFormat()
{
    static const FormatDefinition definition{ImportFormat::Shopify, &matches, &layout};
    return definition;
}

} // namespace Patronage
