#include "core/store/ForgetCustomer.h"

#include "core/store/Statement.h"
#include "core/store/Store.h"

namespace Patronage {

int forgetCustomer(Store &store, const QString &email, QString *error)
{
    const QString address = email.trimmed().toLower();
    if (address.isEmpty()) {
        *error = QStringLiteral("give the e-mail address to forget");
        return -1;
    }
    if (!store.execute("PRAGMA secure_delete = ON", error) || !store.execute("BEGIN IMMEDIATE", error))
        return -1;
    // The customer's key is the e-mail where the export had no customer id.
    Statement forget(store.handle(), "UPDATE customers SET customer_key = 'forgotten-' || id, email = NULL, name = NULL "
                                     "WHERE lower(trim(email)) = ?1 OR customer_key = ?1");
    forget.bind(1, address);
    if (!forget.exec()) {
        *error = forget.error();
        store.execute("ROLLBACK");
        return -1;
    }
    const int forgotten = forget.changes();
    if (!store.execute("COMMIT", error) || !store.execute("PRAGMA wal_checkpoint(TRUNCATE)", error))
        return -1;
    store.execute("PRAGMA secure_delete = OFF");
    return forgotten;
}

} // namespace Patronage
