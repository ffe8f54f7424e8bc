#pragma once

#include <optional>
#include <vector>

#include "core/segment/MonthResult.h"
#include "core/segment/SegmentationParams.h"

namespace Patronage::Retention {

/// Spec §14: the group one more valid order would put each base customer in,
/// with the month's cut-offs held fixed and the order worth the customer's
/// average (r / n, rounded down); empty when it would not move them up. One
/// per snapshot of \a base, the month's whole base (its cut-offs come from it).
std::vector<std::optional<LoyaltyGroup>> nextGroups(const std::vector<CustomerSnapshot> &base,
                                                    const SegmentationParams &params);

} // namespace Patronage::Retention
