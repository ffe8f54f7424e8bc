#pragma once

#include <QString>

namespace Patronage {

/// Digits after the decimal point in \a code's minor unit (ISO 4217): 2 for
/// most, 0 for JPY or KRW, 3 for BHD or KWD; 2 when the code is empty or unknown.
int currencyDecimals(const QString &code);

/// Minor units as major units with the currency's decimals: 123456 -> "1234.56".
QString formatMinorUnits(qint64 minor, int decimals);

} // namespace Patronage
