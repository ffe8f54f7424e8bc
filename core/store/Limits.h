#pragma once

#include "core/calendar/Calendar.h"

namespace Patronage {

/// What Patronage reads and keeps, and no more: a file or a store past one of
/// these is refused with a message that names the limit (README, Reliability).
namespace Limits {

/// Dates from 1900-01-01 to 2200-12-31.
constexpr int kEarliestYear = 1900;
constexpr int kLatestYear = 2200;
inline qint64 earliestSecond()
{
    return daysFromCivil(kEarliestYear, 1, 1) * 86400;
}
inline qint64 latestSecond()
{
    return daysFromCivil(kLatestYear, 12, 31) * 86400 + 86399;
}
/// A UTC offset between -14:00 and +14:00.
constexpr int kMaxUtcOffsetMinutes = 14 * 60;

/// One order's amount: 10^15 minor units (10 trillion euros).
constexpr qint64 kMaxAmountMinor = 1'000'000'000'000'000;
/// All amounts of a store, their magnitudes added: 2^62 minor units. Every
/// sum Patronage forms (a customer's, a group's, a month's) stays below it,
/// so no sum can overflow.
constexpr qint64 kMaxStoreTotal = qint64(1) << 62;

/// (CSV fields, records and columns: CsvReader::kMaxFieldBytes and its neighbours.)
/// An order number, customer id, e-mail or name: 1,000 characters.
constexpr int kMaxTextLength = 1000;

/// Customer ids of a store (SQLite row ids Patronage assigns from 1).
constexpr qint64 kMaxCustomerId = qint64(1) << 40;
/// Orders and credit notes a store's history holds: 2^31 - 1 (so too the orders of one customer).
constexpr qint64 kMaxHistoryEvents = 2147483647;

} // namespace Limits

} // namespace Patronage
