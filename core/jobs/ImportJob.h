#pragma once

#include <QList>
#include <QStringList>

#include "core/import/ImportOptions.h"
#include "core/import/ImportReport.h"
#include "core/jobs/Job.h"

namespace Patronage {

/// Imports files into a store on the background pool: params in, one report
/// per file out, with progress and cancel. A cancelled or refused file leaves
/// the store as it was. Fails (failed()) only when the store cannot be opened.
class ImportJob final : public Job
{
    Q_OBJECT
public:
    static ImportJob *start(QObject *parent, const QString &storePath, const QStringList &files,
                            const ImportOptions &options);

    /// The reports, once succeeded() or cancelled() was emitted.
    const QList<ImportReport> &reports() const { return *m_reports; }

Q_SIGNALS:
    /// File \a index of \a count is being read.
    void fileStarted(int index, int count);

private:
    explicit ImportJob(QObject *parent)
        : Job(parent)
    { }

    std::shared_ptr<QList<ImportReport>> m_reports = std::make_shared<QList<ImportReport>>();
};

} // namespace Patronage
