#include "core/retention/RetentionReports.h"

#include "core/report/SegmentReports.h"
#include "core/segment/Groups.h"

namespace Patronage::RetentionReports {

namespace {

QString money(qint64 minor, const Currency &currency)
{
    return Money{minor, currency}.machineText();
}

} // namespace

ReportTable rfm(MonthIndex month, const std::array<Rfm::GroupFigures, kRfmGroupCount> &groups, const Currency &currency)
{
    ReportTable table;
    table.header = {QStringLiteral("month"), QStringLiteral("rfm_group"), QStringLiteral("customers"),
                    QStringLiteral("revenue")};
    table.numeric = {false, false, true, true};
    for (int g = 0; g < kRfmGroupCount; ++g) {
        table.addRow({monthText(month), rfmGroupName(RfmGroup(g)), QString::number(groups[size_t(g)].customers),
                      money(groups[size_t(g)].revenue, currency)});
    }
    return table;
}

ReportTable cohorts(const QList<CohortCell> &cells, const Currency &currency)
{
    ReportTable table;
    table.header = {QStringLiteral("cohort"),     QStringLiteral("size"),
                    QStringLiteral("offset"),     QStringLiteral("month"),
                    QStringLiteral("active"),     QStringLiteral("retention"),
                    QStringLiteral("revenue"),    QStringLiteral("cumulative_revenue_per_customer"),
                    QStringLiteral("repeat_rate")};
    table.numeric = {false, true, true, false, true, true, true, true, true};
    for (const CohortCell &c : cells) {
        table.addRow({monthText(c.cohort), QString::number(c.size), QString::number(c.offset), monthText(c.month()),
                      QString::number(c.active), ratioText(c.active, c.size), money(c.revenue, currency),
                      SegmentReports::averageMoney(c.cumulativeRevenue, c.size, currency),
                      ratioText(c.repeated, c.size)});
    }
    return table;
}

QString kindName(TestedSegment::Kind kind)
{
    switch (kind) {
    case TestedSegment::Kind::Group: return QStringLiteral("group");
    case TestedSegment::Kind::LifeCycle: return QStringLiteral("life_cycle");
    case TestedSegment::Kind::RfmGroup: return QStringLiteral("rfm_group");
    }
    return {};
}

QString segmentName(const TestedSegment &segment)
{
    switch (segment.kind) {
    case TestedSegment::Kind::Group: return groupName(LoyaltyGroup(segment.segment));
    case TestedSegment::Kind::LifeCycle: return lifeCycleName(LifeCycle(segment.segment));
    case TestedSegment::Kind::RfmGroup: return rfmGroupName(RfmGroup(segment.segment));
    }
    return {};
}

ReportTable tested(const GroupsTested &tested, const Currency &currency)
{
    ReportTable table;
    table.header = {QStringLiteral("month"),       QStringLiteral("horizon"),   QStringLiteral("kind"),
                    QStringLiteral("segment"),     QStringLiteral("customers"), QStringLiteral("returned"),
                    QStringLiteral("return_rate"), QStringLiteral("revenue")};
    table.numeric = {false, true, false, false, true, true, true, true};
    for (const TestedSegment &s : tested.segments) {
        table.addRow({monthText(tested.month), QString::number(tested.horizon), kindName(s.kind), segmentName(s),
                      QString::number(s.customers), QString::number(s.returned), ratioText(s.returned, s.customers),
                      money(s.revenue, currency)});
    }
    return table;
}

} // namespace Patronage::RetentionReports
