#include "core/formats/FormatLayout.h"

// WooCommerce orders exported with WebToffee's "Order Export & Order Import for WooCommerce"
// plugin, default columns: the header names are the plugin's keys (order_id, order_date,
// status, order_total, order_currency, customer_id, billing_email, refund_items, …). A row per
// order, or (its "separate rows" option) a row per item with the order's fields repeated:
// either way an order's first row is read. Refunds are packed in refund_items.
namespace Patronage {

namespace {

bool matches(const HeaderIndex &header)
{
    return header.find(QStringLiteral("order_id")) >= 0 && header.find(QStringLiteral("order_total")) >= 0
        && header.find(QStringLiteral("status")) >= 0;
}

LayoutResult layout(const HeaderIndex &header, const ColumnMapping &mapping)
{
    LayoutResult result;
    FormatLayout &l = result.layout;
    l.format = ImportFormat::WebToffee;
    l.grouping = Grouping::FirstRowPerOrder;
    // WooCommerce's statuses, written without the "wc-" prefix; refunded orders are cancelled (spec §1).
    l.cancelledStatuses = {QStringLiteral("cancelled"), QStringLiteral("refunded"),       QStringLiteral("failed"),
                           QStringLiteral("pending"),   QStringLiteral("checkout-draft"), QStringLiteral("trash")};
    l.zeroCustomerIdIsNone = true; // guests have customer_id 0
    l.packedRefunds = true;
    Error *error = &result.error;
    // order_id is the order; order_number differs only with sequential-number plugins.
    result.ok = placeColumn(l, header, mapping, Field::Order, {"order_id", "order_number"}, true, error)
        && placeColumn(l, header, mapping, Field::Customer, {"customer_id", "customer_user"}, false, error)
        // The order's billing e-mail is always filled; customer_email is the account's, empty for guests.
        && placeColumn(l, header, mapping, Field::Email, {"billing_email", "customer_email"}, false, error)
        && placeColumn(l, header, mapping, Field::Date, {"order_date"}, true, error)
        && placeColumn(l, header, mapping, Field::Total, {"order_total"}, true, error)
        && placeColumn(l, header, mapping, Field::Refunded, {"refund_items"}, false, error)
        && placeColumn(l, header, mapping, Field::OrderStatus, {"status"}, true, error)
        && placeColumn(l, header, mapping, Field::Currency, {"order_currency"}, false, error);
    if (result.ok && !l.has(Field::Customer) && !l.has(Field::Email)) {
        result.ok = false;
        result.error = Error(ErrorCode::MissingCustomerColumn);
        result.error.format = int(ImportFormat::WebToffee);
    }
    if (result.ok) {
        l.columns[size_t(Field::FirstName)] = header.find(QStringLiteral("billing_first_name"));
        l.columns[size_t(Field::LastName)] = header.find(QStringLiteral("billing_last_name"));
    }
    return result;
}

} // namespace

const FormatDefinition &webToffeeFormat()
{
    static const FormatDefinition definition{ImportFormat::WebToffee, &matches, &layout};
    return definition;
}

} // namespace Patronage
