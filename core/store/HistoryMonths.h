#pragma once

// Private to core/store: the orders and credit notes kept a second time, in
// the form segmentation reads them: one compact blob per calendar month, in
// date order. The orders and credit_notes tables stay the store of record;
// an import works the blobs out again from them for every month from its
// earliest change on. A customer's documents are found through them too.

#include <functional>
#include <limits>

#include "core/calendar/Calendar.h"
#include "core/error/Result.h"

namespace Patronage {

class Store;

/// An order or a credit note, as a history month keeps it.
struct StoredDocument {
    qint64 rowid = 0;     ///< its id in orders or credit_notes
    qint64 seconds = 0;   ///< wall-clock placed_at
    qint64 customer = -1; ///< customers.id, or -1 for a guest
    qint64 amount = 0;    ///< a valid order's net (>= 0), a credit note's amount; 0 for a cancelled order
    bool creditNote = false;
    bool cancelled = false; ///< a cancelled order: not in the history (spec §1)
};

namespace HistoryMonths {

/// The first month of all (rebuildFrom's "every month").
constexpr MonthIndex kEveryMonth = std::numeric_limits<MonthIndex>::min();

/// Works the blobs of month \a from onwards out again from the tables
/// (inside the caller's write transaction); every row read is checked first.
Status rebuildFrom(Store &store, MonthIndex from);

/// How many documents the months from \a from on hold (as stored: for
/// reserving room, not checked).
qint64 countFrom(const Store &store, MonthIndex from);

/// Hands every document of month \a from onwards to \a visit, in date order
/// (orders before credit notes of the same second, then as stored), each
/// checked to hold values Patronage could have written.
Status read(const Store &store, MonthIndex from, const std::function<void(const StoredDocument &)> &visit);

} // namespace HistoryMonths

} // namespace Patronage
