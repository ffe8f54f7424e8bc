#include "core/formats/FormatLayout.h"

namespace Patronage {

namespace {

struct FormatNames {
    ImportFormat format;
    const char *name;
    const char *displayName;
};
constexpr FormatNames kFormats[] = {
    {ImportFormat::Auto, "auto", "detected from the header"},
    {ImportFormat::Shopify, "shopify", "Shopify orders export"},
    {ImportFormat::WooCommerce, "woocommerce", "WooCommerce order export"},
    {ImportFormat::Magento, "magento", "Magento order grid export"},
    {ImportFormat::TransactionLines, "lines", "transaction lines"},
    {ImportFormat::Generic, "generic", "generic CSV with a column mapping"},
};

constexpr const char *kFieldNames[kFieldCount] = {
    "order", "customer", "email", "name", "date", "total", "refunded", "status", "quantity", "unit_price",
    "currency", "cancelled_at", "first_name", "last_name",
};
constexpr int kMappableFields = int(Field::Currency) + 1;

QString normalisedHeader(const QString &name)
{
    return name.trimmed().toLower();
}

} // namespace

QString formatName(ImportFormat format)
{
    for (const auto &entry : kFormats) {
        if (entry.format == format)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

QString formatDisplayName(ImportFormat format)
{
    for (const auto &entry : kFormats) {
        if (entry.format == format)
            return QString::fromLatin1(entry.displayName);
    }
    return {};
}

bool parseFormatName(const QString &name, ImportFormat *format)
{
    for (const auto &entry : kFormats) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            *format = entry.format;
            return true;
        }
    }
    return false;
}

QString fieldName(Field field)
{
    return QString::fromLatin1(kFieldNames[int(field)]);
}

bool parseFieldName(const QString &name, Field *field)
{
    for (int i = 0; i < kMappableFields; ++i) {
        if (name.trimmed().compare(QLatin1String(kFieldNames[i]), Qt::CaseInsensitive) == 0) {
            *field = Field(i);
            return true;
        }
    }
    return false;
}

HeaderIndex::HeaderIndex(const QStringList &headers)
    : m_headers(headers)
{
    for (int i = 0; i < headers.size(); ++i) {
        const QString key = normalisedHeader(headers.at(i));
        if (!m_byName.contains(key))
            m_byName.insert(key, i);
    }
}

int HeaderIndex::find(const QString &name) const
{
    return m_byName.value(normalisedHeader(name), -1);
}

int HeaderIndex::findAny(std::initializer_list<const char *> names) const
{
    for (const char *name : names) {
        const int column = find(QString::fromLatin1(name));
        if (column >= 0)
            return column;
    }
    return -1;
}

bool placeColumn(FormatLayout &layout, const HeaderIndex &header, const ColumnMapping &mapping, Field field,
                 std::initializer_list<const char *> names, bool required, QString *error)
{
    if (mapping.contains(field)) {
        const QString wanted = mapping.value(field);
        const int column = header.find(wanted);
        if (column < 0) {
            *error = QStringLiteral("the column \"%1\" mapped to %2 is not in the file's header (%3)")
                         .arg(wanted, fieldName(field), header.headers().join(QStringLiteral(", ")));
            return false;
        }
        layout.columns[size_t(field)] = column;
        return true;
    }
    const int column = header.findAny(names);
    layout.columns[size_t(field)] = column;
    if (column < 0 && required && names.size() == 0) {
        *error = QStringLiteral("name the column that holds the %1 with --map %1=COLUMN (the file's columns are: %2)")
                     .arg(fieldName(field), header.headers().join(QStringLiteral(", ")));
        return false;
    }
    if (column < 0 && required) {
        QStringList quoted;
        for (const char *name : names)
            quoted.append(QLatin1Char('"') + QString::fromLatin1(name) + QLatin1Char('"'));
        *error = QStringLiteral("the %1 needs a column %2 for the %3, and the file has none: "
                                "export again with that column, or name the column with --map %3=COLUMN")
                     .arg(formatDisplayName(layout.format), quoted.join(QStringLiteral(" or ")), fieldName(field));
        return false;
    }
    return true;
}

} // namespace Patronage
