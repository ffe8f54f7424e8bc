#include "core/retention/Rfm.h"

#include <algorithm>

#include "core/segment/SegmentEngine.h"

namespace Patronage {

namespace {

constexpr const char *kNames[kRfmGroupCount] = {"New",       "Promising",       "Active",      "Loyal",
                                                "Champions", "Needs Attention", "Almost Lost", "At Risk",
                                                "Dormant",   "Previously Loyal"};

// Spec §11's table: rows R = 5 down to 1, columns FM = 1 to 5.
constexpr RfmGroup kTable[5][5] = {
    {RfmGroup::New, RfmGroup::Promising, RfmGroup::Active, RfmGroup::Loyal, RfmGroup::Champions},
    {RfmGroup::Promising, RfmGroup::Promising, RfmGroup::Active, RfmGroup::Loyal, RfmGroup::Champions},
    {RfmGroup::NeedsAttention, RfmGroup::NeedsAttention, RfmGroup::Active, RfmGroup::Loyal, RfmGroup::Loyal},
    {RfmGroup::AlmostLost, RfmGroup::AlmostLost, RfmGroup::NeedsAttention, RfmGroup::AtRisk, RfmGroup::AtRisk},
    {RfmGroup::Dormant, RfmGroup::Dormant, RfmGroup::AlmostLost, RfmGroup::PreviouslyLoyal, RfmGroup::PreviouslyLoyal},
};

QString squeezed(const QString &name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

// 1 + floor(5 w / k) for each value, w = how many values are strictly worse. \a better says
// whether a is better than b; equal values get equal scores.
template <typename Value, typename Better> std::vector<qint8> scores(const std::vector<Value> &values, Better better)
{
    const qint64 k = qint64(values.size());
    std::vector<Value> sorted = values; // worst first
    std::sort(sorted.begin(), sorted.end(), [&](const Value &a, const Value &b) { return better(b, a); });
    std::vector<qint8> result(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        // w = the values before the first one that is not worse than this one.
        const qint64 w = std::lower_bound(sorted.begin(), sorted.end(), values[i],
                                          [&](const Value &a, const Value &b) { return better(b, a); })
            - sorted.begin();
        result[i] = qint8(1 + (5 * w) / k);
    }
    return result;
}

} // namespace

QString rfmGroupName(RfmGroup group)
{
    return QString::fromLatin1(kNames[int(group)]);
}

bool parseRfmGroupName(const QString &name, RfmGroup *group)
{
    const QString key = squeezed(name);
    for (int g = 0; g < kRfmGroupCount; ++g) {
        if (key == squeezed(QString::fromLatin1(kNames[g]))) {
            *group = RfmGroup(g);
            return true;
        }
    }
    return false;
}

QString RfmScore::code() const
{
    return QString::number(recency) + QString::number(frequency) + QString::number(monetary);
}

namespace Rfm {

RfmGroup groupOf(int recency, int frequencyMonetary)
{
    return kTable[5 - std::clamp(recency, 1, 5)][std::clamp(frequencyMonetary, 1, 5) - 1];
}

std::vector<RfmScore> score(const std::vector<CustomerSnapshot> &base)
{
    if (base.empty())
        return {};
    std::vector<qint64> days, orders, revenue;
    days.reserve(base.size());
    orders.reserve(base.size());
    revenue.reserve(base.size());
    for (const CustomerSnapshot &s : base) {
        days.push_back(s.daysSinceLastOrder);
        orders.push_back(s.orders);
        revenue.push_back(s.revenue);
    }
    // Fewer days is better; more orders and more revenue are.
    const std::vector<qint8> r = scores(days, [](qint64 a, qint64 b) { return a < b; });
    const std::vector<qint8> f = scores(orders, [](qint64 a, qint64 b) { return a > b; });
    const std::vector<qint8> m = scores(revenue, [](qint64 a, qint64 b) { return a > b; });
    std::vector<RfmScore> result(base.size());
    for (size_t i = 0; i < base.size(); ++i) {
        RfmScore &s = result[i];
        s.recency = r[i];
        s.frequency = f[i];
        s.monetary = m[i];
        s.group = groupOf(s.recency, s.frequencyMonetary());
    }
    return result;
}

std::array<GroupFigures, kRfmGroupCount> groupFigures(const std::vector<CustomerSnapshot> &base,
                                                      const std::vector<RfmScore> &scores)
{
    std::array<GroupFigures, kRfmGroupCount> figures{};
    for (size_t i = 0; i < base.size() && i < scores.size(); ++i) {
        GroupFigures &g = figures[size_t(scores[i].group)];
        g.customers += 1;
        g.revenue += base[i].revenue;
    }
    return figures;
}

RfmOverview overviewAt(const SegmentInput &input, const SegmentationParams &params, MonthIndex month)
{
    std::vector<CustomerSnapshot> base;
    SegmentEngine(input, params).snapshots({month}, [&base](MonthIndex, const CustomerSnapshot &s) {
        base.push_back(s);
    });
    const std::vector<RfmScore> scores = score(base);
    RfmOverview overview;
    overview.month = month;
    overview.grid = grid(base, scores);
    overview.groups = groupFigures(base, scores);
    overview.customers = qint64(base.size());
    for (const CustomerSnapshot &s : base)
        overview.revenue += s.revenue;
    return overview;
}

Grid grid(const std::vector<CustomerSnapshot> &base, const std::vector<RfmScore> &scores)
{
    Grid cells{};
    for (size_t i = 0; i < base.size() && i < scores.size(); ++i) {
        GroupFigures &g = cells[size_t(scores[i].recency - 1)][size_t(scores[i].frequencyMonetary() - 1)];
        g.customers += 1;
        g.revenue += base[i].revenue;
    }
    return cells;
}

} // namespace Rfm

} // namespace Patronage
