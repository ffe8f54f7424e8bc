#pragma once

#include "core/csv/CsvDialect.h"
#include "core/formats/FormatLayout.h"

#include <QList>
#include <QString>

namespace Patronage {

/// A row left out of an import, and why.
struct SkippedRow {
    qint64 line = 0;
    int column = 0; ///< 1-based; 0 when the whole row is meant
    QString value;
    QString reason;
};

/// What an import counted: reported after it, and kept in the import history.
struct ImportCounts {
    qint64 rowsRead = 0;
    qint64 ordersInserted = 0;
    qint64 ordersUpdated = 0;
    qint64 ordersUnchanged = 0;
    qint64 creditNotes = 0;
    qint64 guestOrders = 0;
    qint64 rowsSkipped = 0;
};

/// What one file's import did (or, when !ok, why nothing was done).
struct ImportReport : ImportCounts {
    bool ok = false;
    bool cancelled = false;
    QString filePath;
    /// "FILE:LINE:COLUMN: what is wrong: what to do" when !ok.
    QString error;

    ImportFormat format = ImportFormat::Auto;
    CsvDialect dialect;
    QString dateLayout;
    QString decimalSymbol;
    QString currency;

    QList<SkippedRow> skipped; ///< the first kMaxSkippedListed of them
    /// Rows kept but worth a look: a line of an order naming another customer
    /// than the order's first row (the order keeps its first row's customer).
    qint64 rowsNoted = 0;
    QList<SkippedRow> notes;
    QString alreadyImportedAt; ///< set when the same content was imported before

    static constexpr int kMaxSkippedListed = 1000;
};

} // namespace Patronage
