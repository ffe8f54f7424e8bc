#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

#include "core/money/Money.h"

namespace Patronage {

enum class DecimalSymbol { Point, Comma };

/// Amounts are read exactly, to six decimals (micro-units, core/money/Money.h).
/// Parses "1,234.56", "1.234,56", "€ 12,50", "$-3.00", "(4.00)", "12.50 USD".
/// Returns micro-units, or nothing when the text is not an amount.
std::optional<qint64> parseAmountMicros(QByteArrayView text, DecimalSymbol decimal);

/// The decimal symbol that reads a column's sample values best; \a separator
/// breaks ties (a semicolon-separated file usually writes decimal commas).
DecimalSymbol guessDecimalSymbol(const QList<QByteArray> &samples, char separator);

} // namespace Patronage
