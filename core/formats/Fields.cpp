#include "core/formats/Fields.h"

#include <QCoreApplication>

namespace Patronage {

namespace {

struct FormatNames {
    ImportFormat format;
    const char *name;
    const char *displayName;
};
constexpr FormatNames kFormats[] = {
    {ImportFormat::Auto, "auto", QT_TRANSLATE_NOOP("Fields", "detected from the header")},
    {ImportFormat::Shopify, "shopify", QT_TRANSLATE_NOOP("Fields", "Shopify orders export")},
    {ImportFormat::WooCommerce, "woocommerce", QT_TRANSLATE_NOOP("Fields", "WooCommerce order export")},
    {ImportFormat::Magento, "magento", QT_TRANSLATE_NOOP("Fields", "Magento order grid export")},
    {ImportFormat::TransactionLines, "lines", QT_TRANSLATE_NOOP("Fields", "transaction lines")},
    {ImportFormat::Generic, "generic", QT_TRANSLATE_NOOP("Fields", "generic CSV with a column mapping")},
    {ImportFormat::WebToffee, "webtoffee",
     QT_TRANSLATE_NOOP("Fields", "WooCommerce order export (WebToffee Order Export & Order Import)")},
};

constexpr const char *kFieldNames[kFieldCount] = {
    "order",  "customer", "email",      "name",     "date",         "total",      "refunded",
    "status", "quantity", "unit_price", "currency", "cancelled_at", "first_name", "last_name",
};
constexpr const char *kFieldTitles[kFieldCount] = {
    QT_TRANSLATE_NOOP("Fields", "order number"), QT_TRANSLATE_NOOP("Fields", "customer"),
    QT_TRANSLATE_NOOP("Fields", "e-mail"),       QT_TRANSLATE_NOOP("Fields", "name"),
    QT_TRANSLATE_NOOP("Fields", "date"),         QT_TRANSLATE_NOOP("Fields", "total"),
    QT_TRANSLATE_NOOP("Fields", "refunded"),     QT_TRANSLATE_NOOP("Fields", "status"),
    QT_TRANSLATE_NOOP("Fields", "quantity"),     QT_TRANSLATE_NOOP("Fields", "unit price"),
    QT_TRANSLATE_NOOP("Fields", "currency"),     QT_TRANSLATE_NOOP("Fields", "cancelled at"),
    QT_TRANSLATE_NOOP("Fields", "first name"),   QT_TRANSLATE_NOOP("Fields", "last name"),
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
            return QCoreApplication::translate("Fields", entry.displayName);
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

QString fieldTitle(Field field)
{
    return QCoreApplication::translate("Fields", kFieldTitles[int(field)]);
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

namespace {

// "Order Date" -> "orderdate": letters and digits only, lower case.
QString normalised(const QString &header)
{
    QString key;
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

// Names a column of each field goes by, most likely first (after the field's own name).
QList<const char *> namesOf(Field field)
{
    switch (field) {
    case Field::Order:
        return {"orderid", "ordernumber",   "orderno",   "order",        "invoiceno",
                "invoice", "invoicenumber", "invoiceid", "transactionid"};
    case Field::Customer:
        return {"customerid", "customernumber", "customerno", "customer", "clientid", "buyerid", "userid"};
    case Field::Email: return {"email", "emailaddress", "customeremail", "mail", "buyeremail"};
    case Field::Name: return {"customername", "name", "fullname", "buyername", "clientname", "billingname"};
    case Field::Date:
        return {"orderdate", "date",          "invoicedate", "purchasedate", "createdat",
                "created",   "orderdatetime", "datetime",    "timestamp"};
    case Field::Total:
        return {"total", "ordertotal", "totalamount", "amount", "sales", "revenue", "grandtotal", "value"};
    case Field::Refunded: return {"refunded", "refundedamount", "refundamount", "refund", "refunds"};
    case Field::OrderStatus: return {"orderstatus", "status", "financialstatus"};
    case Field::Quantity: return {"quantity", "qty"};
    case Field::UnitPrice: return {"unitprice", "price", "itemprice"};
    case Field::Currency: return {"currency", "currencycode"};
    case Field::CancelledAt: return {"cancelledat", "canceledat", "cancelled", "canceled"};
    case Field::FirstName: return {"firstname", "givenname"};
    case Field::LastName: return {"lastname", "surname", "familyname"};
    case Field::Count: break;
    }
    return {};
}

} // namespace

qsizetype guessColumn(Field field, const QStringList &headers)
{
    QStringList keys;
    for (const QString &header : headers)
        keys.append(normalised(header));
    QStringList names = {normalised(fieldName(field))};
    for (const char *name : namesOf(field))
        names.append(QString::fromLatin1(name));
    for (const QString &name : names) {
        if (const qsizetype column = keys.indexOf(name); column >= 0)
            return column;
    }
    return -1;
}

} // namespace Patronage
