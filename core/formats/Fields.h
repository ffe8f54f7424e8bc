#pragma once

#include <QString>

namespace Patronage {

/// The export formats Patronage reads (spec §8).
enum class ImportFormat { Auto, Shopify, WooCommerce, Magento, TransactionLines, Generic };

QString formatName(ImportFormat format);        ///< "shopify", as on the command line
QString formatDisplayName(ImportFormat format); ///< "Shopify orders export"
bool parseFormatName(const QString &name, ImportFormat *format);

/// What a column means to the import. The first eleven are the fields a
/// user can map with --map; the rest only known formats use.
enum class Field {
    Order,
    Customer,
    Email,
    Name,
    Date,
    Total,
    Refunded,
    OrderStatus,
    Quantity,
    UnitPrice,
    Currency,
    CancelledAt,
    FirstName,
    LastName,
    Count
};
constexpr int kFieldCount = int(Field::Count);
QString fieldName(Field field);
bool parseFieldName(const QString &name, Field *field);

} // namespace Patronage
