#pragma once

#include <QList>

#include "core/money/Money.h"
#include "core/report/MigrationMatrix.h"
#include "core/report/ReportTable.h"
#include "core/segment/MonthResult.h"
#include "core/segment/SegmentationParams.h"

namespace Patronage {

/// The reports of spec §9, as tables whose headers are a contract.
namespace SegmentReports {

/// total / count as money, rounded half away from zero to minor units; empty for no count.
QString averageMoney(qint64 total, qint64 count, const Currency &currency);

ReportTable segments(const QList<MonthResult> &months, const Currency &currency);
ReportTable thresholds(const QList<MonthResult> &months, SegmentationParams::Method method, const Currency &currency);
/// All 24 cells, rows New then each group, columns each group then Gone.
ReportTable compare(const MigrationMatrix &matrix, const Currency &currency);

} // namespace SegmentReports

} // namespace Patronage
