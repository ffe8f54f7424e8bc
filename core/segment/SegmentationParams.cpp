#include "core/segment/SegmentationParams.h"

namespace Patronage {

QString methodName(SegmentationParams::Method method)
{
    return method == SegmentationParams::Method::Percentile ? QStringLiteral("percentile") : QStringLiteral("clerk");
}

bool parseMethodName(const QString &name, SegmentationParams::Method *method)
{
    if (name == QLatin1String("clerk"))
        *method = SegmentationParams::Method::Clerk;
    else if (name == QLatin1String("percentile"))
        *method = SegmentationParams::Method::Percentile;
    else
        return false;
    return true;
}

QString SegmentationParams::validate() const
{
    if (windowMonths < 0 || windowMonths > 1200)
        return QStringLiteral("the window takes 0 (all history) to 1200 months");
    if (frequentPercentile < 1 || frequentPercentile > 100 || vipPercentile < 1 || vipPercentile > 100)
        return QStringLiteral("percentiles take whole numbers from 1 to 100");
    if (frequentMinOrders < 2 || frequentMinOrders > 1'000'000)
        return QStringLiteral("the fewest orders of a Frequent Buyer take 2 to 1000000");
    return {};
}

QString SegmentationParams::signature() const
{
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(methodName(method))
        .arg(windowMonths)
        .arg(frequentPercentile)
        .arg(vipPercentile)
        .arg(frequentMinOrders);
}

} // namespace Patronage
