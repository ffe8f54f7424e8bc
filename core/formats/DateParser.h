#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

#include "core/calendar/Calendar.h"

namespace Patronage {

/// How the date part of a column is laid out.
enum class DateOrder {
    YearMonthDay,     ///< 2021-03-04 (ISO), 2021/03/04
    DayMonthYear,     ///< 04/03/2021, 04.03.21
    MonthDayYear,     ///< 03/04/2021
    Compact,          ///< 20210304
    DayMonthNameYear, ///< 04-Mar-21
    MonthNameDayYear, ///< Mar 4, 2021 (Magento's grid)
};

/// Reads dates in one layout, or with a user-given Qt format string.
class DateParser
{
public:
    DateParser() = default;
    explicit DateParser(DateOrder order)
        : m_order(order)
    { }
    /// A Qt date format ("dd/MM/yyyy HH:mm"); two-digit years follow POSIX.
    static DateParser fromQtFormat(const QString &format);

    std::optional<WallClockTime> parse(QByteArrayView text) const;
    QString describe() const;

    /// The layouts that read every non-empty sample value. An ISO layout wins
    /// outright; several layouts left means the column is ambiguous.
    static QList<DateOrder> candidateOrders(const QList<QByteArray> &samples);

private:
    DateOrder m_order = DateOrder::YearMonthDay;
    QString m_qtFormat;
};

/// The POSIX reading of a two-digit year: 00-68 are 2000-2068, 69-99 1969-1999.
int expandTwoDigitYear(int year);

} // namespace Patronage
