#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include "core/formats/DateParser.h"

using namespace Patronage;

namespace {

QString wallClock(const WallClockTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.secondsSinceEpoch, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

class TestDateParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void detectsLayout_data();
    void detectsLayout();
    void qtFormatWithPosixYears();
    void daysFromCivilMatchesQDate();
};

void TestDateParser::parses_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // empty: unreadable
    QTest::addColumn<int>("offset");       // minutes; -9999: none
    QTest::newRow("iso_offset") << int(DateOrder::YearMonthDay) << QByteArray("2022-04-06 21:52:39 -0400")
                                << "2022-04-06 21:52:39" << -240;
    QTest::newRow("iso_t_colon_offset") << int(DateOrder::YearMonthDay) << QByteArray("2022-04-06T21:52:39+05:30")
                                        << "2022-04-06 21:52:39" << 330;
    QTest::newRow("iso_z_millis") << int(DateOrder::YearMonthDay) << QByteArray("2022-04-06T21:52:39.123Z")
                                  << "2022-04-06 21:52:39" << 0;
    QTest::newRow("iso_date_only") << int(DateOrder::YearMonthDay) << QByteArray("2011-12-09") << "2011-12-09 00:00:00"
                                   << -9999;
    QTest::newRow("iso_no_seconds") << int(DateOrder::YearMonthDay) << QByteArray("2010-12-01 08:26")
                                    << "2010-12-01 08:26:00" << -9999;
    QTest::newRow("dmy_time") << int(DateOrder::DayMonthYear) << QByteArray("31/12/2021 23:59") << "2021-12-31 23:59:00"
                              << -9999;
    QTest::newRow("dmy_two_digit_year") << int(DateOrder::DayMonthYear) << QByteArray("03/01/19")
                                        << "2019-01-03 00:00:00" << -9999;
    QTest::newRow("dmy_posix_1969") << int(DateOrder::DayMonthYear) << QByteArray("01.02.69") << "1969-02-01 00:00:00"
                                    << -9999;
    QTest::newRow("dmy_posix_2068") << int(DateOrder::DayMonthYear) << QByteArray("01.02.68") << "2068-02-01 00:00:00"
                                    << -9999;
    QTest::newRow("mdy") << int(DateOrder::MonthDayYear) << QByteArray("12/31/2021") << "2021-12-31 00:00:00" << -9999;
    QTest::newRow("mdy_ampm") << int(DateOrder::MonthDayYear) << QByteArray("1/5/2021 3:07 PM") << "2021-01-05 15:07:00"
                              << -9999;
    QTest::newRow("mdy_midnight_am") << int(DateOrder::MonthDayYear) << QByteArray("1/5/2021 12:00 AM")
                                     << "2021-01-05 00:00:00" << -9999;
    QTest::newRow("compact") << int(DateOrder::Compact) << QByteArray("20240229") << "2024-02-29 00:00:00" << -9999;
    QTest::newRow("compact_not_leap") << int(DateOrder::Compact) << QByteArray("20230229") << QString() << -9999;
    QTest::newRow("mon_name_posix") << int(DateOrder::DayMonthNameYear) << QByteArray("11-Feb-17")
                                    << "2017-02-11 00:00:00" << -9999;
    QTest::newRow("mon_name_any_case") << int(DateOrder::DayMonthNameYear) << QByteArray("01-DEC-2010 08:26")
                                       << "2010-12-01 08:26:00" << -9999;
    QTest::newRow("magento") << int(DateOrder::MonthNameDayYear) << QByteArray("Mar 5, 2021 3:15:01 PM")
                             << "2021-03-05 15:15:01" << -9999;
    QTest::newRow("bad_month") << int(DateOrder::YearMonthDay) << QByteArray("2024-13-45 10:00:00") << QString()
                               << -9999;
    QTest::newRow("bad_hour") << int(DateOrder::YearMonthDay) << QByteArray("2024-01-01 25:00") << QString() << -9999;
    QTest::newRow("trailing_text") << int(DateOrder::YearMonthDay) << QByteArray("2024-01-01 10:00 soon") << QString()
                                   << -9999;
    QTest::newRow("words") << int(DateOrder::DayMonthYear) << QByteArray("yesterday") << QString() << -9999;
}

void TestDateParser::parses()
{
    QFETCH(int, order);
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QFETCH(int, offset);
    const auto parsed = DateParser(DateOrder(order)).parse(text);
    QCOMPARE(parsed.has_value(), !expected.isEmpty());
    if (!parsed)
        return;
    QCOMPARE(wallClock(*parsed), expected);
    QCOMPARE(parsed->utcOffsetMinutes.value_or(-9999), offset);
}

void TestDateParser::detectsLayout_data()
{
    QTest::addColumn<QList<QByteArray>>("samples");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("iso") << QList<QByteArray>{"2010-12-01 08:26:00"} << QList<int>{int(DateOrder::YearMonthDay)};
    QTest::newRow("dmy_decided_by_13") << QList<QByteArray>{"03/01/19", "13/01/19"}
                                       << QList<int>{int(DateOrder::DayMonthYear)};
    QTest::newRow("mdy_decided_by_13") << QList<QByteArray>{"01/03/2019", "01/13/2019"}
                                       << QList<int>{int(DateOrder::MonthDayYear)};
    QTest::newRow("ambiguous") << QList<QByteArray>{"03/04/2024", "05/06/2024"}
                               << QList<int>{int(DateOrder::DayMonthYear), int(DateOrder::MonthDayYear)};
    QTest::newRow("compact") << QList<QByteArray>{"20240105"} << QList<int>{int(DateOrder::Compact)};
    QTest::newRow("mon_name") << QList<QByteArray>{"11-Feb-17"} << QList<int>{int(DateOrder::DayMonthNameYear)};
    QTest::newRow("unreadable") << QList<QByteArray>{"soon"} << QList<int>{};
}

void TestDateParser::detectsLayout()
{
    QFETCH(QList<QByteArray>, samples);
    QFETCH(QList<int>, expected);
    QList<int> got;
    for (const DateOrder order : DateParser::candidateOrders(samples))
        got.append(int(order));
    QCOMPARE(got, expected);
}

void TestDateParser::qtFormatWithPosixYears()
{
    const DateParser parser = DateParser::fromQtFormat(QStringLiteral("dd/MM/yy HH:mm"));
    QCOMPARE(wallClock(*parser.parse("11/02/17 09:30")), QStringLiteral("2017-02-11 09:30:00"));
    QCOMPARE(wallClock(*parser.parse("11/02/99 09:30")), QStringLiteral("1999-02-11 09:30:00"));
    QVERIFY(!parser.parse("2017-02-11").has_value());
    const DateParser dateOnly = DateParser::fromQtFormat(QStringLiteral("MM/dd/yyyy"));
    QCOMPARE(wallClock(*dateOnly.parse("02/11/2017")), QStringLiteral("2017-02-11 00:00:00"));
}

void TestDateParser::daysFromCivilMatchesQDate()
{
    const QDate epoch(1970, 1, 1);
    for (QDate date(1968, 1, 1); date < QDate(2072, 1, 1); date = date.addDays(17))
        QCOMPARE(daysFromCivil(date.year(), date.month(), date.day()), epoch.daysTo(date));
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "TestDateParser.moc"
