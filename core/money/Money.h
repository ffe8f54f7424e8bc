#pragma once

#include <QString>

#include "core/money/Int128.h"

namespace Patronage {

/// A store's currency: its ISO 4217 code (empty while none is known) and the
/// digits of its minor unit (2 for most, 0 for JPY, 3 for KWD).
struct Currency {
    QString code;
    int decimals = 2;

    /// The currency of \a code; an empty or unknown code has 2 decimals.
    static Currency fromCode(const QString &code);
    /// Whether \a code is an ISO 4217 currency code ("EUR"; any case).
    static bool isIsoCode(const QString &code);
    bool operator==(const Currency &) const = default;
};

/// An amount of money: integer minor units (cents) of a currency.
struct Money {
    qint64 minor = 0;
    Currency currency;

    /// Major units with the currency's decimals and a point: 123456 -> "1234.56"
    /// (the machine format of CSV reports, spec §9).
    QString machineText() const;
    /// The amount in major units as a double, for charts and models only.
    double majorUnits() const;
};

/// 10^exponent, exactly (0 <= exponent <= 38).
Int128 powerOfTen(int exponent);
/// value / divisor rounded half away from zero; divisor > 0.
Int128 divideRoundingHalfAway(Int128 value, Int128 divisor);

/// Amounts are read exactly, to six decimals (a unit price of 0.001 stays
/// 0.001), and rounded to the currency's minor units only once an order's
/// total is formed.
constexpr qint64 kMicrosPerUnit = 1'000'000;
/// Exact sums of line totals are kept in pico-units (1e-12): quantity x price
/// of two micro-unit amounts, with nothing rounded.
constexpr qint64 kPicosPerMicro = 1'000'000;
inline Int128 lineTotalPicos(qint64 quantityMicros, qint64 priceMicros)
{
    return Int128(quantityMicros) * priceMicros;
}
/// Rounds micro-units to minor units with \a decimals digits, half away from zero.
qint64 microsToMinor(Int128 micros, int decimals);
/// Minor units with \a decimals digits as pico-units.
Int128 minorToPicos(qint64 minor, int decimals);
/// Rounds pico-units to minor units with \a decimals digits, half away from zero.
qint64 picosToMinor(Int128 picos, int decimals);

} // namespace Patronage
