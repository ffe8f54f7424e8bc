#pragma once

#include <QList>

#include <vector>

#include "core/retention/Rfm.h"
#include "core/segment/SegmentationParams.h"

namespace Patronage {

struct SegmentInput;

/// Spec §13: each loyalty group, life cycle and RFM group at a month, and how
/// many of its customers ordered again in the months after.
struct TestedSegment {
    enum class Kind { Group, LifeCycle, RfmGroup };
    Kind kind = Kind::Group;
    int segment = 0;      ///< a LoyaltyGroup, LifeCycle or RfmGroup
    qint64 customers = 0; ///< at the month
    qint64 returned = 0;  ///< of them, with a valid order in months M+1 .. M+horizon
    qint64 revenue = 0;   ///< their net revenue in those months (orders and credit notes)

    double returnRate() const { return customers ? double(returned) / double(customers) : 0.0; }
};

struct GroupsTested {
    MonthIndex month = 0;
    int horizon = 0;               ///< the months actually counted: fewer than asked for near the data's end
    QList<TestedSegment> segments; ///< the 4 groups, the 4 life cycles, the 10 RFM groups, in order
};

namespace Retention {

/// \a input holds \a month and the months after it (Analysis::openInputFrom).
GroupsTested testGroups(const SegmentInput &input, const SegmentationParams &params, MonthIndex month, int horizon);

/// Which customers placed a valid order in months \a month + 1 .. \a month + \a horizon
/// (up to the last month with an order), by dense customer of \a input's history.
std::vector<bool> returnedAfter(const SegmentInput &input, MonthIndex month, int horizon);

} // namespace Retention

} // namespace Patronage
