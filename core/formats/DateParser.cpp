#include "core/formats/DateParser.h"

#include <QDateTime>

#include <cstring>

namespace Patronage {

namespace {

constexpr const char *kMonthNames[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A cursor over the text with the small readers every layout needs.
struct Cursor {
    QByteArrayView text;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text[pos]; }
    // Reads 1..maxDigits digits; the count read goes to *digits.
    std::optional<int> number(int maxDigits, int *digits = nullptr)
    {
        int value = 0;
        int count = 0;
        while (!atEnd() && isDigit(text[pos]) && count < maxDigits) {
            value = value * 10 + (text[pos] - '0');
            ++pos, ++count;
        }
        if (digits)
            *digits = count;
        return count ? std::optional<int>(value) : std::nullopt;
    }
    std::optional<int> monthName()
    {
        qsizetype end = pos;
        while (end < text.size() && isAlpha(text[end]))
            ++end;
        if (end - pos < 3)
            return std::nullopt;
        const QByteArray word = text.sliced(pos, 3).toByteArray().toLower();
        for (int i = 0; i < 12; ++i) {
            if (word == kMonthNames[i]) {
                pos = end;
                return i + 1;
            }
        }
        return std::nullopt;
    }
    bool skipAny(const char *chars)
    {
        if (!atEnd() && std::strchr(chars, text[pos]) && text[pos] != '\0') {
            ++pos;
            return true;
        }
        return false;
    }
    void skipSpaces()
    {
        while (!atEnd() && text[pos] == ' ')
            ++pos;
    }
};

int fullYear(int year, int digits)
{
    return digits <= 2 ? expandTwoDigitYear(year) : year;
}

bool validDate(int year, int month, int day)
{
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > kDays[month - 1])
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

// Reads "HH:MM[:SS[.fff]] [AM|PM] [Z|UTC|GMT|+HH:MM|+HHMM|+HH]" after a date.
bool readTime(Cursor &c, int &seconds, std::optional<int> &offset)
{
    seconds = 0;
    c.skipSpaces();
    c.skipAny("T");
    c.skipSpaces();
    if (c.atEnd())
        return true;
    auto hour = c.number(2);
    if (!hour || !c.skipAny(":"))
        return false;
    auto minute = c.number(2);
    if (!minute || *minute > 59)
        return false;
    int second = 0;
    if (c.skipAny(":")) {
        auto s = c.number(2);
        if (!s || *s > 60)
            return false;
        second = std::min(*s, 59);
        if (c.skipAny(".,"))
            c.number(9);
    }
    c.skipSpaces();
    int h = *hour;
    if (c.pos + 1 < c.text.size() && (c.text[c.pos + 1] == 'M' || c.text[c.pos + 1] == 'm')) {
        const char ap = char(c.peek() | 0x20);
        if (ap == 'a' || ap == 'p') {
            if (h < 1 || h > 12)
                return false;
            h = (h % 12) + (ap == 'p' ? 12 : 0);
            c.pos += 2;
            c.skipSpaces();
        }
    }
    if (h > 23)
        return false;
    seconds = h * 3600 + *minute * 60 + second;

    if (c.atEnd())
        return true;
    if (c.skipAny("Z"))
        return c.atEnd() ? (offset = 0, true) : false;
    if (c.text.sliced(c.pos).startsWith("UTC") || c.text.sliced(c.pos).startsWith("GMT")) {
        c.pos += 3;
        offset = 0;
        if (c.atEnd())
            return true;
    }
    const char sign = c.peek();
    if (sign != '+' && sign != '-')
        return false;
    ++c.pos;
    int digits = 0;
    auto hours = c.number(2, &digits);
    if (!hours || digits != 2)
        return false;
    int minutes = 0;
    c.skipAny(":");
    if (!c.atEnd()) {
        auto m = c.number(2, &digits);
        if (!m || digits != 2)
            return false;
        minutes = *m;
    }
    offset = (sign == '-' ? -1 : 1) * (*hours * 60 + minutes);
    return c.atEnd();
}

} // namespace

int expandTwoDigitYear(int year)
{
    return year <= 68 ? 2000 + year : 1900 + year;
}

DateParser DateParser::fromQtFormat(const QString &format)
{
    DateParser parser;
    parser.m_qtFormat = format;
    return parser;
}

QString DateParser::describe() const
{
    if (!m_qtFormat.isEmpty())
        return m_qtFormat;
    switch (m_order) {
    case DateOrder::YearMonthDay: return QStringLiteral("year-month-day");
    case DateOrder::DayMonthYear: return QStringLiteral("day/month/year");
    case DateOrder::MonthDayYear: return QStringLiteral("month/day/year");
    case DateOrder::Compact: return QStringLiteral("yyyyMMdd");
    case DateOrder::DayMonthNameYear: return QStringLiteral("day-Mon-year");
    case DateOrder::MonthNameDayYear: return QStringLiteral("Mon day, year");
    }
    return {};
}

std::optional<WallClockTime> DateParser::parse(QByteArrayView text) const
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    if (!m_qtFormat.isEmpty()) {
        const QString value = QString::fromUtf8(text);
        QDateTime parsed = QDateTime::fromString(value, m_qtFormat);
        if (!parsed.isValid()) {
            const QDate date = QDate::fromString(value, m_qtFormat);
            if (!date.isValid())
                return std::nullopt;
            parsed = QDateTime(date, QTime(0, 0));
        }
        QDate date = parsed.date();
        if (m_qtFormat.contains(QLatin1String("yy")) && !m_qtFormat.contains(QLatin1String("yyyy")))
            date = QDate(expandTwoDigitYear(date.year() % 100), date.month(), date.day());
        if (!validDate(date.year(), date.month(), date.day()))
            return std::nullopt; // the same years as every other layout: 1900 to 2200
        const QTime time = parsed.time();
        WallClockTime result;
        result.secondsSinceEpoch =
            daysFromCivil(date.year(), date.month(), date.day()) * 86400 + time.msecsSinceStartOfDay() / 1000;
        return result;
    }

