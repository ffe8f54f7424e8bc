#include "core/store/HistoryMonths.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <utility>

#include "core/money/Int128.h"
#include "core/store/BlobCodec.h"
#include "core/store/DocumentRows.h"
#include "core/store/Limits.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/StoreAccess.h"

namespace Patronage::HistoryMonths {

// A month's blob: the format, the number of documents, then for each one in
// date order the seconds since the one before (the first: since the month's
// first second), (customers.id + 1) * 4 + 2 when cancelled + 1 for a credit
// note (guests: customer 0), the row id's difference from the one before of
// its kind, and the amount.
namespace {

constexpr quint64 kFormat = 2;
constexpr quint64 CreditNoteBit = 1;
constexpr quint64 CancelledBit = 2;
constexpr int CustomerShift = 2;

qint64 monthStartSecond(MonthIndex month)
{
    return firstDayOfMonth(month) * 86400;
}

Error invalidMonth(const Store &store, qint64 month)
{
    Error error(ErrorCode::StoreValueInvalid);
    error.file = store.path();
    error.detail = QStringLiteral("the history kept for month %1").arg(Error::excerpt(QString::number(month)));
    return error;
}

} // namespace

Status rebuildFrom(Store &store, MonthIndex from)
{
    sqlite3 *db = StoreAccess::connection(store);
    Statement clear(db, "DELETE FROM history_months WHERE month >= ?");
    if (!clear.bind(1, from).exec())
        return StoreAccess::failure(store, clear, ErrorCode::StoreWriteFailed);
    Statement insert(db, "INSERT INTO history_months(month, documents, data) VALUES(?, ?, ?)");
    BlobWriter documents;
    qint64 count = 0;
    MonthIndex month = 0;
    qint64 previous = 0;
    qint64 previousRowid[2] = {0, 0}; // of orders, of credit notes
    auto flush = [&]() -> bool {
        if (count == 0)
            return true;
        BlobWriter blob;
        blob.unsignedValue(kFormat);
        blob.unsignedValue(quint64(count));
        const QByteArray data = blob.take() + documents.take();
        documents = BlobWriter();
        const bool ok = insert.bind(1, month).bind(2, count).bindBlob(3, data).exec();
        count = 0;
        return ok;
    };
    DocumentRows rows(store, DocumentRows::Order::Dated, from);
    DocumentRow row;
    while (rows.next(&row)) {
        const MonthIndex rowMonth = monthOfDay(dayOfSeconds(row.seconds));
        if (rowMonth != month && !flush())
            return StoreAccess::failure(store, insert, ErrorCode::StoreWriteFailed);
        if (count == 0) {
            month = rowMonth;
            previous = monthStartSecond(month);
            previousRowid[0] = previousRowid[1] = 0;
        }
        documents.unsignedValue(quint64(row.seconds - previous));
        previous = row.seconds;
        documents.unsignedValue((quint64(row.customer + 1) << CustomerShift) | (row.cancelled ? CancelledBit : 0U)
                                | (row.creditNote ? CreditNoteBit : 0U));
        documents.signedValue(row.id - std::exchange(previousRowid[row.creditNote], row.id));
        const qint64 amount = row.creditNote ? row.gross
            : row.cancelled                  ? 0
                                             : std::max<qint64>(row.gross - row.refunded, 0);
        documents.signedValue(amount);
        ++count;
    }
    if (!rows.status())
        return rows.status().error();
    if (!flush())
        return StoreAccess::failure(store, insert, ErrorCode::StoreWriteFailed);
    return {};
}

qint64 countFrom(const Store &store, MonthIndex from)
{
    Statement count(StoreAccess::connection(store),
                    // Each document takes four bytes at least: a damaged count cannot ask for more.
                    "SELECT coalesce(sum(min(documents, length(data) / 4)), 0) FROM history_months WHERE month >= ?");
    count.bind(1, from);
    return count.step() ? std::clamp<qint64>(count.integer(0), 0, Limits::kMaxHistoryEvents) : 0;
}

Status read(const Store &store, MonthIndex from, const std::function<void(const StoredDocument &)> &visit)
{
    Statement months(StoreAccess::connection(store),
                     "SELECT month, documents, data FROM history_months WHERE month >= ? ORDER BY month");
    months.bind(1, from);
    const auto firstMonth = MonthIndex(Limits::kEarliestYear * 12);
    const auto lastMonth = MonthIndex(Limits::kLatestYear * 12 + 11);
    Int128 magnitudes = 0; // kept below Limits::kMaxStoreTotal: no sum of them overflows
    qint64 previousMonth = std::numeric_limits<qint64>::min();
    while (months.step()) {
        const qint64 month = months.integer(0);
        // Months must ascend (a damaged index could say otherwise): the history is in date order.
        if (!months.isInteger(0) || month < firstMonth || month > lastMonth || month <= previousMonth)
            return invalidMonth(store, month);
        previousMonth = month;
        const QByteArrayView data = months.blobView(2);
        BlobReader reader(data);
        const quint64 format = reader.unsignedValue();
        const quint64 count = reader.unsignedValue();
        // Each document takes four bytes at least.
        if (!reader.ok() || format != kFormat || count == 0 || count > quint64(data.size()) / 4 || !months.isInteger(1)
            || quint64(months.integer(1)) != count)
            return invalidMonth(store, month);
        const qint64 start = monthStartSecond(MonthIndex(month));
        const qint64 length = monthStartSecond(MonthIndex(month) + 1) - start;
        qint64 offset = 0;
        qint64 rowid[2] = {0, 0};
        StoredDocument d;
        for (quint64 i = 0; i < count; ++i) {
            offset += qint64(std::min<quint64>(reader.unsignedValue(), quint64(length)));
            const quint64 tag = reader.unsignedValue();
            const qint64 step = reader.signedValue();
            d.amount = reader.signedValue();
            d.creditNote = (tag & CreditNoteBit) != 0;
            d.cancelled = (tag & CancelledBit) != 0;
            d.customer = qint64(std::min<quint64>(tag >> CustomerShift, quint64(Limits::kMaxCustomerId) + 2)) - 1;
            qint64 &previousRowid = rowid[d.creditNote];
            // Row ids are SQLite's, 1 to 2^63 - 1: the step is checked before it is taken.
            const bool rowidInRange =
                step >= 1 - previousRowid && step <= std::numeric_limits<qint64>::max() - previousRowid;
            const bool amountInRange = d.amount >= -Limits::kMaxAmountMinor && d.amount <= Limits::kMaxAmountMinor;
            if (amountInRange)
                magnitudes += std::abs(d.amount);
            if (!reader.ok() || offset >= length || d.customer > Limits::kMaxCustomerId || !rowidInRange
                || !amountInRange || (!d.creditNote && d.amount < 0) || (d.cancelled && (d.creditNote || d.amount != 0))
                || magnitudes > Limits::kMaxStoreTotal) {
                return invalidMonth(store, month);
            }
            previousRowid += step;
            d.rowid = previousRowid;
            d.seconds = start + offset;
            visit(d);
        }
        if (!reader.atEnd())
            return invalidMonth(store, month);
    }
    if (months.failed())
        return StoreAccess::failure(store, months, ErrorCode::StoreReadFailed);
    return {};
}

} // namespace Patronage::HistoryMonths
