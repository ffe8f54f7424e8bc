#include "core/segment/SegmentationParams.h"

#include "core/store/Store.h"

namespace Patronage {

namespace {
int intSetting(const Store &store, const char *key, int fallback)
{
    bool ok = false;
    const int value = store.setting(QString::fromLatin1(key)).toInt(&ok);
    return ok ? value : fallback;
}
} // namespace

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

SegmentationParams SegmentationParams::load(const Store &store)
{
    SegmentationParams params;
    parseMethodName(store.setting(QStringLiteral("threshold_method")), &params.method);
    params.windowMonths = intSetting(store, "lookback_months", params.windowMonths);
    params.frequentPercentile = intSetting(store, "frequent_percentile", params.frequentPercentile);
    params.vipPercentile = intSetting(store, "vip_percentile", params.vipPercentile);
    params.frequentMinOrders = intSetting(store, "frequent_min_orders", params.frequentMinOrders);
    return params;
}

bool SegmentationParams::save(Store &store) const
{
    return store.setSetting(QStringLiteral("threshold_method"), methodName(method))
        && store.setSetting(QStringLiteral("lookback_months"), QString::number(windowMonths))
        && store.setSetting(QStringLiteral("frequent_percentile"), QString::number(frequentPercentile))
        && store.setSetting(QStringLiteral("vip_percentile"), QString::number(vipPercentile))
        && store.setSetting(QStringLiteral("frequent_min_orders"), QString::number(frequentMinOrders));
}

QString SegmentationParams::validate() const
{
    if (windowMonths < 0 || windowMonths > 1200)
        return QStringLiteral("the window takes 0 (all history) to 1200 months");
    if (frequentPercentile < 1 || frequentPercentile > 100 || vipPercentile < 1 || vipPercentile > 100)
        return QStringLiteral("percentiles take whole numbers from 1 to 100");
    if (frequentMinOrders < 2)
        return QStringLiteral("a Frequent Buyer has at least 2 orders: --frequent-min-orders takes 2 or more");
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
