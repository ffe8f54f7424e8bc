#pragma once

#include <QString>

#include "core/money/Money.h"

namespace Patronage {

/// Shop totals over everything stored: what `patronage-cli info` prints.
struct StoreSummary {
    Currency currency;
    qint64 orders = 0; ///< all orders, valid and cancelled, customers' and guests'
    qint64 customerOrders = 0;
    qint64 guestOrders = 0;
    qint64 cancelledOrders = 0;
    qint64 creditNotes = 0;
    qint64 customerCreditNotes = 0;
    qint64 guestCreditNotes = 0;
    qint64 customers = 0; ///< every customer named by an order or credit note
    qint64 customersWithOrders = 0;
    qint64 netRevenue = 0; ///< minor units: valid orders' net amounts plus credit notes
    QString firstOrderAt;  ///< wall-clock "yyyy-MM-dd HH:mm:ss"; empty without orders
    QString lastOrderAt;
    qint64 imports = 0;
};

} // namespace Patronage
