#include "core/segment/SegmentEngine.h"

#include <algorithm>

#include "core/segment/Rules.h"

namespace Patronage {

SegmentEngine::SegmentEngine(const OrderHistory &history, const SegmentationParams &params,
                             const EngineCheckpoint *resume)
    : m_history(history)
    , m_params(params)
    , m_resume(params.windowMonths == 0 ? resume : nullptr)
    , m_firstMonth(history.firstMonth())
    , m_lastMonth(history.lastMonth())
    , m_dataDay(history.dataDay())
{
    if (m_resume) {
        m_firstMonth = m_resume->firstMonth;
        m_lastMonth = history.firstMonth() > history.lastMonth() ? m_resume->month
                                                                 : std::max(history.lastMonth(), m_resume->month);
        if (m_resume->dataDay && (!m_dataDay || *m_resume->dataDay > *m_dataDay))
            m_dataDay = m_resume->dataDay;
    }
    if (params.windowMonths == 0)
        return;
    // A window needs each customer's order days, to know the next first day as it slides.
    const size_t customers = size_t(history.customerCount());
    m_orderStart.assign(customers + 1, 0);
    for (const OrderHistory::Event &event : history.events()) {
        if (event.customer >= 0 && !event.creditNote)
            ++m_orderStart[size_t(event.customer) + 1];
    }
    for (size_t c = 0; c < customers; ++c)
        m_orderStart[c + 1] += m_orderStart[c];
    m_orderDays.resize(size_t(m_orderStart[customers]));
    std::vector<qint64> next(m_orderStart.begin(), m_orderStart.end() - 1);
    for (const OrderHistory::Event &event : history.events()) {
        if (event.customer >= 0 && !event.creditNote)
            m_orderDays[size_t(next[size_t(event.customer)]++)] = event.day();
    }
}

void SegmentEngine::reset()
{
    const size_t customers = size_t(m_history.customerCount());
    m_customers.assign(customers, CustomerState());
    m_members.clear();
    m_isMember.assign(customers, false);
    m_touched.clear();
    m_gapCounts.assign(1, 0);
    m_gapTotal = 0;
    m_baseCount = m_orderSum = m_orderSquareSum = m_repeatCount = 0;
    m_guestOrders = m_guestRevenue = 0;
    m_latestOrderDay.reset();
}

// Members come back in customer order rather than in order of arrival:
// nothing worked out depends on the order customers are visited in.
void SegmentEngine::restore(const EngineCheckpoint &checkpoint)
{
    reset();
    const size_t count = std::min(checkpoint.customers.size(), m_customers.size());
    for (size_t c = 0; c < count; ++c) {
        const EngineCheckpoint::Customer &saved = checkpoint.customers[c];
        CustomerState &state = m_customers[c];
        state.revenue = saved.revenue;
        state.monthRevenue = saved.monthRevenue;
        state.firstDay = saved.firstDay;
        state.lastDay = saved.lastDay;
        setOrders(state, saved.orders);
        if (saved.orders > 0) {
            m_isMember[c] = true;
            m_members.push_back(qint32(c));
        }
        if (saved.monthRevenue != 0)
            m_touched.push_back(qint32(c));
    }
    if (!checkpoint.gapCounts.empty())
        m_gapCounts = checkpoint.gapCounts;
    for (const qint64 gaps : m_gapCounts)
        m_gapTotal += gaps;
    m_guestOrders = checkpoint.guestOrders;
    m_guestRevenue = checkpoint.guestRevenue;
    m_latestOrderDay = checkpoint.dataDay;
}

EngineCheckpoint SegmentEngine::checkpoint(MonthIndex month) const
{
    EngineCheckpoint checkpoint;
    checkpoint.month = month;
    checkpoint.firstMonth = m_firstMonth;
    checkpoint.dataDay = m_latestOrderDay;
    checkpoint.guestOrders = m_guestOrders;
    checkpoint.guestRevenue = m_guestRevenue;
    checkpoint.customers.resize(m_customers.size());
    for (size_t c = 0; c < m_customers.size(); ++c) {
        const CustomerState &state = m_customers[c];
        checkpoint.customers[c] = {state.revenue, state.monthRevenue, state.orders, state.firstDay, state.lastDay};
    }
    if (!m_customers.empty())
        checkpoint.lastStoreId = m_history.storeIdOf(qint32(m_customers.size() - 1));
    checkpoint.gapCounts = m_gapCounts;
    return checkpoint;
}

// Keeps k, S, Q and |R| in step with one customer's order count.
void SegmentEngine::setOrders(CustomerState &state, qint32 orders)
{
    const qint64 before = state.orders;
    m_baseCount += (orders > 0) - (before > 0);
    m_repeatCount += (orders >= 2) - (before >= 2);
    m_orderSum += orders - before;
    m_orderSquareSum += qint64(orders) * orders - before * before;
    state.orders = orders;
}

void SegmentEngine::addEvent(const OrderHistory::Event &event)
{
    if (!event.creditNote && (!m_latestOrderDay || event.day() > *m_latestOrderDay))
        m_latestOrderDay = event.day();
    if (event.customer < 0) {
        if (!event.creditNote) {
            ++m_guestOrders;
            m_guestRevenue += event.amount;
        }
        return;
    }
    CustomerState &state = m_customers[size_t(event.customer)];
    if (!event.creditNote) {
        if (state.orders > 0) {
            const auto gap = size_t(event.day() - state.lastDay);
            if (gap >= m_gapCounts.size())
                m_gapCounts.resize(gap + 1, 0);
            ++m_gapCounts[gap];
            ++m_gapTotal;
        } else {
            state.firstDay = event.day();
            if (!m_isMember[size_t(event.customer)]) {
                m_isMember[size_t(event.customer)] = true;
                m_members.push_back(event.customer);
            }
        }
        state.lastDay = event.day();
        setOrders(state, state.orders + 1);
    }
    if (state.monthRevenue == 0)
        m_touched.push_back(event.customer);
    state.revenue += event.amount;
    state.monthRevenue += event.amount;
}

// Orders leave the window in date order, so the one leaving is always the
// customer's earliest in the snapshot.
void SegmentEngine::removeEvent(const OrderHistory::Event &event)
{
    if (event.customer < 0)
        return;
    CustomerState &state = m_customers[size_t(event.customer)];
    if (!event.creditNote) {
        const qint64 next = m_orderStart[size_t(event.customer)] + state.leftWindow + 1;
        if (state.orders >= 2) {
            const qint32 nextDay = m_orderDays[size_t(next)];
            --m_gapCounts[size_t(nextDay - state.firstDay)];
            --m_gapTotal;
            state.firstDay = nextDay;
        }
        ++state.leftWindow;
        setOrders(state, state.orders - 1);
    }
    state.revenue -= event.amount;
}

std::optional<qint64> SegmentEngine::repurchaseGapQ80() const
{
    if (m_gapTotal == 0)
        return std::nullopt;
    const qint64 rank = nearestRank(m_gapTotal, Rules::kRepurchaseGapPercentile);
    qint64 seen = 0;
    for (size_t gap = 0; gap < m_gapCounts.size(); ++gap) {
        seen += m_gapCounts[gap];
        if (seen >= rank)
            return qint64(gap);
    }
    return std::nullopt;
}

MonthResult SegmentEngine::evaluate(MonthIndex month, const CustomerSink *onCustomer)
{
    MonthResult result;
    result.month = month;
    result.guestOrders = m_guestOrders;
    result.guestRevenue = m_guestRevenue;
    result.baseCustomers = m_baseCount;
    result.repeatCustomers = m_repeatCount;
    result.orderSquareSum = m_orderSquareSum;
    if (m_baseCount == 0)
        return result;

    BaseStatistics statistics;
    statistics.customers = m_baseCount;
    statistics.orderSum = m_orderSum;
    statistics.orderSquareSum = m_orderSquareSum;
    if (m_params.method == SegmentationParams::Method::Percentile) {
        statistics.repeatOrders.reserve(size_t(m_repeatCount));
        statistics.repeatRevenue.reserve(size_t(m_repeatCount));
        for (const qint32 c : m_members) {
            const CustomerState &state = m_customers[size_t(c)];
            if (state.orders >= 2) {
                statistics.repeatOrders.push_back(state.orders);
                statistics.repeatRevenue.push_back(std::max<qint64>(0, state.revenue));
            }
        }
    }
    const Cutoffs cutoffs = Cutoffs::compute(m_params, statistics);
    result.frequentFrom = cutoffs.frequentFrom();
    result.vipFrom = cutoffs.vipFrom();
    result.vipMinRevenue = cutoffs.vipMinRevenue();
    result.repurchaseGapQ80 = repurchaseGapQ80();
    const qint64 endDay = Rules::countDaysTo(month, m_dataDay);
    result.daysCountedTo = endDay;

    for (const qint32 c : m_members) {
        const CustomerState &state = m_customers[size_t(c)];
        const qint64 n = state.orders;
        if (n == 0)
            continue;
        CustomerSnapshot s;
        s.customer = c;
        s.orders = n;
        s.revenue = std::max<qint64>(0, state.revenue);
        s.firstDay = state.firstDay;
        s.lastDay = state.lastDay;
        s.daysSinceLastOrder = endDay - s.lastDay;
        s.group = cutoffs.groupOf(n, s.revenue);

        s.lifeCycle =
            Rules::classifyLifeCycle(s.daysSinceLastOrder, n, s.lastDay - s.firstDay, result.repurchaseGapQ80);

        GroupFigures &figures = result.groups[size_t(s.group)];
        ++figures.customers;
        figures.orders += n;
        figures.revenue += s.revenue;
        figures.monthRevenue += state.monthRevenue;
        ++result.lifeCycles[size_t(s.lifeCycle)];
        if (onCustomer)
            (*onCustomer)(month, s);
    }
    return result;
}

void SegmentEngine::runRange(MonthIndex from, MonthIndex to, const QList<MonthIndex> &customerMonths,
                             const MonthSink &onMonth, const CustomerSink &onCustomer)
{
    const std::vector<OrderHistory::Event> &events = m_history.events();
    if (m_firstMonth > m_lastMonth)
        return; // no valid order
    if (m_resume)
        restore(*m_resume);
    else
        reset();
    // Months after the last order (asked for by a comparison) carry the base on.
    from = std::max(from, m_firstMonth);
    size_t head = 0; // next event to enter
    size_t tail = 0; // next event to leave the window
    const MonthIndex start = m_resume ? m_resume->month : events.front().month;
    for (MonthIndex month = start; month <= to; ++month) {
        if (m_cancel.isCancelled())
            return;
        // The checkpoint's month has its orders read already.
        const bool resumed = m_resume && month == m_resume->month;
        if (!resumed) {
            m_guestOrders = 0;
            m_guestRevenue = 0;
            for (; head < events.size() && events[head].month <= month; ++head)
                addEvent(events[head]);
            if (m_params.windowMonths > 0) {
                for (; tail < head && events[tail].month <= month - m_params.windowMonths; ++tail)
                    removeEvent(events[tail]);
            }
        }
        const bool wantsCustomers = customerMonths.contains(month);
        // With customer months asked for, only those months are evaluated.
        const bool wantsMonth = onMonth && (customerMonths.isEmpty() || wantsCustomers);
        if (month >= from && (wantsMonth || wantsCustomers)) {
            const MonthResult result = evaluate(month, wantsCustomers ? &onCustomer : nullptr);
            if (onMonth && result.baseCustomers > 0)
                onMonth(result);
        }
        if (!resumed && m_checkpointSink && m_params.windowMonths == 0 && month >= m_firstMonth
            && m_wantsCheckpoint(month)) {
            m_checkpointSink(checkpoint(month));
        }
        for (const qint32 c : m_touched)
            m_customers[size_t(c)].monthRevenue = 0;
        m_touched.clear();
    }
}

void SegmentEngine::run(MonthIndex from, const MonthSink &onMonth)
{
    runRange(from, m_lastMonth, {}, onMonth, {});
}

void SegmentEngine::snapshots(const QList<MonthIndex> &months, const CustomerSink &onCustomer, const MonthSink &onMonth)
{
    if (months.isEmpty())
        return;
    const MonthIndex last = *std::max_element(months.begin(), months.end());
    const MonthIndex first = *std::min_element(months.begin(), months.end());
    runRange(first, last, months, onMonth, onCustomer);
}

} // namespace Patronage
