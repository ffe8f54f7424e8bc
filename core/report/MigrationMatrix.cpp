#include "core/report/MigrationMatrix.h"

#include <algorithm>

#include "core/report/CustomerQuery.h"
#include "core/segment/OrderHistory.h"
#include "core/segment/SegmentEngine.h"

namespace Patronage {

namespace {

constexpr qint8 kNotInBase = -1;

std::optional<LoyaltyGroup> groupOf(qint8 stored)
{
    return stored == kNotInBase ? std::nullopt : std::optional<LoyaltyGroup>(LoyaltyGroup(stored));
}

} // namespace

std::optional<LoyaltyGroup> MigrationMatrix::rowGroup(int row)
{
    return row == 0 ? std::nullopt : std::optional<LoyaltyGroup>(LoyaltyGroup(row - 1));
}

std::optional<LoyaltyGroup> MigrationMatrix::columnGroup(int column)
{
    return column == kGroupCount ? std::nullopt : std::optional<LoyaltyGroup>(LoyaltyGroup(column));
}

int MigrationMatrix::rowOf(std::optional<LoyaltyGroup> group)
{
    return group ? int(*group) + 1 : 0;
}

int MigrationMatrix::columnOf(std::optional<LoyaltyGroup> group)
{
    return group ? int(*group) : kGroupCount;
}

MigrationMatrix compareMonths(const SegmentInput &input, const SegmentationParams &params, MonthIndex from,
                              MonthIndex to)
{
    const OrderHistory &history = *input.history;
    std::vector<qint8> groupAtFrom(size_t(history.customerCount()), kNotInBase);
    std::vector<qint64> revenueAtFrom(size_t(history.customerCount()), 0);
    std::vector<bool> inBaseAtTo(size_t(history.customerCount()), false);
    MigrationMatrix matrix;
    SegmentEngine(input, params).snapshots({from, to}, [&](MonthIndex month, const CustomerSnapshot &s) {
        const size_t c = size_t(s.customer);
        if (month == from) {
            groupAtFrom[c] = qint8(s.group);
            revenueAtFrom[c] = s.revenue;
            return;
        }
        inBaseAtTo[c] = true;
        MigrationMatrix::Cell &cell = matrix.at(groupOf(groupAtFrom[c]), s.group);
        cell.customers += 1;
        cell.revenue += s.revenue;
    });
    for (size_t c = 0; c < groupAtFrom.size(); ++c) {
        if (groupAtFrom[c] != kNotInBase && !inBaseAtTo[c]) {
            MigrationMatrix::Cell &cell = matrix.at(groupOf(groupAtFrom[c]), std::nullopt);
            cell.customers += 1;
            cell.revenue += revenueAtFrom[c];
        }
    }
    return matrix;
}

Result<CustomerList> movers(Store &store, const SegmentInput &input, const SegmentationParams &params, MonthIndex from,
                            MonthIndex to, const QList<Movement> &cells,
                            std::shared_ptr<const CustomerDirectory> cached)
{
    const Result<std::shared_ptr<const CustomerDirectory>> directory = directoryFor(store, input, std::move(cached));
    if (!directory)
        return directory.error();
    const auto listed = [&cells](std::optional<LoyaltyGroup> a, std::optional<LoyaltyGroup> b) {
        return cells.contains(Movement{a, b});
    };
    const bool anyGone = std::any_of(cells.begin(), cells.end(), [](const Movement &m) { return !m.to; });
    const OrderHistory &history = *input.history;
    std::vector<qint8> groupAtFrom(size_t(history.customerCount()), kNotInBase);
    std::vector<bool> inBaseAtTo(size_t(history.customerCount()), false);
    std::vector<CustomerSnapshot> atFrom(anyGone ? size_t(history.customerCount()) : 0);
    std::vector<CustomerSnapshot> picked;
    std::vector<Movement> movements;
    SegmentEngine(input, params).snapshots({from, to}, [&](MonthIndex month, const CustomerSnapshot &s) {
        const size_t c = size_t(s.customer);
        if (month == from) {
            groupAtFrom[c] = qint8(s.group);
            if (anyGone)
                atFrom[c] = s;
            return;
        }
        inBaseAtTo[c] = true;
        if (listed(groupOf(groupAtFrom[c]), s.group)) {
            picked.push_back(s);
            movements.push_back({groupOf(groupAtFrom[c]), s.group});
        }
    });
    if (anyGone) {
        for (size_t c = 0; c < groupAtFrom.size(); ++c) {
            if (groupAtFrom[c] != kNotInBase && !inBaseAtTo[c] && listed(groupOf(groupAtFrom[c]), std::nullopt)) {
                picked.push_back(atFrom[c]);
                movements.push_back({groupOf(groupAtFrom[c]), std::nullopt});
            }
        }
    }
    CustomerList::Extras extras;
    extras.movements = std::move(movements);
    return CustomerList(std::move(picked), *directory, std::move(extras));
}

} // namespace Patronage
