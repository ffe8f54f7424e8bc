#pragma once

#include "core/segment/MonthResult.h"
#include "core/segment/SegmentationParams.h"

#include <QStringList>

#include <optional>

namespace Patronage {

/// Why a customer is in its group and life cycle at a month, with its own
/// figures and the month's cut-offs: one line per step. Shared by
/// `patronage-cli explain` and the app's customer detail.
QStringList explainCustomer(const std::optional<CustomerSnapshot> &snapshot, const MonthResult &month,
                            const SegmentationParams &params, int currencyDecimals);

} // namespace Patronage
