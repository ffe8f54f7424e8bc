#pragma once

#include <QString>

#include "core/money/Money.h"

namespace Patronage {

/// How the app writes figures for people. One home for it, so every page,
/// table and tooltip writes money, counts and dates the same way.
namespace DisplayFormat {

/// An amount of money.
QString money(qint64 minor, const Currency &currency);
/// An amount with its currency code after it, where the code is known.
QString moneyWithCode(qint64 minor, const Currency &currency);

} // namespace DisplayFormat

} // namespace Patronage
