#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>

#include "core/error/Error.h"
#include "core/formats/Fields.h"

namespace Patronage {

/// How rows become orders.
enum class Grouping {
    FirstRowPerOrder, ///< one row per line item; the order's fields on its first row (Shopify)
    SumRows,          ///< rows sharing an order number are parts of one order: amounts add up
    LineItems,        ///< quantity x unit price per row, summed per order (UCI Online Retail)
    RowPerOrder,      ///< no order number: each row is an order keyed by its content
};

/// The file's header, looked up by name: case-insensitive, spaces trimmed.
class HeaderIndex
{
public:
    explicit HeaderIndex(const QStringList &headers);
    int find(const QString &name) const;
    int findAny(std::initializer_list<const char *> names) const;
    const QStringList &headers() const { return m_headers; }
    QString nameAt(int column) const { return m_headers.value(column); }
    /// Whether the column's name is written more than once in the header.
    bool isDuplicated(int column) const;

private:
    QStringList m_headers;
    QHash<QString, int> m_byName;
    QSet<QString> m_duplicated;
};

/// A user's column choices: field -> header name.
using ColumnMapping = QHash<Field, QString>;

/// How one file maps onto the normalised order: resolved column indices and
/// the format's rules.
struct FormatLayout {
    ImportFormat format = ImportFormat::Generic;
    std::array<int, kFieldCount> columns;
    Grouping grouping = Grouping::SumRows;
    QSet<QString> cancelledStatuses; ///< lower-case status values meaning cancelled
    bool cancelledAtMeansCancelled = false;
    bool creditNotePrefixC = false; ///< transaction lines: invoice "C123" is a credit note
    bool negativeTotalIsCreditNote = false;
    bool zeroCustomerIdIsNone = false; ///< WooCommerce: user id 0 is a guest
    bool numericCustomerIds = false;   ///< "17850.0" is customer 17850
    /// WebToffee: the refunded column packs each refund as "amount:10|reason:…|date:…",
    /// refunds joined by ";": the refunded amount is the sum of the amounts.
    bool packedRefunds = false;

    FormatLayout() { columns.fill(-1); }
    int column(Field field) const { return columns[size_t(field)]; }
    bool has(Field field) const { return column(field) >= 0; }
};

/// The result of fitting a format to a header.
struct LayoutResult {
    bool ok = false;
    FormatLayout layout;
    Error error; ///< names the missing column
};

/// One export format: recognises its header and lays out its columns.
struct FormatDefinition {
    ImportFormat format;
    bool (*matches)(const HeaderIndex &header);
    LayoutResult (*layout)(const HeaderIndex &header, const ColumnMapping &mapping);
};

const FormatDefinition &shopifyFormat();
const FormatDefinition &wooCommerceFormat();
const FormatDefinition &magentoFormat();
const FormatDefinition &transactionLinesFormat();
const FormatDefinition &genericFormat();
const FormatDefinition &webToffeeFormat();

/// Places a column for \a field: the user's mapping first, then the first of
/// the format's own names found. Returns false (and names the column in
/// \a error) when a required column is missing.
bool placeColumn(FormatLayout &layout, const HeaderIndex &header, const ColumnMapping &mapping, Field field,
                 std::initializer_list<const char *> names, bool required, Error *error);

} // namespace Patronage
