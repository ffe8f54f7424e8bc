#pragma once

#include <QString>

#include <optional>

namespace Patronage {

/// A date and time as the export wrote it: local wall-clock time, with the
/// UTC offset kept for display only (spec §1: months follow the wall clock).
struct WallClockTime {
    qint64 secondsSinceEpoch = 0; ///< the wall-clock reading counted as if it were UTC
    std::optional<int> utcOffsetMinutes;
};

/// A calendar month as a number: year * 12 + (month - 1).
using MonthIndex = int;

/// Whole days since 1970-01-01 of wall-clock seconds (floored, also before 1970).
constexpr qint64 dayOfSeconds(qint64 seconds)
{
    return seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
}
/// Days since 1970-01-01 of a proleptic Gregorian date.
qint64 daysFromCivil(int year, int month, int day);
/// The year, month (1-12) and day of days since 1970-01-01.
void civilFromDays(qint64 days, int *year, int *month, int *day);

MonthIndex monthOfDay(qint64 day);        ///< day: days since 1970-01-01
qint64 firstDayOfMonth(MonthIndex month); ///< days since 1970-01-01
QString monthText(MonthIndex month);      ///< "2011-12"
bool parseMonthText(const QString &text, MonthIndex *month);
QString dayText(qint64 day); ///< "2011-12-09"
/// Wall-clock seconds as stored (spec §1) -> "yyyy-MM-dd HH:mm:ss".
QString wallClockText(qint64 secondsSinceEpoch);

} // namespace Patronage
