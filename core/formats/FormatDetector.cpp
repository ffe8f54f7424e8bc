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
