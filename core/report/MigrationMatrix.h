#pragma once

#include <QList>

#include <array>
#include <optional>

#include "core/error/Result.h"
#include "core/report/CustomerList.h"
#include "core/segment/SegmentationParams.h"

namespace Patronage {

class Store;
struct SegmentInput;

/// Who moved from which group to which between two months (spec §6): rows
/// are the group at the earlier month or New, columns the group at the later
/// month or Gone. A row or column is a group, or empty for New and Gone.
struct MigrationMatrix {
    static constexpr int kRows = kGroupCount + 1;    ///< New, then the groups
    static constexpr int kColumns = kGroupCount + 1; ///< the groups, then Gone

    struct Cell {
        qint64 customers = 0;
        qint64 revenue = 0; ///< the customers' r at the later month (at the earlier one for Gone)
    };
    std::array<std::array<Cell, kColumns>, kRows> cells{};

    /// The group of a row (empty for New) and of a column (empty for Gone).
    static std::optional<LoyaltyGroup> rowGroup(int row);
    static std::optional<LoyaltyGroup> columnGroup(int column);
    static int rowOf(std::optional<LoyaltyGroup> group);
    static int columnOf(std::optional<LoyaltyGroup> group);
    /// New customers who are gone at once cannot be: that cell is never filled.
    static bool isPossible(int row, int column) { return !(row == 0 && column == kGroupCount); }

    Cell &at(std::optional<LoyaltyGroup> from, std::optional<LoyaltyGroup> to)
    {
        return cells[size_t(rowOf(from))][size_t(columnOf(to))];
    }
    const Cell &at(std::optional<LoyaltyGroup> from, std::optional<LoyaltyGroup> to) const
    {
        return cells[size_t(rowOf(from))][size_t(columnOf(to))];
    }
};

/// The comparison matrix between months \a from < \a to.
MigrationMatrix compareMonths(const SegmentInput &input, const SegmentationParams &params, MonthIndex from,
                              MonthIndex to);

/// The customers of the matrix's \a cells, each a Movement from a group at
/// \a from (empty: New) to one at \a to (empty: Gone), with where each moved.
/// Snapshots are at \a to, or at \a from for Gone. Highest revenue first.
Result<CustomerList> movers(Store &store, const SegmentInput &input, const SegmentationParams &params, MonthIndex from,
                            MonthIndex to, const QList<Movement> &cells,
                            std::shared_ptr<const CustomerDirectory> cached = {});

} // namespace Patronage
