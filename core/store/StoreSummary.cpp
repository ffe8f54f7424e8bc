#include "core/store/StoreSummary.h"

#include "core/formats/Currency.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <QDateTime>
#include <QTimeZone>

namespace Patronage {

QString formatWallClock(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

StoreSummary StoreSummary::read(Store &store)
{
    StoreSummary s;
    s.currency = store.currency();
    s.currencyDecimals = Patronage::currencyDecimals(s.currency);
    Statement orders(store.handle(),
                     "SELECT count(*), count(customer_id), sum(state = 1), min(placed_at), max(placed_at), "
                     "coalesce(sum(CASE WHEN state = 0 THEN max(gross - refunded, 0) END), 0) FROM orders");
    if (orders.step()) {
        s.orders = orders.integer(0);
        s.customerOrders = orders.integer(1);
        s.guestOrders = s.orders - s.customerOrders;
        s.cancelledOrders = orders.integer(2);
        if (s.orders > 0) {
            s.firstOrderAt = formatWallClock(orders.integer(3));
            s.lastOrderAt = formatWallClock(orders.integer(4));
        }
        s.netRevenue = orders.integer(5);
    }
    Statement notes(store.handle(), "SELECT count(*), count(customer_id), coalesce(sum(amount), 0) FROM credit_notes");
    if (notes.step()) {
        s.creditNotes = notes.integer(0);
        s.customerCreditNotes = notes.integer(1);
        s.guestCreditNotes = s.creditNotes - s.customerCreditNotes;
        s.netRevenue += notes.integer(2);
    }
    Statement customers(store.handle(),
                        "SELECT (SELECT count(*) FROM customers), "
                        "(SELECT count(DISTINCT customer_id) FROM orders WHERE customer_id IS NOT NULL), "
                        "(SELECT count(*) FROM imports)");
    if (customers.step()) {
        s.customers = customers.integer(0);
        s.customersWithOrders = customers.integer(1);
        s.imports = customers.integer(2);
    }
    return s;
}

} // namespace Patronage
