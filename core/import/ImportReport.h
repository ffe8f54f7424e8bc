#pragma once

#include <QList>
#include <QString>

#include "core/csv/CsvDialect.h"
#include "core/error/Error.h"
#include "core/formats/Fields.h"
#include "core/store/ImportRecord.h"

namespace Patronage {

/// Why a row was left out of an import.
enum class SkipReason {
    NoOrderNumber, ///< the row belongs to no order
    NoDate,        ///< the row is not an order
};

/// A row left out of an import.
struct SkippedRow {
    qint64 line = 0;
    int column = 0; ///< 1-based; 0 when the whole row is meant
    QString value;
    SkipReason reason = SkipReason::NoDate;
};

/// A row kept but worth a look: a line of an order that names another
/// customer than the order's first row (the order keeps its first row's customer).
struct RowNote {
    qint64 line = 0;
    int column = 0;
    QString customer; ///< the customer this row names
    QString orderKey;
    qint64 orderLine = 0;  ///< where the order starts
    QString orderCustomer; ///< the customer the order is counted for
};

/// What one file's import did (or, when !ok, why nothing was done).
struct ImportReport : ImportCounts {
    bool ok = false;
    bool cancelled = false;
    QString filePath;
    /// Why the file was refused, when !ok; its file is the input file.
    Error error;

    ImportFormat format = ImportFormat::Auto;
    CsvDialect dialect;
    QString dateLayout;    ///< "day/month/year", or the Qt format given
    QString decimalSymbol; ///< "point" or "comma"
    QString currency;

    QList<SkippedRow> skipped; ///< the first kMaxSkippedListed of them
    qint64 rowsNoted = 0;
    QList<RowNote> notes;      ///< the first kMaxSkippedListed of them
    QString alreadyImportedAt; ///< set when the same content was imported before

    static constexpr int kMaxSkippedListed = 1000;
};

} // namespace Patronage
