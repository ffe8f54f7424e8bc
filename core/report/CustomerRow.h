#pragma once

#include <QString>

#include "core/segment/MonthResult.h"

namespace Patronage {

/// A listed customer: the month's figures with the store's key, e-mail and name.
struct CustomerRow {
    CustomerSnapshot snapshot;
    qint64 storeId = 0; ///< customers.id
    QString key;
    QString email;
    QString name;
};

} // namespace Patronage
