#include "core/store/CheckpointRepository.h"

#include <cstdlib>

#include "core/money/Int128.h"
#include "core/store/BlobCodec.h"
#include "core/store/Limits.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/StoreAccess.h"

namespace Patronage {

namespace {

// The blob: the format, then the checkpoint's fields in the order of
// EngineCheckpoint, days counted from the first day of its first month.
constexpr quint64 kFormat = 1;

// What a resumed engine adds to what it restores stays below 2^63: the
// history after the checkpoint is bounded by Limits::kMaxStoreTotal, the
// checkpoint by half of it.
constexpr qint64 kMaxCheckpointTotal = Limits::kMaxStoreTotal / 2;

bool withinTotal(qint64 value)
{
    return value >= -kMaxCheckpointTotal && value <= kMaxCheckpointTotal;
}

QByteArray encode(const EngineCheckpoint &c)
{
    BlobWriter blob;
    const qint64 baseDay = firstDayOfMonth(c.firstMonth);
    blob.unsignedValue(kFormat);
    blob.signedValue(c.month);
    blob.signedValue(c.firstMonth);
    blob.unsignedValue(c.dataDay ? quint64(*c.dataDay - baseDay) + 1 : 0);
    blob.unsignedValue(quint64(c.guestOrders));
    blob.signedValue(c.guestRevenue);
    blob.unsignedValue(quint64(c.lastStoreId));
    blob.unsignedValue(c.customers.size());
    for (const EngineCheckpoint::Customer &customer : c.customers) {
        blob.unsignedValue(quint64(customer.orders));
        blob.signedValue(customer.revenue);
        blob.signedValue(customer.monthRevenue);
        if (customer.orders > 0) {
            blob.unsignedValue(quint64(customer.firstDay - baseDay));
            blob.unsignedValue(quint64(customer.lastDay - customer.firstDay));
        }
    }
    blob.unsignedValue(c.gapCounts.size());
    for (const qint64 gaps : c.gapCounts)
        blob.unsignedValue(quint64(gaps));
    return blob.take();
}

// Every value is checked to be one an engine could have reached (a store is
// untrusted input): no count or sum a resumed engine forms can overflow, and
// no index falls outside its array.
std::optional<EngineCheckpoint> decode(QByteArrayView data, MonthIndex month)
{
    BlobReader blob(data);
    EngineCheckpoint c;
    const auto earliestMonth = MonthIndex(Limits::kEarliestYear * 12);
    const auto latestMonth = MonthIndex(Limits::kLatestYear * 12 + 11);
    if (blob.unsignedValue() != kFormat)
        return std::nullopt;
    const qint64 storedMonth = blob.signedValue();
    const qint64 firstMonth = blob.signedValue();
    if (!blob.ok() || storedMonth != month || firstMonth < earliestMonth || firstMonth > month)
        return std::nullopt;
    c.month = month;
    c.firstMonth = MonthIndex(firstMonth);
    const qint64 baseDay = firstDayOfMonth(c.firstMonth);
    const quint64 lastDayOffset = quint64(firstDayOfMonth(month + 1) - 1 - baseDay);
    const quint64 dataDay = blob.unsignedValue();
    if (dataDay > lastDayOffset + 1)
        return std::nullopt;
    if (dataDay > 0)
        c.dataDay = baseDay + qint64(dataDay) - 1;
    const quint64 guestOrders = blob.unsignedValue();
    c.guestRevenue = blob.signedValue();
    const quint64 lastStoreId = blob.unsignedValue();
    const quint64 customers = blob.unsignedValue();
    // A customer takes three bytes at least.
    if (!blob.ok() || guestOrders > quint64(Limits::kMaxHistoryEvents) || !withinTotal(c.guestRevenue)
        || lastStoreId > quint64(Limits::kMaxCustomerId) || customers > quint64(data.size()) / 3
        || (customers > 0) != (lastStoreId > 0) || latestMonth < month) {
        return std::nullopt;
    }
    c.guestOrders = qint64(guestOrders);
    c.lastStoreId = qint64(lastStoreId);
    c.customers.resize(size_t(customers));
    Int128 magnitudes = std::abs(c.guestRevenue);
    qint64 orders = qint64(guestOrders);
    qint64 repeatOrders = 0;
    for (EngineCheckpoint::Customer &customer : c.customers) {
        const quint64 n = blob.unsignedValue();
        customer.revenue = blob.signedValue();
        customer.monthRevenue = blob.signedValue();
        if (n > quint64(Limits::kMaxHistoryEvents) || !withinTotal(customer.revenue)
            || !withinTotal(customer.monthRevenue)) {
            return std::nullopt;
        }
        customer.orders = qint32(n);
        orders += qint64(n);
        magnitudes += Int128(std::abs(customer.revenue)) + std::abs(customer.monthRevenue);
        if (n > 0) {
            const quint64 first = blob.unsignedValue();
            const quint64 span = blob.unsignedValue();
            if (first > lastDayOffset || span > lastDayOffset - first)
                return std::nullopt;
            customer.firstDay = qint32(baseDay + qint64(first));
            customer.lastDay = qint32(customer.firstDay + qint64(span));
            repeatOrders += qint64(n) - 1;
        }
        if (!blob.ok() || orders > Limits::kMaxHistoryEvents || magnitudes > kMaxCheckpointTotal)
            return std::nullopt;
    }
    // Every repeat order left one gap, no longer than the days the history spans.
    const quint64 gapLengths = blob.unsignedValue();
    if (!blob.ok() || gapLengths > lastDayOffset + 1)
        return std::nullopt;
    c.gapCounts.resize(size_t(gapLengths));
    qint64 gaps = 0;
    for (qint64 &count : c.gapCounts) {
        const quint64 value = blob.unsignedValue();
        if (value > quint64(Limits::kMaxHistoryEvents))
            return std::nullopt;
        count = qint64(value);
        gaps += count;
        if (gaps > repeatOrders)
            return std::nullopt;
    }
    if (!blob.ok() || !blob.atEnd() || gaps != repeatOrders)
        return std::nullopt;
    return c;
}

} // namespace

bool CheckpointRepository::isKept(MonthIndex month, MonthIndex lastMonth)
{
    return month % 12 == 11 || (month <= lastMonth && month > lastMonth - 3);
}

Status CheckpointRepository::save(const EngineCheckpoint &checkpoint)
{
    Statement insert(StoreAccess::connection(m_store),
                     "INSERT OR REPLACE INTO engine_checkpoints(month, data) VALUES(?, ?)");
    if (!insert.bind(1, checkpoint.month).bindBlob(2, encode(checkpoint)).exec())
        return StoreAccess::failure(m_store, insert, ErrorCode::StoreWriteFailed);
    return {};
}

Result<std::optional<EngineCheckpoint>> CheckpointRepository::latestAtOrBefore(MonthIndex month) const
{
    Statement query(StoreAccess::connection(m_store),
                    "SELECT month, data FROM engine_checkpoints WHERE month <= ? ORDER BY month DESC LIMIT 1");
    query.bind(1, month);
    if (!query.step()) {
        if (query.failed())
            return StoreAccess::failure(m_store, query, ErrorCode::StoreReadFailed);
        return std::optional<EngineCheckpoint>();
    }
    const qint64 stored = query.integer(0);
    std::optional<EngineCheckpoint> checkpoint;
    if (query.isInteger(0) && stored >= Limits::kEarliestYear * 12 && stored <= Limits::kLatestYear * 12 + 11)
        checkpoint = decode(query.blobView(1), MonthIndex(stored));
    if (!checkpoint) {
        Error error(ErrorCode::StoreValueInvalid);
        error.file = m_store.path();
        error.detail = QStringLiteral("the segmentation checkpoint of month %1").arg(Error::excerpt(query.text(0)));
        return error;
    }
    return checkpoint;
}

Status CheckpointRepository::dropFrom(MonthIndex month)
{
    Statement drop(StoreAccess::connection(m_store), "DELETE FROM engine_checkpoints WHERE month >= ?");
    if (!drop.bind(1, month).exec())
        return StoreAccess::failure(m_store, drop, ErrorCode::StoreWriteFailed);
    return {};
}

Status CheckpointRepository::prune(MonthIndex lastMonth)
{
    Statement drop(StoreAccess::connection(m_store),
                   "DELETE FROM engine_checkpoints WHERE month % 12 != 11 AND (month > ?1 OR month <= ?1 - 3)");
    if (!drop.bind(1, lastMonth).exec())
        return StoreAccess::failure(m_store, drop, ErrorCode::StoreWriteFailed);
    return {};
}

} // namespace Patronage
