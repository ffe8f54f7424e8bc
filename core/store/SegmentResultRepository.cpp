#include "core/store/SegmentResultRepository.h"

#include <cmath>
#include <limits>

#include "core/store/CheckpointRepository.h"
#include "core/store/Limits.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/StoreAccess.h"

namespace Patronage {

namespace {

// Stored as the first stale month; this value stands for "all of them".
constexpr MonthIndex kAllMonths = std::numeric_limits<MonthIndex>::min();

} // namespace

Result<QList<MonthResult>> SegmentResultRepository::read(MonthIndex from, MonthIndex to) const
{
    sqlite3 *db = StoreAccess::connection(m_store);
    QList<MonthResult> results;
    Statement months(db,
                     "SELECT month, base_customers, repeat_customers, frequent_from, vip_from, vip_min_revenue, "
                     "repurchase_gap_q80, just_ordered, active, slipping_away, lost, guest_orders, guest_revenue "
                     "FROM segment_months WHERE month BETWEEN ? AND ? ORDER BY month");
    months.bind(1, from).bind(2, to);
    auto invalid = [this](const QString &what, qint64 month) {
        Error error(ErrorCode::StoreValueInvalid);
        error.file = m_store.path();
        error.detail = QStringLiteral("the stored %1 of month %2").arg(what).arg(month);
        return error;
    };
    const auto firstMonth = MonthIndex(Limits::kEarliestYear * 12);
    const auto lastMonth = MonthIndex(Limits::kLatestYear * 12 + 11);
    auto isCount = [](qint64 value) { return value >= 0 && value <= Limits::kMaxHistoryEvents; };
    auto isMoney = [](qint64 value) { return value >= -Limits::kMaxStoreTotal && value <= Limits::kMaxStoreTotal; };
    auto isCutoff = [](std::optional<double> value) {
        return !value || (std::isfinite(*value) && *value >= 0 && *value < 1e12);
    };
    // Integers where integers are kept; F and V are reals or empty, W and G integers or empty.
    auto wellTyped = [&months] {
        for (int column = 0; column < 13; ++column) {
            const bool optional = column >= 3 && column <= 6;
            const bool real = column == 3 || column == 4;
            if (months.isNull(column) ? !optional : !(months.isInteger(column) || (real && months.isReal(column))))
                return false;
        }
        return true;
    };
    while (months.step()) {
        if (!wellTyped())
            return invalid(QStringLiteral("figures"), months.integer(0));
        MonthResult r;
        r.month = MonthIndex(months.integer(0));
        r.baseCustomers = months.integer(1);
        r.repeatCustomers = months.integer(2);
        r.frequentFrom = months.optionalReal(3);
        r.vipFrom = months.optionalReal(4);
        r.vipMinRevenue = months.optionalInteger(5);
        r.repurchaseGapQ80 = months.optionalInteger(6);
        for (int i = 0; i < kLifeCycleCount; ++i)
            r.lifeCycles[size_t(i)] = months.integer(7 + i);
        r.guestOrders = months.integer(11);
        r.guestRevenue = months.integer(12);
        qint64 lifeCycles = 0;
        for (const qint64 count : r.lifeCycles)
            lifeCycles += isCount(count) ? count : Limits::kMaxHistoryEvents + 1;
        if (r.month < firstMonth || r.month > lastMonth || !isCount(r.baseCustomers) || !isCount(r.repeatCustomers)
            || r.repeatCustomers > r.baseCustomers || lifeCycles != r.baseCustomers || !isCutoff(r.frequentFrom)
            || !isCutoff(r.vipFrom) || (r.vipMinRevenue && !isMoney(*r.vipMinRevenue))
            || (r.repurchaseGapQ80 && (*r.repurchaseGapQ80 < 0 || *r.repurchaseGapQ80 > 120000))
            || !isCount(r.guestOrders) || !isMoney(r.guestRevenue)
            || (!results.isEmpty() && results.last().month >= r.month)) {
            return invalid(QStringLiteral("figures"), r.month);
        }
        results.append(r);
    }
    if (months.failed())
        return StoreAccess::failure(m_store, months, ErrorCode::StoreReadFailed);
    Statement groups(db,
                     "SELECT month, loyalty_group, customers, orders, revenue, month_revenue "
                     "FROM segment_groups WHERE month BETWEEN ? AND ? ORDER BY month, loyalty_group");
    groups.bind(1, from).bind(2, to);
    qsizetype index = 0;
    while (groups.step()) {
        const auto month = MonthIndex(groups.integer(0));
        while (index < results.size() && results[index].month < month)
            ++index;
        if (index == results.size() || results[index].month != month)
            continue;
        const qint64 g = groups.integer(1);
        const GroupFigures figures{groups.integer(2), groups.integer(3), groups.integer(4), groups.integer(5)};
        if (g < 0 || g >= kGroupCount || !isCount(figures.customers) || !isCount(figures.orders)
            || !isMoney(figures.revenue) || !isMoney(figures.monthRevenue)) {
            return invalid(QStringLiteral("group figures"), month);
        }
        results[index].groups[size_t(g)] = figures;
    }
    for (const MonthResult &r : results) {
        if (r.base().customers != r.baseCustomers)
            return invalid(QStringLiteral("group figures"), r.month);
    }
    if (groups.failed())
        return StoreAccess::failure(m_store, groups, ErrorCode::StoreReadFailed);
    return results;
}

Status SegmentResultRepository::replaceFrom(MonthIndex from, const QList<MonthResult> &results)
{
    sqlite3 *db = StoreAccess::connection(m_store);
    Statement clearMonths(db, "DELETE FROM segment_months WHERE month >= ?");
    Statement clearGroups(db, "DELETE FROM segment_groups WHERE month >= ?");
    Statement month(db,
                    "INSERT INTO segment_months(month, base_customers, repeat_customers, frequent_from, vip_from, "
                    "vip_min_revenue, repurchase_gap_q80, just_ordered, active, slipping_away, lost, guest_orders, "
                    "guest_revenue) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement group(db,
                    "INSERT INTO segment_groups(month, loyalty_group, customers, orders, revenue, "
                    "month_revenue) VALUES(?, ?, ?, ?, ?, ?)");
    auto fail = [this](const Statement &statement) {
        return StoreAccess::failure(m_store, statement, ErrorCode::StoreWriteFailed);
    };
    if (!clearMonths.bind(1, from).exec())
        return fail(clearMonths);
    if (!clearGroups.bind(1, from).exec())
        return fail(clearGroups);
    for (const MonthResult &r : results) {
        month.bind(1, r.month).bind(2, r.baseCustomers).bind(3, r.repeatCustomers);
        month.bindReal(4, r.frequentFrom).bindReal(5, r.vipFrom).bind(6, r.vipMinRevenue).bind(7, r.repurchaseGapQ80);
        for (int i = 0; i < kLifeCycleCount; ++i)
            month.bind(8 + i, r.lifeCycles[size_t(i)]);
        month.bind(12, r.guestOrders).bind(13, r.guestRevenue);
        if (!month.exec())
            return fail(month);
        for (int g = 0; g < kGroupCount; ++g) {
            const GroupFigures &f = r.groups[size_t(g)];
            group.bind(1, r.month)
                .bind(2, g)
                .bind(3, f.customers)
                .bind(4, f.orders)
                .bind(5, f.revenue)
                .bind(6, f.monthRevenue);
            if (!group.exec())
                return fail(group);
        }
    }
    return {};
}

Result<std::optional<MonthIndex>> SegmentResultRepository::lastStoredMonth() const
{
    Statement last(StoreAccess::connection(m_store), "SELECT max(month) FROM segment_months");
    if (!last.step())
        return StoreAccess::failure(m_store, last, ErrorCode::StoreReadFailed);
    if (last.isNull(0))
        return std::optional<MonthIndex>();
    return std::optional<MonthIndex>(MonthIndex(last.integer(0)));
}

Result<Staleness> SegmentResultRepository::staleness() const
{
    const SettingsRepository settings(m_store);
    const Result<QString> signature = settings.value(Setting::SegmentsSignature);
    if (!signature)
        return signature.error();
    const Result<QString> staleFrom = settings.value(Setting::SegmentsStaleFrom);
    if (!staleFrom)
        return staleFrom.error();
    const Result<QString> dataDay = settings.value(Setting::SegmentsDataDay);
    if (!dataDay)
        return dataDay.error();
    Staleness staleness;
    staleness.signature = *signature;
    bool isNumber = false;
    const qint64 day = dataDay->toLongLong(&isNumber);
    if (isNumber)
        staleness.dataDay = day;
    if (!staleFrom->isEmpty()) {
        const MonthIndex month = staleFrom->toInt();
        staleness.allStale = month == kAllMonths;
        if (!staleness.allStale)
            staleness.staleFrom = month;
    }
    return staleness;
}

Status SegmentResultRepository::markStaleFrom(MonthIndex month)
{
    // The engine's checkpoints from the month on hold the orders as they were.
    if (const Status dropped = CheckpointRepository(m_store).dropFrom(month); !dropped)
        return dropped;
    SettingsRepository settings(m_store);
    const Result<QString> current = settings.value(Setting::SegmentsStaleFrom);
    if (!current)
        return current.error();
    if (!current->isEmpty() && current->toInt() <= month)
        return {};
    return settings.setValue(Setting::SegmentsStaleFrom, QString::number(month));
}

Status SegmentResultRepository::markAllStale()
{
    return SettingsRepository(m_store).setValue(Setting::SegmentsStaleFrom, QString::number(kAllMonths));
}

Status SegmentResultRepository::markCurrent(const QString &signature, std::optional<qint64> dataDay)
{
    SettingsRepository settings(m_store);
    if (const Status saved = settings.setValue(Setting::SegmentsSignature, signature); !saved)
        return saved;
    const Status day = dataDay ? settings.setValue(Setting::SegmentsDataDay, QString::number(*dataDay))
                               : settings.remove(Setting::SegmentsDataDay);
    if (!day)
        return day;
    return settings.remove(Setting::SegmentsStaleFrom);
}

} // namespace Patronage
