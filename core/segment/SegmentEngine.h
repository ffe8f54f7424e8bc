#pragma once

#include <functional>

#include "core/jobs/CancelToken.h"
#include "core/segment/Cutoffs.h"
#include "core/segment/EngineCheckpoint.h"
#include "core/segment/MonthResult.h"
#include "core/segment/OrderHistory.h"
#include "core/segment/SegmentInput.h"

namespace Patronage {

/// Computes spec §2-§5 for every month in one pass over the orders in date
/// order: each month's orders enter the customers' running figures (and,
/// with a window, the orders that fall out of it leave), then the month's
/// base is classified.
class SegmentEngine
{
public:
    using MonthSink = std::function<void(const MonthResult &)>;
    /// Called for each base customer of a month that asked for customers.
    using CustomerSink = std::function<void(MonthIndex, const CustomerSnapshot &)>;

    /// With \a resume, \a history holds the orders after the checkpoint's
    /// month (and at least its customers); only without a window.
    SegmentEngine(const OrderHistory &history, const SegmentationParams &params,
                  const EngineCheckpoint *resume = nullptr);
    SegmentEngine(const SegmentInput &input, const SegmentationParams &params)
        : SegmentEngine(*input.history, params, input.resume.get())
    { }
    /// Stops a run at the next month once \a cancel is set.
    void setCancelToken(const CancelToken &cancel) { m_cancel = cancel; }
    /// Hands \a sink a checkpoint at the end of each month of a run after which
    /// \a wanted says so (without a window only).
    void setCheckpointSink(std::function<bool(MonthIndex)> wanted, std::function<void(EngineCheckpoint &&)> sink)
    {
        m_wantsCheckpoint = std::move(wanted);
        m_checkpointSink = std::move(sink);
    }

    /// The first and last month with a valid order, and D of spec §4, of the
    /// whole history (the checkpoint's months included).
    MonthIndex firstMonth() const { return m_firstMonth; }
    MonthIndex lastMonth() const { return m_lastMonth; }
    std::optional<qint64> dataDay() const { return m_dataDay; }

    /// Months from \a from (clamped to the first month with an order) to the
    /// last month with an order; months whose base is empty are skipped.
    void run(MonthIndex from, const MonthSink &onMonth);
    /// The base customers of the given months (sorted ascending).
    void snapshots(const QList<MonthIndex> &months, const CustomerSink &onCustomer, const MonthSink &onMonth = {});

private:
    void runRange(MonthIndex from, MonthIndex to, const QList<MonthIndex> &customerMonths, const MonthSink &onMonth,
                  const CustomerSink &onCustomer);
    void reset();
    void restore(const EngineCheckpoint &checkpoint);
    EngineCheckpoint checkpoint(MonthIndex month) const;
    void addEvent(const OrderHistory::Event &event);
    void removeEvent(const OrderHistory::Event &event);
    MonthResult evaluate(MonthIndex month, const CustomerSink *onCustomer);
    std::optional<qint64> repurchaseGapQ80() const;

    const OrderHistory &m_history;
    SegmentationParams m_params;
    const EngineCheckpoint *m_resume = nullptr;
    CancelToken m_cancel;
    std::function<bool(MonthIndex)> m_wantsCheckpoint;
    std::function<void(EngineCheckpoint &&)> m_checkpointSink;
    MonthIndex m_firstMonth = 1;
    MonthIndex m_lastMonth = 0;
    std::optional<qint64> m_dataDay;

    // One customer's running figures, packed in one cache line's half: adding
    // an order touches one of these, and a month's evaluation reads them in order.
    struct CustomerState {
        qint64 revenue = 0;      ///< net orders plus credit notes in the snapshot, unfloored
        qint64 monthRevenue = 0; ///< the current month's part of it
        qint32 orders = 0;       ///< n: valid orders in the snapshot
        qint32 leftWindow = 0;   ///< of the customer's orders, how many left the window
        qint32 firstDay = 0;
        qint32 lastDay = 0;
    };
    void setOrders(CustomerState &state, qint32 orders);

    // Each customer's valid order days in date order (one array, sliced by
    // m_orderStart); needed only to know the next first day when a window slides.
    std::vector<qint64> m_orderStart;
    std::vector<qint32> m_orderDays;
    std::vector<CustomerState> m_customers;
    std::vector<qint32> m_members; ///< customers who have been in the base, in order of arrival
    std::vector<bool> m_isMember;
    std::vector<qint32> m_touched;   ///< customers with a month revenue to clear
    qint64 m_baseCount = 0;          ///< k
    qint64 m_orderSum = 0;           ///< S
    qint64 m_orderSquareSum = 0;     ///< Q
    qint64 m_repeatCount = 0;        ///< |R|
    std::vector<qint64> m_gapCounts; ///< repurchase gaps in the snapshot by length in days
    qint64 m_gapTotal = 0;
    qint64 m_guestOrders = 0;
    qint64 m_guestRevenue = 0;
    std::optional<qint64> m_latestOrderDay; ///< of the valid orders read so far
};

} // namespace Patronage
