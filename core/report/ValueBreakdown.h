#pragma once

#include <array>

#include "core/money/Int128.h"
#include "core/report/CustomerList.h"
#include "core/segment/Groups.h"

namespace Patronage {

/// A month's customers with predictions (spec §10), added up the ways the
/// Value page shows them: by loyalty group, life cycle and churn risk, and
/// how P(alive) is spread. Sums are exact (128 bits).
struct ValueBreakdown {
    struct Cell {
        qint64 customers = 0;
        Int128 predictedValue = 0; ///< minor units
        /// The sum as minor units, saturated at the largest qint64 (for display).
        qint64 predictedMinor() const;
    };
    static constexpr int kRiskCount = 3;
    static constexpr int kAliveBins = 10; ///< P(alive) in tenths: [0, 0.1), ..., [0.9, 1]

    Cell total;
    std::array<Cell, kGroupCount> byGroup{};
    std::array<Cell, kLifeCycleCount> byLifeCycle{};
    std::array<Cell, kRiskCount> byRisk{};                                  ///< Predict::ChurnRisk order
    std::array<std::array<Cell, kRiskCount>, kGroupCount> byGroupAndRisk{}; ///< [group][risk]
    std::array<qint64, kAliveBins> aliveHistogram{};

    /// Adds up \a list's customers; empty (all zero) when it has no predictions.
    static ValueBreakdown of(const CustomerList &list);
};

} // namespace Patronage
