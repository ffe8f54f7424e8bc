#pragma once

#include "core/import/ImportReport.h"

#include <QList>
#include <QString>

namespace Patronage {

class Store;

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

/// The store's record of what was imported when.
class ImportHistory
{
public:
    explicit ImportHistory(Store &store) : m_store(store) {}

    /// Starts an import's record; returns its id, or -1 on error.
    qint64 begin(const QString &fileName, const QString &filePath, qint64 size, const QString &format,
                 const QString &importedAt);
    bool finish(qint64 id, const QString &contentHash, const ImportCounts &counts);
    /// When a file with this content was imported before, that import's time.
    QString importedAtForHash(const QString &contentHash) const;
    QList<ImportRecord> list() const;
    QString error() const { return m_error; }

private:
    Store &m_store;
    QString m_error;
};

} // namespace Patronage
