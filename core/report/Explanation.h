#pragma once

#include <QStringList>

#include <optional>

#include "core/money/Money.h"
#include "core/segment/MonthResult.h"
#include "core/segment/SegmentationParams.h"

namespace Patronage {

/// The calculation that puts a customer in its group and life cycle at a
/// month, with its own figures and the month's cut-offs: one line per step,
/// in the spec's notation. Shared by `patronage-cli explain` and the app's
/// customer detail.
QStringList explainCustomer(const std::optional<CustomerSnapshot> &snapshot, const MonthResult &month,
                            const SegmentationParams &params, const Currency &currency);

} // namespace Patronage
