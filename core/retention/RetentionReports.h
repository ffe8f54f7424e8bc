#pragma once

#include <array>

#include "core/money/Money.h"
#include "core/report/ReportTable.h"
#include "core/retention/Cohorts.h"
#include "core/retention/GroupsTested.h"
#include "core/retention/Rfm.h"

namespace Patronage::RetentionReports {

/// The CLI's reports of spec §11 to §13, with §15's columns (a contract).
ReportTable rfm(MonthIndex month, const std::array<Rfm::GroupFigures, kRfmGroupCount> &groups,
                const Currency &currency);
ReportTable cohorts(const QList<CohortCell> &cells, const Currency &currency);
ReportTable tested(const GroupsTested &tested, const Currency &currency);

/// "group", "life_cycle", "rfm_group"; and a segment's name ("VIP", "Slipping Away", "Champions").
QString kindName(TestedSegment::Kind kind);
QString segmentName(const TestedSegment &segment);

} // namespace Patronage::RetentionReports
