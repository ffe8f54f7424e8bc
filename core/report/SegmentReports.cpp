#include "core/report/SegmentReports.h"

#include "core/formats/AmountParser.h"
#include "core/formats/Currency.h"

namespace Patronage::SegmentReports {

namespace {

QString money(qint64 minor, int decimals)
{
    return formatMinorUnits(minor, decimals);
}

QString optionalReal(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 6) : QString();
}

// revenue / customers, as money rounded half away from zero to minor units.
QString averageMoney(qint64 total, qint64 count, int decimals)
{
    if (count == 0)
        return {};
    const qint64 magnitude = (2 * std::abs(total) + count) / (2 * count);
    return money(total < 0 ? -magnitude : magnitude, decimals);
}

} // namespace

ReportTable segments(const QList<MonthResult> &months, int currencyDecimals)
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
            table.addRow({monthText(m.month), groupName(group), QString::number(g.customers),
                          QString::number(g.orders), money(g.revenue, currencyDecimals),
                          money(g.monthRevenue, currencyDecimals), ratioText(g.orders, g.customers),
                          averageMoney(g.revenue, g.customers, currencyDecimals), ratioText(g.revenue, base.revenue),
                          ratioText(g.monthRevenue, base.monthRevenue)});
        }
    }
    return table;
}

ReportTable thresholds(const QList<MonthResult> &months, SegmentationParams::Method method, int currencyDecimals)
{
    ReportTable table;
    table.header = {QStringLiteral("month"),          QStringLiteral("method"),
                    QStringLiteral("base_customers"), QStringLiteral("repeat_customers"),
                    QStringLiteral("frequent_from"),  QStringLiteral("vip_from"),
                    QStringLiteral("vip_min_revenue"), QStringLiteral("repurchase_gap_q80"),
                    QStringLiteral("just_ordered"),   QStringLiteral("active"),
                    QStringLiteral("slipping_away"),  QStringLiteral("lost"),
                    QStringLiteral("guest_orders"),   QStringLiteral("guest_revenue")};
    table.numeric = {false, false, true, true, true, true, true, true, true, true, true, true, true, true};
    for (const MonthResult &m : months) {
        QStringList row = {monthText(m.month),
                           methodName(method),
                           QString::number(m.baseCustomers),
                           QString::number(m.repeatCustomers),
                           optionalReal(m.frequentFrom),
                           optionalReal(m.vipFrom),
                           m.vipMinRevenue ? money(*m.vipMinRevenue, currencyDecimals) : QString(),
                           m.repurchaseGapQ80 ? QString::number(*m.repurchaseGapQ80) : QString()};
        for (const qint64 count : m.lifeCycles)
            row.append(QString::number(count));
        row.append(QString::number(m.guestOrders));
        row.append(money(m.guestRevenue, currencyDecimals));
        table.addRow(row);
    }
    return table;
}

QList<Movement> emptyMatrix()
{
    QList<Movement> matrix;
    QStringList from = {QStringLiteral("New")};
    QStringList to;
    for (const LoyaltyGroup group : kAllGroups) {
        from.append(groupName(group));
        to.append(groupName(group));
    }
    to.append(QStringLiteral("Gone"));
    for (const QString &f : from) {
        for (const QString &t : to) {
            if (!(f == QLatin1String("New") && t == QLatin1String("Gone")))
                matrix.append({f, t, 0, 0});
        }
    }
    return matrix;
}

ReportTable compare(const QList<Movement> &matrix, int currencyDecimals)
{
    ReportTable table;
    table.header = {QStringLiteral("from_group"), QStringLiteral("to_group"), QStringLiteral("customers"),
                    QStringLiteral("revenue")};
    table.numeric = {false, false, true, true};
    for (const Movement &m : matrix)
        table.addRow({m.from, m.to, QString::number(m.customers), money(m.revenue, currencyDecimals)});
    return table;
}

} // namespace Patronage::SegmentReports
