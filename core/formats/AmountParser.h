#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Patronage {

// Exact intermediate sums need more than 64 bits (GCC and Clang have 128).
__extension__ typedef __int128 Int128;

enum class DecimalSymbol { Point, Comma };

/// Amounts are read exactly, to six decimals (a unit price of 0.001 stays
/// 0.001), and rounded to the currency's minor units only once an order's
/// total is formed.
constexpr qint64 kMicrosPerUnit = 1'000'000;

/// Parses "1,234.56", "1.234,56", "€ 12,50", "$-3.00", "(4.00)", "12.50 USD".
/// Returns micro-units, or nothing when the text is not an amount.
std::optional<qint64> parseAmountMicros(QByteArrayView text, DecimalSymbol decimal);

/// The decimal symbol that reads a column's sample values best; \a separator
/// breaks ties (a semicolon-separated file usually writes decimal commas).
DecimalSymbol guessDecimalSymbol(const QList<QByteArray> &samples, char separator);

/// Rounds micro-units to minor units with \a decimals digits, half away from zero.
qint64 microsToMinor(Int128 micros, int decimals);

/// Exact sums of line totals are kept in pico-units (1e-12): quantity x price
/// of two micro-unit amounts, with nothing rounded.
constexpr qint64 kPicosPerMicro = 1'000'000;
inline Int128 lineTotalPicos(qint64 quantityMicros, qint64 priceMicros)
{
    return Int128(quantityMicros) * priceMicros;
}

/// Minor units with \a decimals digits as pico-units.
Int128 minorToPicos(qint64 minor, int decimals);

/// Rounds pico-units to minor units with \a decimals digits, half away from zero.
qint64 picosToMinor(Int128 picos, int decimals);

} // namespace Patronage
