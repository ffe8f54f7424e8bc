#include "core/report/SegmentReports.h"

namespace Patronage::SegmentReports {

namespace {

QString money(qint64 minor, const Currency &currency)
{
    return Money{minor, currency}.machineText();
}

QString optionalReal(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 6) : QString();
}

} // namespace

QString averageMoney(qint64 total, qint64 count, const Currency &currency)
{
    if (count == 0)
        return {};
    return money(qint64(divideRoundingHalfAway(total, count)), currency);
}

ReportTable segments(const QList<MonthResult> &months, const Currency &currency)
{
    ReportTable table;
    table.header = {QStringLiteral("month"),         QStringLiteral("group"),
                    QStringLiteral("customers"),     QStringLiteral("orders"),
                    QStringLiteral("revenue"),       QStringLiteral("month_revenue"),
                    QStringLiteral("avg_orders"),    QStringLiteral("avg_revenue"),
                    QStringLiteral("revenue_share"), QStringLiteral("month_revenue_share")};
    table.numeric = {false, false, true, true, true, true, true, true, true, true};
    for (const MonthResult &m : months) {
        const GroupFigures base = m.base();
        for (const LoyaltyGroup group : kAllGroups) {
            const GroupFigures &g = m.groups[size_t(group)];
            table.addRow({monthText(m.month), groupName(group), QString::number(g.customers), QString::number(g.orders),
                          money(g.revenue, currency), money(g.monthRevenue, currency), ratioText(g.orders, g.customers),
                          averageMoney(g.revenue, g.customers, currency), ratioText(g.revenue, base.revenue),
                          ratioText(g.monthRevenue, base.monthRevenue)});
        }
    }
    return table;
}

ReportTable thresholds(const QList<MonthResult> &months, SegmentationParams::Method method, const Currency &currency)
{
    ReportTable table;
    table.header = {QStringLiteral("month"),           QStringLiteral("method"),
                    QStringLiteral("base_customers"),  QStringLiteral("repeat_customers"),
                    QStringLiteral("frequent_from"),   QStringLiteral("vip_from"),
                    QStringLiteral("vip_min_revenue"), QStringLiteral("repurchase_gap_q80"),
                    QStringLiteral("just_ordered"),    QStringLiteral("active"),
                    QStringLiteral("slipping_away"),   QStringLiteral("lost"),
                    QStringLiteral("guest_orders"),    QStringLiteral("guest_revenue")};
    table.numeric = {false, false, true, true, true, true, true, true, true, true, true, true, true, true};
    for (const MonthResult &m : months) {
        QStringList row = {monthText(m.month),
                           methodName(method),
                           QString::number(m.baseCustomers),
                           QString::number(m.repeatCustomers),
                           optionalReal(m.frequentFrom),
                           optionalReal(m.vipFrom),
                           m.vipMinRevenue ? money(*m.vipMinRevenue, currency) : QString(),
                           m.repurchaseGapQ80 ? QString::number(*m.repurchaseGapQ80) : QString()};
        for (const qint64 count : m.lifeCycles)
            row.append(QString::number(count));
        row.append(QString::number(m.guestOrders));
        row.append(money(m.guestRevenue, currency));
        table.addRow(row);
    }
    return table;
}

ReportTable compare(const MigrationMatrix &matrix, const Currency &currency)
{
    ReportTable table;
    table.header = {QStringLiteral("from_group"), QStringLiteral("to_group"), QStringLiteral("customers"),
                    QStringLiteral("revenue")};
    table.numeric = {false, false, true, true};
    for (int row = 0; row < MigrationMatrix::kRows; ++row) {
        const std::optional<LoyaltyGroup> from = MigrationMatrix::rowGroup(row);
        for (int column = 0; column < MigrationMatrix::kColumns; ++column) {
            if (!MigrationMatrix::isPossible(row, column))
                continue;
            const std::optional<LoyaltyGroup> to = MigrationMatrix::columnGroup(column);
            const MigrationMatrix::Cell &cell = matrix.cells[size_t(row)][size_t(column)];
            table.addRow({from ? groupName(*from) : QStringLiteral("New"), to ? groupName(*to) : QStringLiteral("Gone"),
                          QString::number(cell.customers), money(cell.revenue, currency)});
        }
    }
    return table;
}

} // namespace Patronage::SegmentReports