    Cursor c{text};
    int year = 0, month = 0, day = 0, digits = 0;
    switch (m_order) {
    case DateOrder::YearMonthDay: {
        auto y = c.number(4, &digits);
        if (!y || digits != 4 || !c.skipAny("-/."))
            return std::nullopt;
        auto m = c.number(2);
        if (!m || !c.skipAny("-/."))
            return std::nullopt;
        auto d = c.number(2);
        if (!d)
            return std::nullopt;
        year = *y, month = *m, day = *d;
        break;
    }
    case DateOrder::DayMonthYear:
    case DateOrder::MonthDayYear: {
        auto first = c.number(2);
        if (!first || !c.skipAny("/.-"))
            return std::nullopt;
        auto second = c.number(2);
        if (!second || !c.skipAny("/.-"))
            return std::nullopt;
        auto y = c.number(4, &digits);
        if (!y || (digits != 2 && digits != 4))
            return std::nullopt;
        year = fullYear(*y, digits);
        day = m_order == DateOrder::DayMonthYear ? *first : *second;
        month = m_order == DateOrder::DayMonthYear ? *second : *first;
        break;
    }
    case DateOrder::Compact: {
        auto all = c.number(8, &digits);
        if (!all || digits != 8)
            return std::nullopt;
        year = *all / 10000, month = *all / 100 % 100, day = *all % 100;
        break;
    }
    case DateOrder::DayMonthNameYear: {
        auto d = c.number(2);
        if (!d || !c.skipAny("-/ ."))
            return std::nullopt;
        auto m = c.monthName();
        if (!m || !c.skipAny("-/ ."))
            return std::nullopt;
        auto y = c.number(4, &digits);
        if (!y || (digits != 2 && digits != 4))
            return std::nullopt;
        day = *d, month = *m, year = fullYear(*y, digits);
        break;
    }
    case DateOrder::MonthNameDayYear: {
        auto m = c.monthName();
        if (!m)
            return std::nullopt;
        c.skipSpaces();
        auto d = c.number(2);
        if (!d)
            return std::nullopt;
        c.skipAny(",");
        c.skipSpaces();
        auto y = c.number(4, &digits);
        if (!y || digits != 4)
            return std::nullopt;
        c.skipAny(",");
        day = *d, month = *m, year = *y;
        break;
    }
    }
    if (!validDate(year, month, day))
        return std::nullopt;
    int seconds = 0;
    WallClockTime result;
    if (!readTime(c, seconds, result.utcOffsetMinutes))
        return std::nullopt;
    result.secondsSinceEpoch = daysFromCivil(year, month, day) * 86400 + seconds;
    return result;
}

QList<DateOrder> DateParser::candidateOrders(const QList<QByteArray> &samples)
{
    static constexpr DateOrder kOrders[] = {DateOrder::YearMonthDay,     DateOrder::DayMonthYear,
                                            DateOrder::MonthDayYear,     DateOrder::Compact,
                                            DateOrder::DayMonthNameYear, DateOrder::MonthNameDayYear};
    QList<DateOrder> candidates;
    for (const DateOrder order : kOrders) {
        const DateParser parser(order);
        bool readsAll = true;
        bool readsAny = false;
        for (const QByteArray &sample : samples) {
            if (sample.trimmed().isEmpty())
                continue;
            readsAny = true;
            if (!parser.parse(sample)) {
                readsAll = false;
                break;
            }
        }
        if (readsAll && readsAny)
            candidates.append(order);
    }
    if (candidates.contains(DateOrder::YearMonthDay))
        return {DateOrder::YearMonthDay};
    return candidates;
}

} // namespace Patronage
