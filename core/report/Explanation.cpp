#include "core/report/Explanation.h"

#include <cmath>

#include "core/segment/Rules.h"

namespace Patronage {

namespace {

using namespace Rules;

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
    case LoyaltyGroup::LoyalCustomer: return QStringLiteral("2 <= n = %1 < F = %2").arg(n, f);
    case LoyaltyGroup::OneTimeBuyer: break;
    }
    return {};
}

QString lifeCycleReason(const CustomerSnapshot &s, const MonthResult &m)
{
    const QString d = QString::number(s.daysSinceLastOrder);
    if (s.lifeCycle == LifeCycle::JustOrdered)
        return QStringLiteral("d = %1 days since the last order < %2").arg(d).arg(kJustOrderedDays);
    const std::optional<Rhythm> g = rhythmOf(s.orders, s.lastDay - s.firstDay, m.repurchaseGapQ80);
    QString rhythm;
    if (!g) {
        return QStringLiteral("d = %1 >= %2, and nobody has bought twice yet, so a one time buyer stays Active")
            .arg(d)
            .arg(kJustOrderedDays);
    }
    if (s.orders >= 2) {
        rhythm = QStringLiteral("g = max(1, span / (n - 1)) = max(1, %1 / %2) = %3")
                     .arg(s.lastDay - s.firstDay)
                     .arg(s.orders - 1)
                     .arg(real(std::max(1.0, double(s.lastDay - s.firstDay) / double(s.orders - 1))));
    } else {
        rhythm = QStringLiteral("g = max(1, G) with G = %1 days, the %2th percentile of all repurchase gaps")
                     .arg(*m.repurchaseGapQ80)
                     .arg(kRepurchaseGapPercentile);
    }
    switch (s.lifeCycle) {
    case LifeCycle::Active: return QStringLiteral("d = %1 <= %2g; %3").arg(d).arg(kActiveRhythms).arg(rhythm);
    case LifeCycle::SlippingAway:
        return QStringLiteral("%1g < d = %2 <= %3g; %4").arg(kActiveRhythms).arg(d).arg(kSlippingRhythms).arg(rhythm);
    case LifeCycle::Lost: return QStringLiteral("d = %1 > %2g; %3").arg(d).arg(kSlippingRhythms).arg(rhythm);
    case LifeCycle::JustOrdered: break;
    }
    return {};
}

} // namespace

QStringList explainCustomer(const std::optional<CustomerSnapshot> &snapshot, const MonthResult &monthResult,
                            const SegmentationParams &params, const Currency &currency)
{
    if (!snapshot)
        return {QStringLiteral("not in the base: no valid order in the snapshot, so in no group and no life cycle")};
    const CustomerSnapshot &s = *snapshot;
    const QString revenue = Money{s.revenue, currency}.machineText();
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
        lines << QStringLiteral("cut-offs F = max(mu + sigma, %1) = %2, V = max(mu + %3 sigma, %4) = %5")
                     .arg(kFrequentFloorOrders)
                     .arg(real(*monthResult.frequentFrom))
                     .arg(kVipSigmas)
                     .arg(kVipFloorOrders)
                     .arg(real(*monthResult.vipFrom));
    } else if (monthResult.frequentFrom) {
        lines << QStringLiteral("the month's base: k = %1 customers, %2 repeat customers; F = %3, V = %4, W = %5")
                     .arg(k)
                     .arg(monthResult.repeatCustomers)
                     .arg(real(*monthResult.frequentFrom), real(*monthResult.vipFrom),
                          Money{*monthResult.vipMinRevenue, currency}.machineText());
    }
    const QString vipMin =
        monthResult.vipMinRevenue ? Money{*monthResult.vipMinRevenue, currency}.machineText() : QString();
    lines << QStringLiteral("group %1: %2")
                 .arg(groupName(s.group), groupReason(s, monthResult, params.method, revenue, vipMin));
    lines << QStringLiteral("life cycle %1: %2 (d counts days to %3)")
                 .arg(lifeCycleName(s.lifeCycle), lifeCycleReason(s, monthResult), dayText(monthResult.daysCountedTo));
    return lines;
}

} // namespace Patronage
