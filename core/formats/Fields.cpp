#include "core/formats/Fields.h"

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
    "order",  "customer", "email",      "name",     "date",         "total",      "refunded",
    "status", "quantity", "unit_price", "currency", "cancelled_at", "first_name", "last_name",
};
constexpr int kMappableFields = int(Field::Currency) + 1;

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

} // namespace Patronage
