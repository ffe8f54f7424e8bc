// Figures as people read them: money in the user's locale with the currency's symbol.
#include <QLocale>
#include <QTest>

#include "ui/DisplayFormat.h"

using namespace Patronage;

class TestDisplayFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void moneyInTheUsersLocale_data();
    void moneyInTheUsersLocale();
    void predictionsInWords();
};

void TestDisplayFormat::moneyInTheUsersLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::newRow("GBP in Britain") << uk << qint64(12059989) << "GBP" << QStringLiteral("£120,599.89");
    QTest::newRow("GBP in Germany") << de << qint64(12059989) << "GBP" << QStringLiteral("120.599,89\u00A0£");
    QTest::newRow("EUR in Germany") << de << qint64(-250) << "EUR" << QStringLiteral("-2,50\u00A0€");
    QTest::newRow("USD at home") << us << qint64(123450) << "USD" << QStringLiteral("$1,234.50");
    // Many currencies write "$": abroad it is the dollar most locales use, and the code says the others.
    QTest::newRow("USD in Germany") << de << qint64(123450) << "USD" << QStringLiteral("1.234,50\u00A0$");
    QTest::newRow("CAD in Germany") << de << qint64(123450) << "CAD" << QStringLiteral("1.234,50\u00A0CAD");
    QTest::newRow("JPY, no decimals: ¥ is also CNY's")
        << us << qint64(5000) << "JPY" << QStringLiteral("5,000\u00A0JPY");
    QTest::newRow("no currency yet") << de << qint64(123450) << "" << QStringLiteral("1.234,50");
}

void TestDisplayFormat::moneyInTheUsersLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QLocale::setDefault(locale);
    QCOMPARE(DisplayFormat::money(minor, Currency::fromCode(code)), expected);
}

void TestDisplayFormat::predictionsInWords()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(DisplayFormat::probability(0.974), QStringLiteral("97%"));
    QCOMPARE(DisplayFormat::probability(0.9996), QStringLiteral("over 99%")); // never a certain "100%"
    QCOMPARE(DisplayFormat::probability(0.0004), QStringLiteral("under 1%"));
    QCOMPARE(DisplayFormat::probability(0.0), QStringLiteral("0%"));
    QCOMPARE(DisplayFormat::expectedOrders(3.45), QStringLiteral("3,5"));
    QCOMPARE(DisplayFormat::date(0, QLocale::ShortFormat), QStringLiteral("01.01.1970")); // the whole year
}

QTEST_MAIN(TestDisplayFormat)
#include "TestDisplayFormat.moc"
