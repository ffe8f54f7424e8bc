#pragma once

#include "core/generate/ShopGenerator.h"
#include "core/import/ImportOptions.h"
#include "core/import/ImportReport.h"
#include "core/store/Store.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Patronage::Testing {

QString testData(const QString &relativePath);
/// A file of ../shared/data, or empty (with the test skipped) when absent.
QString sharedData(const QString &relativePath);

/// What a run of patronage-cli printed.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};
/// Runs patronage-cli with \a arguments; \a childSetup runs in the child before it starts.
CliRun runCli(const QStringList &arguments, const std::function<void()> &childSetup = {});

/// Writes a generated shop to \a path.
bool writeGeneratedShop(const QString &path, const GeneratorParams &params);

/// A digest of every stored row (an import's time left out), to show a store is unchanged.
QString storeDigest(Store &store);

/// A fresh store in a temporary folder, removed with the object.
class ScratchStore
{
public:
    ScratchStore();
    Store &store() { return *m_store; }
    QString path() const { return m_path; }
    ImportReport import(const QString &file, const ImportOptions &options = {});
    /// The first column of the first row of \a sql, as a number.
    qint64 scalar(const char *sql) const;
    QString text(const char *sql) const;
    /// A digest of every stored row, to show a refused import changed nothing.
    QString contentDigest() const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

} // namespace Patronage::Testing

#define SKIP_WITHOUT_SHARED_DATA(path)                                                                               \
    if ((path).isEmpty())                                                                                            \
        QSKIP("../shared/data is not beside this checkout: the real-data tests are skipped");
