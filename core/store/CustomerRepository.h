#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

#include "core/error/Result.h"

namespace Patronage {

class Store;

/// Who a customer is: the store's id and the export's key, e-mail and name.
struct CustomerIdentity {
    qint64 storeId = 0;
    QString key;
    QString email; ///< empty when unknown (or forgotten)
    QString name;
};

/// The store's customers: found by key, and forgotten on request (every
/// customer at once: CustomerDirectory).
class CustomerRepository
{
public:
    explicit CustomerRepository(Store &store);
    /// The customer with this key, if there is one.
    Result<std::optional<CustomerIdentity>> findByKey(const QString &key) const;

    /// What forget() did.
    struct Forgotten {
        int customers = 0;     ///< customers whose e-mail, name and key were removed now
        bool leftover = false; ///< the address was still in the file (an erasure cut short) and is gone now
    };
    /// For a deletion request: removes the e-mail, name and key of the
    /// customers with this e-mail address. Their orders stay, under an
    /// anonymous key, so every figure stays as it was; deleted bytes are
    /// overwritten and the WAL truncated, so the address is gone from the
    /// file too. Asked again, it finishes an erasure that was cut short
    /// (the program killed before the address left the file).
    Result<Forgotten> forget(const QString &email);

private:
    Store &m_store;
};

} // namespace Patronage
