#include "core/report/Explanation.h"

#include "core/formats/Currency.h"

#include <cmath>

namespace Patronage {

namespace {

QString real(double value)
{
    return QString::number(value, 'f', 6);
}

// The rule that put the customer in its group, with the month's cut-offs.
QString groupReason(const CustomerSnapshot &s, const MonthResult &m, SegmentationParams::Method method,
                    const QString &revenue, const QString &vipMinRevenue)
{
    const QString n = QString::number(s.orders);
    if (s.orders == 1)
        return QStringLiteral("n = 1: a single valid order");
    if (method == SegmentationParams::Method::Percentile && !m.frequentFrom)
        return QStringLiteral("no customer has two orders yet, so every customer is a One Time Buyer");
    const QString f = real(*m.frequentFrom);
    const QString v = real(*m.vipFrom);
    switch (s.group) {
    case LoyaltyGroup::Vip:
        return method == SegmentationParams::Method::Clerk
            ? QStringLiteral("n = %1 >= V = %2").arg(n, v)
            : QStringLiteral("n = %1 >= V = %2 and r = %3 >= W = %4").arg(n, v, revenue, vipMinRevenue);
    case LoyaltyGroup::FrequentBuyer:
        return method == SegmentationParams::Method::Clerk
            ? QStringLiteral("F = %1 <= n = %2 < V = %3").arg(f, n, v)
            : QStringLiteral("n = %1 >= F = %2, and not n >= V = %3 with r >= W = %4").arg(n, f, v, vipMinRevenue);
    case LoyaltyGroup::LoyalCustomer:
        return QStringLiteral("2 <= n = %1 < F = %2").arg(n, f);
    case LoyaltyGroup::OneTimeBuyer:
        break;
    }
    return {};
}

QString lifeCycleReason(const CustomerSnapshot &s, const MonthResult &m)
{
    const QString d = QString::number(s.daysSinceLastOrder);
    if (s.lifeCycle == LifeCycle::JustOrdered)
        return QStringLiteral("d = %1 days since the last order < 30").arg(d);
    QString rhythm;
    if (s.orders >= 2) {
        const qint64 span = s.lastDay - s.firstDay;
        rhythm = QStringLiteral("g = max(1, span / (n - 1)) = max(1, %1 / %2) = %3")
                     .arg(span)
                     .arg(s.orders - 1)
                     .arg(real(std::max(1.0, double(span) / double(s.orders - 1))));
    } else if (m.repurchaseGapQ80) {
        rhythm = QStringLiteral("g = max(1, G) with G = %1 days, the 80th percentile of all repurchase gaps")
                     .arg(*m.repurchaseGapQ80);
    } else {
        return QStringLiteral("d = %1 >= 30, and nobody has bought twice yet, so a one time buyer stays Active").arg(d);
    }
    switch (s.lifeCycle) {
    case LifeCycle::Active:
        return QStringLiteral("d = %1 <= 2g; %2").arg(d, rhythm);
    case LifeCycle::SlippingAway:
        return QStringLiteral("2g < d = %1 <= 4g; %2").arg(d, rhythm);
    case LifeCycle::Lost:
        return QStringLiteral("d = %1 > 4g; %2").arg(d, rhythm);
    case LifeCycle::JustOrdered:
        break;
    }
    return {};
}

} // namespace

QStringList explainCustomer(const std::optional<CustomerSnapshot> &snapshot, const MonthResult &monthResult,
                            const SegmentationParams &params, int currencyDecimals)
{
    if (!snapshot)
        return {QStringLiteral("not in the base: no valid order in the snapshot, so in no group and no life cycle")};
    const CustomerSnapshot &s = *snapshot;
    const QString revenue = formatMinorUnits(s.revenue, currencyDecimals);
    const qint64 k = monthResult.baseCustomers;
    const qint64 S = monthResult.base().orders;
    QStringList lines;
    lines << QStringLiteral("orders n = %1 valid orders, first %2, last %3")
                 .arg(s.orders)
                 .arg(dayText(s.firstDay), dayText(s.lastDay));
    lines << QStringLiteral("revenue r = %1 (net orders plus credit notes, floored at 0)").arg(revenue);
    if (params.method == SegmentationParams::Method::Clerk) {
        const double mu = double(S) / double(k);
        const double sigma = std::sqrt(std::max(0.0, double(monthResult.orderSquareSum) / double(k) - mu * mu));
        lines << QStringLiteral("the month's base: k = %1 customers, mean orders mu = %2, sigma = %3")
                     .arg(k)
                     .arg(real(mu), real(sigma));
        lines << QStringLiteral("cut-offs F = max(mu + sigma, 3) = %1, V = max(mu + 2 sigma, 4) = %2")
                     .arg(real(*monthResult.frequentFrom), real(*monthResult.vipFrom));
    } else if (monthResult.frequentFrom) {
        lines << QStringLiteral("the month's base: k = %1 customers, %2 repeat customers; F = %3, V = %4, W = %5")
                     .arg(k)
                     .arg(monthResult.repeatCustomers)
                     .arg(real(*monthResult.frequentFrom), real(*monthResult.vipFrom),
                          formatMinorUnits(*monthResult.vipMinRevenue, currencyDecimals));
    }
    const QString vipMin = monthResult.vipMinRevenue ? formatMinorUnits(*monthResult.vipMinRevenue, currencyDecimals)
                                                     : QString();
    lines << QStringLiteral("group %1: %2").arg(groupName(s.group), groupReason(s, monthResult, params.method, revenue, vipMin));
    lines << QStringLiteral("life cycle %1: %2 (d counts days to %3)")
                 .arg(lifeCycleName(s.lifeCycle), lifeCycleReason(s, monthResult),
                      dayText(firstDayOfMonth(monthResult.month + 1)));
    return lines;
}

} // namespace Patronage
