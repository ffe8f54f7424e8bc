#pragma once

#include <QString>

namespace Patronage {

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

/// One past import, as the history lists it.
struct ImportRecord : ImportCounts {
    qint64 id = 0;
    QString fileName;
    QString filePath;
    qint64 fileSize = 0;
    QString contentHash; ///< BLAKE2b-256 of the file's bytes, hex
    QString format;
    QString importedAt; ///< ISO 8601, UTC
};

} // namespace Patronage
