#pragma once

#include "core/error/Result.h"
#include "core/money/Money.h"
#include "core/segment/SegmentationParams.h"

namespace Patronage {

class Store;

/// The store's settings: what a store file keeps besides its orders, so that
/// the same file always gives the same figures. Keys and defaults live in
/// one table (SettingsRepository.cpp).
enum class Setting {
    ThresholdMethod,
    LookbackMonths,
    FrequentPercentile,
    VipPercentile,
    FrequentMinOrders,
    Currency,
    SegmentsSignature, ///< the parameters the stored month results were computed with
    SegmentsStaleFrom, ///< the first month whose stored results are out of date
    SegmentsDataDay,   ///< D of spec §4 when the results were computed (days since 1970-01-01)
    AmountTotal,       ///< a bound on the magnitudes of every amount ever written, added (Limits::kMaxStoreTotal)
    Count
};

class SettingsRepository
{
public:
    explicit SettingsRepository(const Store &store)
        : m_store(store)
    { }

    /// The stored value, or the setting's default when none is stored.
    Result<QString> value(Setting setting) const;
    Status setValue(Setting setting, const QString &value);
    Status remove(Setting setting);

    /// The store's currency (its code empty while none is known).
    Currency currency() const;
    Status setCurrency(const QString &code);

    SegmentationParams segmentationParams() const;
    Status saveSegmentationParams(const SegmentationParams &params);

    /// Checks every setting holds a value Patronage could have written (the
    /// store is untrusted input) in a store of \a schemaVersion; the error
    /// names the setting.
    Status validate(int schemaVersion) const;

    /// The key a setting is stored under ("threshold_method").
    static QString keyOf(Setting setting);

private:
    const Store &m_store;
};

} // namespace Patronage
