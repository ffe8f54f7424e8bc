#pragma once

#include <QString>

namespace Patronage {

class Store;

/// For a deletion request: removes a customer's e-mail, name and key from
/// the store. Their orders stay, under an anonymous key, so every figure
/// stays as it was; deleted bytes are overwritten and the WAL truncated, so
/// the address is gone from the file too. Returns the number of customers
/// forgotten, or -1 with \a error.
int forgetCustomer(Store &store, const QString &email, QString *error);

} // namespace Patronage
