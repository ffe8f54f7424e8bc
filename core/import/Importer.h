#pragma once

#include "core/import/ImportOptions.h"
#include "core/import/ImportReport.h"

namespace Patronage {

class Store;

/// Imports one export file into a store, all or nothing: the file's orders
/// are written in a single transaction that is rolled back on any refusal,
/// error or cancel.
class Importer
{
public:
    explicit Importer(Store &store)
        : m_store(store)
    { }

    ImportReport importFile(const QString &path, const ImportOptions &options);

private:
    Store &m_store;
};

} // namespace Patronage
