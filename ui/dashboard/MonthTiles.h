#pragma once

#include <QList>
#include <QString>

#include "core/analysis/Analysis.h"

namespace Patronage {

/// One of a month's headline figures, as the dashboard's tiles and the monthly
/// report show it: what it is, its value, what it counts, and its change on the
/// month before and the year before.
struct MonthTile {
    QString title;
    QString value;
    QString detail;
    QString changes; ///< empty when the store has neither month to compare with
};

/// The four tiles of \a month (customers so far, repeat rate, VIP share of revenue,
/// guest revenue), in the user's language; empty when the store has no such month.
QList<MonthTile> monthTiles(const AnalysisSnapshot &snapshot, MonthIndex month);

} // namespace Patronage
