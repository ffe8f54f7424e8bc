#pragma once

#include "core/formats/FormatLayout.h"

namespace Patronage {

/// Which format reads a file, from its header (or as the user asked).
struct FormatChoice {
    bool ok = false;
    const FormatDefinition *definition = nullptr;
    Error error; ///< why no format fits
};

FormatChoice chooseFormat(const HeaderIndex &header, ImportFormat requested, const ColumnMapping &mapping);

/// WooCommerce's Analytics > Orders download: orders without a customer id or e-mail.
bool looksLikeWooCommerceAnalytics(const HeaderIndex &header);
/// PrestaShop's Orders > Export list, which has no customer key.
bool looksLikePrestaShopOrderList(const HeaderIndex &header);

} // namespace Patronage
