#include "core/retention/Cohorts.h"

#include <algorithm>
#include <limits>
#include <vector>

#include "core/segment/OrderHistory.h"

namespace Patronage::Cohorts {

namespace {

constexpr MonthIndex kNone = std::numeric_limits<MonthIndex>::min();

// Each customer's cohort (the month of their first valid order) and the month of their
// second purchase day (a later day with a valid order), or kNone.
struct FirstOrders {
    std::vector<MonthIndex> cohort;
    std::vector<MonthIndex> secondPurchase;
};

FirstOrders firstOrders(const OrderHistory &history)
{
    const size_t customers = size_t(history.customerCount());
    FirstOrders first{std::vector<MonthIndex>(customers, kNone), std::vector<MonthIndex>(customers, kNone)};
    std::vector<qint32> firstDay(customers, 0);
    for (const OrderHistory::Event &e : history.events()) {
        if (e.customer < 0 || e.creditNote)
            continue;
        const size_t c = size_t(e.customer);
        if (first.cohort[c] == kNone) {
            first.cohort[c] = e.month;
            firstDay[c] = e.day();
        } else if (first.secondPurchase[c] == kNone && e.day() != firstDay[c]) {
            first.secondPurchase[c] = e.month;
        }
    }
    return first;
}

} // namespace

QList<CohortCell> compute(const OrderHistory &history, MonthIndex from, MonthIndex to)
{
    const MonthIndex last = history.lastMonth();
    if (history.firstMonth() > last)
        return {};
    from = std::max(from, history.firstMonth());
    to = std::min(to, last);
    if (from > to)
        return {};
    const FirstOrders first = firstOrders(history);
    const int cohorts = int(to - from + 1);
    const int offsets = int(last - from + 1);
    // [cohort][offset], for the cohorts asked for.
    std::vector<qint64> active(size_t(cohorts) * size_t(offsets), 0);
    std::vector<qint64> revenue(active.size(), 0);
    std::vector<qint64> repeated(active.size(), 0);
    std::vector<qint64> returnedFirst(active.size(), 0); ///< customers whose first later active month is this
    std::vector<qint64> sizes(size_t(cohorts), 0);
    const auto cell = [&](MonthIndex cohort, MonthIndex month) {
        return size_t(cohort - from) * size_t(offsets) + size_t(month - cohort);
    };
    std::vector<MonthIndex> lastActive(size_t(history.customerCount()), kNone);
    std::vector<bool> returned(size_t(history.customerCount()), false);
    for (size_t c = 0; c < first.cohort.size(); ++c) {
        const MonthIndex cohort = first.cohort[c];
        if (cohort == kNone || cohort < from || cohort > to)
            continue;
        sizes[size_t(cohort - from)] += 1;
        if (first.secondPurchase[c] != kNone)
            repeated[cell(cohort, first.secondPurchase[c])] += 1;
    }
    for (const OrderHistory::Event &e : history.events()) {
        if (e.customer < 0)
            continue;
        const size_t c = size_t(e.customer);
        const MonthIndex cohort = first.cohort[c];
        // Credit notes before the cohort's month (or of customers with no valid order), and after the
        // last month with an order (no cohort has a cell for them), count nowhere.
        if (cohort == kNone || cohort < from || cohort > to || e.month < cohort || e.month > last)
            continue;
        revenue[cell(cohort, e.month)] += e.amount;
        if (e.creditNote || lastActive[c] == e.month)
            continue;
        lastActive[c] = e.month;
        active[cell(cohort, e.month)] += 1;
        if (e.month > cohort && !returned[c]) {
            returned[c] = true;
            returnedFirst[cell(cohort, e.month)] += 1;
        }
    }
    QList<CohortCell> cells;
    for (MonthIndex cohort = from; cohort <= to; ++cohort) {
        const qint64 size = sizes[size_t(cohort - from)];
        if (size == 0)
            continue; // a month in which nobody ordered for the first time has no cohort
        qint64 cumulative = 0, repeatedSoFar = 0, returnedSoFar = 0;
        for (MonthIndex month = cohort; month <= last; ++month) {
            const size_t i = cell(cohort, month);
            cumulative += revenue[i];
            repeatedSoFar += repeated[i];
            returnedSoFar += returnedFirst[i];
            CohortCell out;
            out.cohort = cohort;
            out.size = size;
            out.offset = int(month - cohort);
            out.active = active[i];
            out.revenue = revenue[i];
            out.cumulativeRevenue = cumulative;
            out.repeated = repeatedSoFar;
            out.returnedSoFar = returnedSoFar;
            cells.append(out);
        }
    }
    return cells;
}

std::vector<bool> members(const OrderHistory &history, MonthIndex cohort, int offset)
{
    const FirstOrders first = firstOrders(history);
    std::vector<bool> listed(size_t(history.customerCount()), false);
    const MonthIndex month = cohort + offset;
    for (const OrderHistory::Event &e : history.events()) {
        if (e.customer < 0 || e.creditNote || e.month != month || first.cohort[size_t(e.customer)] != cohort)
            continue;
        listed[size_t(e.customer)] = true;
    }
    return listed;
}

} // namespace Patronage::Cohorts
