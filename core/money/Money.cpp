#include "core/money/Money.h"

#include <QHash>

namespace Patronage {

namespace {

// ISO 4217's active codes (and a few recently withdrawn ones that old exports
// still carry), with the digits of their minor units where not 2.
struct CurrencyCodes {
    QHash<QString, int> decimals;
    CurrencyCodes()
    {
        const char *const twoDecimals =
            "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF "
            "CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ "
            "GYD HKD HNL HRK HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD "
            "MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD "
            "RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH "
            "USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL";
        for (const QString &code : QString::fromLatin1(twoDecimals).split(QLatin1Char(' ')))
            decimals.insert(code, 2);
        for (const char *code : {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                                 "VND", "VUV", "XAF", "XOF", "XPF"})
            decimals.insert(QString::fromLatin1(code), 0);
        for (const char *code : {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
            decimals.insert(QString::fromLatin1(code), 3);
        for (const char *code : {"CLF", "UYW"})
            decimals.insert(QString::fromLatin1(code), 4);
    }
};

const CurrencyCodes &currencyCodes()
{
    static const CurrencyCodes codes;
    return codes;
}

} // namespace

Currency Currency::fromCode(const QString &code)
{
    Currency currency;
    currency.code = code.trimmed().toUpper();
    currency.decimals = currencyCodes().decimals.value(currency.code, 2);
    return currency;
}

bool Currency::isIsoCode(const QString &code)
{
    return currencyCodes().decimals.contains(code.trimmed().toUpper());
}

Int128 powerOfTen(int exponent)
{
    Int128 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

Int128 divideRoundingHalfAway(Int128 value, Int128 divisor)
{
    const bool negative = value < 0;
    const Int128 magnitude = negative ? -value : value;
    const Int128 rounded = (magnitude + divisor / 2) / divisor;
    return negative ? -rounded : rounded;
}

qint64 microsToMinor(Int128 micros, int decimals)
{
    return qint64(divideRoundingHalfAway(micros, powerOfTen(6 - decimals)));
}

Int128 minorToPicos(qint64 minor, int decimals)
{
    return Int128(minor) * powerOfTen(12 - decimals);
}

qint64 picosToMinor(Int128 picos, int decimals)
{
    return qint64(divideRoundingHalfAway(picos, powerOfTen(12 - decimals)));
}

QString Money::machineText() const
{
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const auto scale = quint64(powerOfTen(currency.decimals));
    QString text = QString::number(magnitude / scale);
    if (currency.decimals > 0)
        text +=
            QLatin1Char('.') + QString::number(magnitude % scale).rightJustified(currency.decimals, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

double Money::majorUnits() const
{
    return double(minor) / double(powerOfTen(currency.decimals));
}

} // namespace Patronage
