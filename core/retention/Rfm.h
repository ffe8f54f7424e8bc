#pragma once

#include <QHashFunctions>
#include <QString>

#include <array>
#include <vector>

#include "core/segment/MonthResult.h"

namespace Patronage {

/// The ten RFM groups of spec §11, in the order its table reads (row by row).
enum class RfmGroup {
    New,
    Promising,
    Active,
    Loyal,
    Champions,
    NeedsAttention,
    AlmostLost,
    AtRisk,
    Dormant,
    PreviouslyLoyal,
};
constexpr int kRfmGroupCount = 10;

inline size_t qHash(RfmGroup group, size_t seed = 0)
{
    return ::qHash(int(group), seed);
}

/// Names exactly as the spec writes them: "Needs Attention", "Previously Loyal".
QString rfmGroupName(RfmGroup group);
/// Accepts the spec's names in any case, with or without spaces, dashes or underscores.
bool parseRfmGroupName(const QString &name, RfmGroup *group);

/// A base customer's RFM scores at a month (spec §11): each 1 to 5.
struct RfmScore {
    qint8 recency = 1;
    qint8 frequency = 1;
    qint8 monetary = 1;
    RfmGroup group = RfmGroup::Dormant;

    /// FM = ceil((F + M) / 2).
    int frequencyMonetary() const { return (frequency + monetary + 1) / 2; }
    /// "543": R, F and M.
    QString code() const;
    bool operator==(const RfmScore &) const = default;
};

namespace Rfm {

/// The group of spec §11's table for R (rows) and FM (columns), each 1 to 5.
RfmGroup groupOf(int recency, int frequencyMonetary);

/// The scores of a month's whole base, one per snapshot, in the same order:
/// score = 1 + floor(5 w / k), w the customers strictly worse on the measure
/// (more days since the last order; fewer orders; less revenue).
std::vector<RfmScore> score(const std::vector<CustomerSnapshot> &base);

/// Customers and the sum of their revenue (r) in each group.
struct GroupFigures {
    qint64 customers = 0;
    qint64 revenue = 0;
};
std::array<GroupFigures, kRfmGroupCount> groupFigures(const std::vector<CustomerSnapshot> &base,
                                                      const std::vector<RfmScore> &scores);
/// The same by R and FM: cells[R - 1][FM - 1].
using Grid = std::array<std::array<GroupFigures, 5>, 5>;
Grid grid(const std::vector<CustomerSnapshot> &base, const std::vector<RfmScore> &scores);

} // namespace Rfm

struct SegmentInput;
struct SegmentationParams;

/// A month's RFM figures (spec §11): the whole base, by cell and by group.
struct RfmOverview {
    MonthIndex month = 0;
    Rfm::Grid grid{};
    std::array<Rfm::GroupFigures, kRfmGroupCount> groups{};
    qint64 customers = 0;
    qint64 revenue = 0;
};

namespace Rfm {

/// The RFM figures of \a month's base; \a input holds the month (Analysis::inputFrom).
RfmOverview overviewAt(const SegmentInput &input, const SegmentationParams &params, MonthIndex month);

} // namespace Rfm

} // namespace Patronage
