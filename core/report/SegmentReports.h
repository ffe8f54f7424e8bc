#pragma once

#include "core/report/ReportTable.h"
#include "core/segment/MonthResult.h"
#include "core/segment/SegmentationParams.h"

#include <QList>

namespace Patronage {

/// The reports of spec §9, as tables whose headers are a contract.
namespace SegmentReports {

ReportTable segments(const QList<MonthResult> &months, int currencyDecimals);
ReportTable thresholds(const QList<MonthResult> &months, SegmentationParams::Method method, int currencyDecimals);

/// One cell of the comparison matrix between two months (spec §6).
struct Movement {
    QString from; ///< a group name or "New"
    QString to;   ///< a group name or "Gone"
    qint64 customers = 0;
    qint64 revenue = 0; ///< the customers' r at the later month (at the earlier one for "Gone")
};
QList<Movement> emptyMatrix();
ReportTable compare(const QList<Movement> &matrix, int currencyDecimals);

} // namespace SegmentReports

} // namespace Patronage
