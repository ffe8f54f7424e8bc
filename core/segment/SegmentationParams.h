#pragma once

#include <QString>

namespace Patronage {

/// The parameters of spec §2-§3, kept in the store (SettingsRepository) so
/// that one file always gives the same figures.
struct SegmentationParams {
    enum class Method { Clerk, Percentile };
    Method method = Method::Clerk;
    int windowMonths = 0; ///< 0: all history
    int frequentPercentile = 75;
    int vipPercentile = 90;
    int frequentMinOrders = 3;

    /// Empty when the parameters make sense; otherwise what is wrong.
    QString validate() const;
    /// A text that changes whenever any parameter does.
    QString signature() const;
    bool operator==(const SegmentationParams &) const = default;
};

QString methodName(SegmentationParams::Method method);
bool parseMethodName(const QString &name, SegmentationParams::Method *method);

} // namespace Patronage
