#pragma once

#include <QString>

#include <optional>

#include "core/predict/CustomerValue.h"
#include "core/retention/Rfm.h"
#include "core/segment/MonthResult.h"

namespace Patronage {

/// Where a customer of a month comparison came from and went to (spec §6):
/// the group at the earlier month (empty: new since) and at the later one
/// (empty: gone by then, and the figures are those of the earlier month).
struct Movement {
    std::optional<LoyaltyGroup> from;
    std::optional<LoyaltyGroup> to;
    bool operator==(const Movement &) const = default;
};

/// A listed customer: the month's figures with the store's key, e-mail and name.
struct CustomerRow {
    CustomerSnapshot snapshot;
    qint64 storeId = 0; ///< customers.id
    QString key;
    QString email;
    QString name;
    /// Spec §10 at the month's end, when the list was given predictions and they predict.
    std::optional<Predict::CustomerPrediction> prediction;
    /// Where the customer moved, in a list of a comparison's movers.
    std::optional<Movement> movement;
    /// Spec §11 at the month, in a month's customer list.
    std::optional<RfmScore> rfm;
    /// Spec §14: the group one more order would take the customer to, in a list of those one order away.
    std::optional<LoyaltyGroup> nextGroup;
};

} // namespace Patronage
