#pragma once

#include <QString>

#include <optional>

#include "core/predict/CustomerValue.h"
#include "core/segment/MonthResult.h"

namespace Patronage {

/// A listed customer: the month's figures with the store's key, e-mail and name.
struct CustomerRow {
    CustomerSnapshot snapshot;
    qint64 storeId = 0; ///< customers.id
    QString key;
    QString email;
    QString name;
    /// Spec §10 at the month's end, when the list was given predictions and they predict.
    std::optional<Predict::CustomerPrediction> prediction;
};

} // namespace Patronage
