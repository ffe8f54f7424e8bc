#pragma once

#include <QString>
#include <QStringList>

namespace Patronage {

/// The export formats Patronage reads (spec §8).
enum class ImportFormat { Auto, Shopify, WooCommerce, Magento, TransactionLines, Generic, WebToffee };

QString formatName(ImportFormat format);        ///< "shopify", as on the command line
QString formatDisplayName(ImportFormat format); ///< "Shopify orders export", translated in the "Fields" context
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
QString fieldName(Field field);  ///< "unit_price", as on the command line
QString fieldTitle(Field field); ///< "unit price", for people; translated in the "Fields" context
bool parseFieldName(const QString &name, Field *field);
/// The column of \a headers that most likely holds \a field in a file of no known format,
/// by the names spreadsheets and shop systems give it ("Order ID", "Order Date", "Sales",
/// "Customer Name", "E-mail", in any case and spacing); -1 when none does.
qsizetype guessColumn(Field field, const QStringList &headers);

} // namespace Patronage
