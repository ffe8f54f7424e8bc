#include "core/formats/FormatLayout.h"

// WooCommerce order exports from plugins such as Advanced Order Export, with
// their default column labels. A row per order, or a row per item with the
// order's fields repeated: either way the first row of an order is read.
namespace Patronage {

namespace {

bool matches(const HeaderIndex &header)
{
    return header.findAny({"Order Number", "Order ID"}) >= 0 && header.find(QStringLiteral("Order Status")) >= 0;
}

LayoutResult layout(const HeaderIndex &header, const ColumnMapping &mapping)
{
    LayoutResult result;
    FormatLayout &l = result.layout;
    l.format = ImportFormat::WooCommerce;
    l.grouping = Grouping::FirstRowPerOrder;
    l.cancelledStatuses = {QStringLiteral("cancelled"), QStringLiteral("refunded"),       QStringLiteral("failed"),
                           QStringLiteral("pending"),   QStringLiteral("checkout-draft"), QStringLiteral("trash")};
    l.zeroCustomerIdIsNone = true;
    Error *error = &result.error;
    result.ok = placeColumn(l, header, mapping, Field::Order, {"Order Number", "Order ID"}, true, error)
        && placeColumn(l, header, mapping, Field::Customer, {"Customer User ID"}, false, error)
        && placeColumn(l, header, mapping, Field::Email, {"Email (Billing)", "Billing Email"}, false, error)
        && placeColumn(l, header, mapping, Field::Date, {"Order Date"}, true, error)
        && placeColumn(l, header, mapping, Field::Total, {"Order Total Amount", "Order Total"}, true, error)
        && placeColumn(l, header, mapping, Field::Refunded, {"Order Refund Amount", "Refunded Total"}, false, error)
        && placeColumn(l, header, mapping, Field::OrderStatus, {"Order Status"}, true, error)
        && placeColumn(l, header, mapping, Field::Currency, {"Order Currency", "Currency"}, false, error)
        && placeColumn(l, header, mapping, Field::Name, {"Customer Name", "Billing Name"}, false, error);
    if (result.ok && !l.has(Field::Customer) && !l.has(Field::Email)) {
        result.ok = false;
        result.error = Error(ErrorCode::MissingCustomerColumn);
        result.error.format = int(ImportFormat::WooCommerce);
    }
    if (result.ok && !l.has(Field::Name)) {
        l.columns[size_t(Field::FirstName)] = header.findAny({"First Name (Billing)", "Billing First Name"});
        l.columns[size_t(Field::LastName)] = header.findAny({"Last Name (Billing)", "Billing Last Name"});
    }
    return result;
}

} // namespace

const FormatDefinition &wooCommerceFormat()
{
    static const FormatDefinition definition{ImportFormat::WooCommerce, &matches, &layout};
    return definition;
}

} // namespace Patronage
