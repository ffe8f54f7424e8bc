#include "core/formats/FormatDetector.h"

namespace Patronage {

namespace {

const FormatDefinition *definitionFor(ImportFormat format)
{
    for (const FormatDefinition *definition : {&shopifyFormat(), &wooCommerceFormat(), &magentoFormat(),
                                               &transactionLinesFormat(), &genericFormat()}) {
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

FormatChoice chooseFormat(const HeaderIndex &header, ImportFormat requested, const ColumnMapping &mapping)
{
    FormatChoice choice;
    if (requested != ImportFormat::Auto) {
        choice.definition = definitionFor(requested);
        choice.ok = true;
        return choice;
    }
    if (looksLikeWooCommerceAnalytics(header)) {
        choice.error = QStringLiteral(
            "this is WooCommerce's Analytics > Orders download, which has no customer id or e-mail, so customers "
            "cannot be told apart: export the orders with an order export plugin (for example \"Advanced Order "
            "Export For WooCommerce\") including \"Customer User ID\" or \"Email (Billing)\", and import that file");
        return choice;
    }
    for (const FormatDefinition *definition :
         {&shopifyFormat(), &wooCommerceFormat(), &magentoFormat(), &transactionLinesFormat()}) {
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
    choice.error = QStringLiteral("the columns do not match a Shopify, WooCommerce, Magento or transaction-line "
                                  "export (the header is: %1): name the columns with --map, for example "
                                  "--map order=\"Order ID\" --map customer=\"Customer ID\" --map date=\"Order Date\" "
                                  "--map total=Sales")
                       .arg(header.headers().join(QStringLiteral(", ")));
    return choice;
}

} // namespace Patronage
