#pragma once

#include <QString>

#include "core/calendar/Calendar.h"

namespace Patronage {

enum class OrderState { Valid = 0, Cancelled = 1 };

/// One order or credit note as spec §1 normalises it, as the store keeps it.
struct NormalisedOrder {
    QString orderKey;
    QString customerKey; ///< empty for a guest order
    QString email;
    QString name;
    WallClockTime placedAt;
    qint64 gross = 0;    ///< minor units; for a credit note, its (negative) amount
    qint64 refunded = 0; ///< minor units
    /// The exact total minus \a gross, in pico-units (1e-12): kept while an
    /// order's lines may still be added to, so its total is rounded only once.
    qint64 grossResidualPicos = 0;
    OrderState state = OrderState::Valid;
    bool isCreditNote = false;
    qint64 line = 0; ///< where it starts in the file
    /// The customer's number within the import, first seen 0 (-1 for a
    /// guest), given as the file is read: the writer needs no lookup by key.
    qint32 customerSlot = -1;

    bool isGuest() const { return customerKey.isEmpty(); }
};

} // namespace Patronage
