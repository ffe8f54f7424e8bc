#include "core/segment/Groups.h"

namespace Patronage {

namespace {

constexpr const char *kGroupNames[kGroupCount] = {"One Time Buyer", "Loyal Customer", "Frequent Buyer", "VIP"};
constexpr const char *kLifeCycleNames[kLifeCycleCount] = {"Just Ordered", "Active", "Slipping Away", "Lost"};

QString squeezed(const QString &name)
{
    QString result;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

template <typename Enum, size_t N> bool parseName(const QString &name, const char *const (&names)[N], Enum *value)
{
    for (size_t i = 0; i < N; ++i) {
        if (squeezed(name) == squeezed(QString::fromLatin1(names[i]))) {
            *value = Enum(i);
            return true;
        }
    }
    return false;
}

} // namespace

QString groupName(LoyaltyGroup group)
{
    return QString::fromLatin1(kGroupNames[int(group)]);
}

QString lifeCycleName(LifeCycle lifeCycle)
{
    return QString::fromLatin1(kLifeCycleNames[int(lifeCycle)]);
}

bool parseGroupName(const QString &name, LoyaltyGroup *group)
{
    return parseName(name, kGroupNames, group);
}

bool parseLifeCycleName(const QString &name, LifeCycle *lifeCycle)
{
    return parseName(name, kLifeCycleNames, lifeCycle);
}

} // namespace Patronage
