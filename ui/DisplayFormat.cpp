#include "ui/DisplayFormat.h"

namespace Patronage::DisplayFormat {

QString money(qint64 minor, const Currency &currency)
{
    return Money{minor, currency}.machineText();
}

QString moneyWithCode(qint64 minor, const Currency &currency)
{
    const QString amount = money(minor, currency);
    return currency.code.isEmpty() ? amount : amount + QLatin1Char(' ') + currency.code;
}

} // namespace Patronage::DisplayFormat
