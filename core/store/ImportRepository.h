#pragma once

#include <QList>

#include "core/error/Result.h"
#include "core/store/ImportRecord.h"

namespace Patronage {

class Store;

/// The store's record of what was imported when.
class ImportRepository
{
public:
    explicit ImportRepository(Store &store)
        : m_store(store)
    { }

    /// Starts an import's record (inside the import's transaction); returns its id.
    Result<qint64> begin(const QString &fileName, const QString &filePath, qint64 size, const QString &format,
                         const QString &importedAt);
    Status finish(qint64 id, const QString &contentHash, const ImportCounts &counts);
    /// When a file with this content was imported before, that import's time.
    QString importedAtForHash(const QString &contentHash) const;
    Result<QList<ImportRecord>> list() const;

private:
    Store &m_store;
};

} // namespace Patronage
