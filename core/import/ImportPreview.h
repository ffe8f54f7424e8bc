#pragma once

#include <QList>
#include <QStringList>

#include "core/import/ImportOptions.h"
#include "core/import/ImportReport.h"
#include "core/store/NormalisedOrder.h"

namespace Patronage {

/// The first orders of a file as an import would read them, and what was
/// detected, without touching any store: so a wrong date layout shows
/// before anything is imported.
struct ImportPreview {
    ImportReport detected; ///< format, dialect, date layout, decimal symbol; ok, or the error
    QStringList headers;
    QString currency;
    QList<NormalisedOrder> orders;
    bool ok() const { return detected.ok; }
};

ImportPreview previewImport(const QString &path, const ImportOptions &options, const QString &storeCurrency,
                            int maxOrders = 100);

} // namespace Patronage
