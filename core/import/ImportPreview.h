#pragma once

#include "core/import/ImportOptions.h"
#include "core/import/ImportReport.h"
#include "core/import/NormalisedOrder.h"

#include <QList>
#include <QStringList>

namespace Patronage {

/// The first orders of a file as an import would read them, and what was
/// detected, without touching any store: so a wrong date layout shows
/// before anything is imported.
struct ImportPreview {
    ImportReport detected; ///< format, dialect, date layout, decimal symbol; error when !ok
    QStringList headers;
    QString currency;
    QList<NormalisedOrder> orders;
    bool ok() const { return detected.error.isEmpty(); }
};

ImportPreview previewImport(const QString &path, const ImportOptions &options, const QString &storeCurrency,
                            int maxOrders = 100);

} // namespace Patronage
