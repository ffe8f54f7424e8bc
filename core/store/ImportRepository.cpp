#include "core/store/ImportRepository.h"

#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/StoreAccess.h"

namespace Patronage {

Result<qint64> ImportRepository::begin(const QString &fileName, const QString &filePath, qint64 size,
                                       const QString &format, const QString &importedAt)
{
    Statement insert(StoreAccess::connection(m_store),
                     "INSERT INTO imports(file_name, file_path, file_size, content_hash, format, imported_at) "
                     "VALUES(?, ?, ?, '', ?, ?)");
    insert.bind(1, fileName).bind(2, filePath).bind(3, size).bind(4, format).bind(5, importedAt);
    if (!insert.exec())
        return StoreAccess::failure(m_store, insert, ErrorCode::StoreWriteFailed);
    return insert.lastInsertId();
}

Status ImportRepository::finish(qint64 id, const QString &contentHash, const ImportCounts &counts)
{
    Statement update(StoreAccess::connection(m_store),
                     "UPDATE imports SET content_hash = ?, rows_read = ?, orders_inserted = ?, orders_updated = ?, "
                     "orders_unchanged = ?, credit_notes = ?, guest_orders = ?, rows_skipped = ? WHERE id = ?");
    update.bind(1, contentHash)
        .bind(2, counts.rowsRead)
        .bind(3, counts.ordersInserted)
        .bind(4, counts.ordersUpdated)
        .bind(5, counts.ordersUnchanged)
        .bind(6, counts.creditNotes)
        .bind(7, counts.guestOrders)
        .bind(8, counts.rowsSkipped)
        .bind(9, id);
    if (!update.exec())
        return StoreAccess::failure(m_store, update, ErrorCode::StoreWriteFailed);
    return {};
}

QString ImportRepository::importedAtForHash(const QString &contentHash) const
{
    Statement query(StoreAccess::connection(m_store),
                    "SELECT imported_at FROM imports WHERE content_hash = ? ORDER BY id LIMIT 1");
    query.bind(1, contentHash);
    return query.step() ? query.text(0) : QString();
}

Result<QList<ImportRecord>> ImportRepository::list() const
{
    QList<ImportRecord> records;
    Statement query(StoreAccess::connection(m_store),
                    "SELECT id, file_name, file_path, file_size, content_hash, format, imported_at, rows_read, "
                    "orders_inserted, orders_updated, orders_unchanged, credit_notes, guest_orders, rows_skipped "
                    "FROM imports ORDER BY id");
    while (query.step()) {
        ImportRecord r;
        r.id = query.integer(0);
        r.fileName = query.text(1);
        r.filePath = query.text(2);
        r.fileSize = query.integer(3);
        r.contentHash = query.text(4);
        r.format = query.text(5);
        r.importedAt = query.text(6);
        r.rowsRead = query.integer(7);
        r.ordersInserted = query.integer(8);
        r.ordersUpdated = query.integer(9);
        r.ordersUnchanged = query.integer(10);
        r.creditNotes = query.integer(11);
        r.guestOrders = query.integer(12);
        r.rowsSkipped = query.integer(13);
        records.append(r);
    }
    if (query.failed())
        return StoreAccess::failure(m_store, query, ErrorCode::StoreReadFailed);
    return records;
}

} // namespace Patronage
