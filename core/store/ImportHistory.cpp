#include "core/store/ImportHistory.h"

#include "core/store/Statement.h"
#include "core/store/Store.h"

namespace Patronage {

qint64 ImportHistory::begin(const QString &fileName, const QString &filePath, qint64 size, const QString &format,
                            const QString &importedAt)
{
    Statement insert(m_store.handle(), "INSERT INTO imports(file_name, file_path, file_size, content_hash, format, "
                                       "imported_at) VALUES(?, ?, ?, '', ?, ?)");
    insert.bind(1, fileName).bind(2, filePath).bind(3, size).bind(4, format).bind(5, importedAt);
    if (!insert.exec()) {
        m_error = insert.error();
        return -1;
    }
    return insert.lastInsertId();
}

bool ImportHistory::finish(qint64 id, const QString &contentHash, const ImportCounts &counts)
{
    Statement update(m_store.handle(),
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
    if (!update.exec()) {
        m_error = update.error();
        return false;
    }
    return true;
}

QString ImportHistory::importedAtForHash(const QString &contentHash) const
{
    Statement query(m_store.handle(), "SELECT imported_at FROM imports WHERE content_hash = ? ORDER BY id LIMIT 1");
    query.bind(1, contentHash);
    return query.step() ? query.text(0) : QString();
}

QList<ImportRecord> ImportHistory::list() const
{
    QList<ImportRecord> records;
    Statement query(m_store.handle(),
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
    return records;
}

} // namespace Patronage
