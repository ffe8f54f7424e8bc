#include "core/store/CustomerRepository.h"

#include <QFile>

#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/StoreAccess.h"
#include "core/store/Transaction.h"

namespace Patronage {

CustomerRepository::CustomerRepository(Store &store)
    : m_store(store)
{ }

Result<std::optional<CustomerIdentity>> CustomerRepository::findByKey(const QString &key) const
{
    Statement find(StoreAccess::connection(m_store),
                   "SELECT id, coalesce(email, ''), coalesce(name, '') FROM customers WHERE customer_key = ?");
    find.bind(1, key);
    if (!find.step()) {
        if (find.failed())
            return StoreAccess::failure(m_store, find, ErrorCode::StoreReadFailed);
        return std::optional<CustomerIdentity>();
    }
    return std::optional<CustomerIdentity>(CustomerIdentity{find.integer(0), key, find.text(1), find.text(2)});
}

namespace {

// Whether the store's files still hold \a address anywhere, in any case.
bool fileHolds(const QString &path, const QByteArray &address)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(path + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray carried;
        while (!file.atEnd()) {
            const QByteArray chunk = carried + file.read(4 << 20).toLower();
            if (chunk.contains(address))
                return true;
            carried = chunk.right(address.size());
        }
    }
    return false;
}

} // namespace

Result<CustomerRepository::Forgotten> CustomerRepository::forget(const QString &email)
{
    const QString address = email.trimmed().toLower();
    if (address.isEmpty())
        return Error(ErrorCode::InvalidParameter).withDetail(QStringLiteral("give the e-mail address to forget"));
    Error error;
    if (!StoreAccess::execute(m_store, "PRAGMA secure_delete = ON", &error))
        return error;
    Forgotten forgotten;
    {
        Result<Transaction> transaction = Transaction::begin(m_store, Transaction::Kind::Write);
        if (!transaction)
            return transaction.error();
        // The customer's key is the e-mail where the export had no customer id.
        Statement forget(StoreAccess::connection(m_store),
                         "UPDATE customers SET customer_key = 'forgotten-' || id, email = NULL, name = NULL "
                         "WHERE lower(trim(email)) = ?1 OR customer_key = ?1");
        forget.bind(1, address);
        if (!forget.exec())
            return StoreAccess::failure(m_store, forget, ErrorCode::StoreWriteFailed);
        forgotten.customers = forget.changes();
        if (const Status committed = transaction->commit(); !committed)
            return committed.error();
    }
    const bool before = forgotten.customers == 0 && fileHolds(m_store.path(), address.toUtf8());
    // The pages without the address replace those with it, and the WAL that held it is emptied.
    if (!StoreAccess::execute(m_store, "PRAGMA wal_checkpoint(TRUNCATE)", &error))
        return error;
    // What an earlier, interrupted erasure or a deleted row left in free space is rewritten away.
    if (fileHolds(m_store.path(), address.toUtf8())) {
        if (!StoreAccess::execute(m_store, "VACUUM", &error)
            || !StoreAccess::execute(m_store, "PRAGMA wal_checkpoint(TRUNCATE)", &error))
            return error;
    }
    forgotten.leftover = before && !fileHolds(m_store.path(), address.toUtf8());
    StoreAccess::execute(m_store, "PRAGMA secure_delete = OFF");
    return forgotten;
}

} // namespace Patronage
