#pragma once

#include <QHashFunctions>
#include <QString>

#include <array>

namespace Patronage {

/// The four loyalty groups of spec §3, in order of loyalty.
enum class LoyaltyGroup { OneTimeBuyer, LoyalCustomer, FrequentBuyer, Vip };
constexpr int kGroupCount = 4;
constexpr std::array<LoyaltyGroup, kGroupCount> kAllGroups = {LoyaltyGroup::OneTimeBuyer, LoyaltyGroup::LoyalCustomer,
                                                              LoyaltyGroup::FrequentBuyer, LoyaltyGroup::Vip};

/// The life-cycle status of spec §4.
enum class LifeCycle { JustOrdered, Active, SlippingAway, Lost };
constexpr int kLifeCycleCount = 4;
constexpr std::array<LifeCycle, kLifeCycleCount> kAllLifeCycles = {LifeCycle::JustOrdered, LifeCycle::Active,
                                                                   LifeCycle::SlippingAway, LifeCycle::Lost};

inline size_t qHash(LoyaltyGroup group, size_t seed = 0)
{
    return ::qHash(int(group), seed);
}
inline size_t qHash(LifeCycle lifeCycle, size_t seed = 0)
{
    return ::qHash(int(lifeCycle), seed);
}

/// Names exactly as the spec writes them: "One Time Buyer", "VIP", "Slipping Away".
QString groupName(LoyaltyGroup group);
QString lifeCycleName(LifeCycle lifeCycle);
/// Accepts the spec's names in any case, with or without spaces, dashes or underscores.
bool parseGroupName(const QString &name, LoyaltyGroup *group);
bool parseLifeCycleName(const QString &name, LifeCycle *lifeCycle);

} // namespace Patronage
