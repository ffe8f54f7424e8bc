#include <QTest>

#include "core/formats/AmountParser.h"

using namespace Patronage;

Q_DECLARE_METATYPE(std::optional<qint64>)

class TestAmountParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void guessesDecimalSymbol_data();
    void guessesDecimalSymbol();
    void roundsHalfAwayFromZero_data();
    void roundsHalfAwayFromZero();
    void formatsMinorUnits();
};

void TestAmountParser::parses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("comma");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("plain") << QByteArray("12.50") << false << true << qint64(12'500'000);
    QTest::newRow("integer") << QByteArray("7") << false << true << qint64(7'000'000);
    QTest::newRow("thousands") << QByteArray("1,234.56") << false << true << qint64(1'234'560'000);
    QTest::newRow("decimal_comma") << QByteArray("1.234,56") << true << true << qint64(1'234'560'000);
    QTest::newRow("euro_prefix") << QByteArray("\xE2\x82\xAC 12,50") << true << true << qint64(12'500'000);
    QTest::newRow("dollar_negative") << QByteArray("$-3.00") << false << true << qint64(-3'000'000);
    QTest::newRow("minus_dollar") << QByteArray("-$3.00") << false << true << qint64(-3'000'000);
    QTest::newRow("parentheses") << QByteArray("(4.00)") << false << true << qint64(-4'000'000);
    QTest::newRow("code_suffix") << QByteArray("12.50 USD") << false << true << qint64(12'500'000);
    QTest::newRow("rand_prefix") << QByteArray("R 1 250.00") << false << true << qint64(1'250'000'000);
    QTest::newRow("nbsp_thousands") << QByteArray("1\xC2\xA0"
                                                  "234,56")
                                    << true << true << qint64(1'234'560'000);
    QTest::newRow("narrow_nbsp_thousands") << QByteArray("1\xE2\x80\xAF"
                                                         "234,56")
                                           << true << true << qint64(1'234'560'000);
    QTest::newRow("latin1_nbsp_thousands") << QByteArray("1\xA0"
                                                         "234,56")
                                           << true << true << qint64(1'234'560'000);
    QTest::newRow("swiss_apostrophe") << QByteArray("1'250.00") << false << true << qint64(1'250'000'000);
    QTest::newRow("tiny_price") << QByteArray("0.001") << false << true << qint64(1'000);
    QTest::newRow("seven_decimals_round") << QByteArray("0.0000005") << false << true << qint64(1);
    QTest::newRow("trailing_minus") << QByteArray("12.00-") << false << true << qint64(-12'000'000);
    QTest::newRow("words") << QByteArray("six euros") << false << false << qint64(0);
    QTest::newRow("empty") << QByteArray("") << false << false << qint64(0);
    QTest::newRow("two_decimal_points") << QByteArray("1.2.3") << false << false << qint64(0);
    QTest::newRow("digits_after_code") << QByteArray("12 USD 5") << false << false << qint64(0);
}

void TestAmountParser::parses()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, comma);
    QFETCH(bool, readable);
    QFETCH(qint64, micros);
    const auto value = parseAmountMicros(text, comma ? DecimalSymbol::Comma : DecimalSymbol::Point);
    QCOMPARE(value.has_value(), readable);
    if (readable)
        QCOMPARE(*value, micros);
}

void TestAmountParser::guessesDecimalSymbol_data()
{
    QTest::addColumn<QList<QByteArray>>("samples");
    QTest::addColumn<char>("separator");
    QTest::addColumn<bool>("comma");
    QTest::newRow("points") << QList<QByteArray>{"12.50", "3.99"} << ',' << false;
    QTest::newRow("commas") << QList<QByteArray>{"12,50", "3,99"} << ';' << true;
    QTest::newRow("comma_thousands") << QList<QByteArray>{"1,234.50"} << ',' << false;
    QTest::newRow("dot_thousands") << QList<QByteArray>{"1.234,50"} << ';' << true;
    QTest::newRow("ambiguous_semicolon") << QList<QByteArray>{"1,234"} << ';' << true;
    QTest::newRow("ambiguous_comma_file") << QList<QByteArray>{"1.234"} << ',' << false;
    QTest::newRow("integers") << QList<QByteArray>{"12", "7"} << ',' << false;
}

void TestAmountParser::guessesDecimalSymbol()
{
    QFETCH(QList<QByteArray>, samples);
    QFETCH(char, separator);
    QFETCH(bool, comma);
    QCOMPARE(guessDecimalSymbol(samples, separator) == DecimalSymbol::Comma, comma);
}

void TestAmountParser::roundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("half_up") << qint64(5'000) << 2 << qint64(1); // 0.005 -> 0.01
    QTest::newRow("below_half") << qint64(4'999) << 2 << qint64(0);
    QTest::newRow("negative_half") << qint64(-5'000) << 2 << qint64(-1); // -0.005 -> -0.01
    QTest::newRow("yen") << qint64(1'500'000) << 0 << qint64(2);
    QTest::newRow("dinar") << qint64(1'234'500) << 3 << qint64(1235);
}

void TestAmountParser::roundsHalfAwayFromZero()
{
    QFETCH(qint64, micros);
    QFETCH(int, decimals);
    QFETCH(qint64, minor);
    QCOMPARE(microsToMinor(micros, decimals), minor);
    QCOMPARE(picosToMinor(Int128(micros) * kPicosPerMicro, decimals), minor);
}

void TestAmountParser::formatsMinorUnits()
{
    QCOMPARE((Money{123456, Currency{QString(), 2}}.machineText()), QStringLiteral("1234.56"));
    QCOMPARE((Money{-5, Currency{QString(), 2}}.machineText()), QStringLiteral("-0.05"));
    QCOMPARE((Money{1500, Currency{QString(), 0}}.machineText()), QStringLiteral("1500"));
    QCOMPARE((Money{1235, Currency{QString(), 3}}.machineText()), QStringLiteral("1.235"));
    QCOMPARE(Currency::fromCode(QStringLiteral("jpy")).decimals, 0);
    QCOMPARE(Currency::fromCode(QStringLiteral("KWD")).decimals, 3);
    QCOMPARE(Currency::fromCode(QString()).decimals, 2);
}

QTEST_GUILESS_MAIN(TestAmountParser)
#include "TestAmountParser.moc"
