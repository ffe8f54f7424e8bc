#include "core/formats/FormatDetector.h"

namespace Patronage {

namespace {

const FormatDefinition *definitionFor(ImportFormat format)
{
    for (const FormatDefinition *definition : {&shopifyFormat(), &wooCommerceFormat(), &webToffeeFormat(),
                                               &magentoFormat(), &transactionLinesFormat(), &genericFormat()}) {
        if (definition->format == format)
            return definition;
    }
    return nullptr;
}

} // namespace

bool looksLikeWooCommerceAnalytics(const HeaderIndex &header)
{
    return header.find(QStringLiteral("Order #")) >= 0 && header.findAny({"Net Sales", "N. Revenue"}) >= 0
        && header.find(QStringLiteral("Customer type")) >= 0;
}

// PrestaShop's back office Orders > Export (its controller writes id_order, reference, new,
// country, customer, total_paid_tax_incl, payment, status, date_add under these English titles,
// ";"-separated): a list for people, without a customer key.
bool looksLikePrestaShopOrderList(const HeaderIndex &header)
{
    return header.find(QStringLiteral("Reference")) >= 0 && header.find(QStringLiteral("New client")) >= 0
        && header.find(QStringLiteral("Customer")) >= 0 && header.find(QStringLiteral("Total")) >= 0
        && header.find(QStringLiteral("Email")) < 0;
}

FormatChoice chooseFormat(const HeaderIndex &header, ImportFormat requested, const ColumnMapping &mapping)
{
    FormatChoice choice;
    if (requested != ImportFormat::Auto) {
        choice.definition = definitionFor(requested);
        choice.ok = true;
        return choice;
    }
    if (looksLikeWooCommerceAnalytics(header)) {
        choice.error = Error(ErrorCode::WooCommerceAnalytics);
        return choice;
    }
    if (looksLikePrestaShopOrderList(header)) {
        choice.error = Error(ErrorCode::PrestaShopOrderList);
        return choice;
    }
    for (const FormatDefinition *definition :
         {&shopifyFormat(), &wooCommerceFormat(), &webToffeeFormat(), &magentoFormat(), &transactionLinesFormat()}) {
        if (definition->matches(header)) {
            choice.definition = definition;
            choice.ok = true;
            return choice;
        }
    }
    if (!mapping.isEmpty()) {
        choice.definition = &genericFormat();
        choice.ok = true;
        return choice;
    }
    choice.error = Error(ErrorCode::UnknownFormat);
    choice.error.names = header.headers();
    return choice;
}

} // namespace Patronage
