#include "core/calendar/Calendar.h"

#include <QRegularExpression>

namespace Patronage {

qint64 daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil.
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * unsigned(month + (month > 2 ? -3 : 9)) + 2) / 5 + unsigned(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(qint64(yoe) + era * 400 + (*month <= 2));
}

MonthIndex monthOfDay(qint64 day)
{
    int year = 0, month = 0, dayOfMonth = 0;
    civilFromDays(day, &year, &month, &dayOfMonth);
    return year * 12 + month - 1;
}

qint64 firstDayOfMonth(MonthIndex month)
{
    return daysFromCivil(month / 12, month % 12 + 1, 1);
}

QString monthText(MonthIndex month)
{
    return QStringLiteral("%1-%2")
        .arg(month / 12, 4, 10, QLatin1Char('0'))
        .arg(month % 12 + 1, 2, 10, QLatin1Char('0'));
}

bool parseMonthText(const QString &text, MonthIndex *month)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    const int year = match.captured(1).toInt();
    const int monthOfYear = match.captured(2).toInt();
    if (monthOfYear < 1 || monthOfYear > 12)
        return false;
    *month = year * 12 + monthOfYear - 1;
    return true;
}

QString dayText(qint64 day)
{
    int year = 0, month = 0, dayOfMonth = 0;
    civilFromDays(day, &year, &month, &dayOfMonth);
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(dayOfMonth, 2, 10, QLatin1Char('0'));
}

QString wallClockText(qint64 secondsSinceEpoch)
{
    const qint64 day = dayOfSeconds(secondsSinceEpoch);
    const qint64 second = secondsSinceEpoch - day * 86400;
    return dayText(day)
        + QStringLiteral(" %1:%2:%3")
              .arg(second / 3600, 2, 10, QLatin1Char('0'))
              .arg(second / 60 % 60, 2, 10, QLatin1Char('0'))
              .arg(second % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Patronage
