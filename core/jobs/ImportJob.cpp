#include "core/jobs/ImportJob.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>

#include "core/import/Importer.h"
#include "core/store/Store.h"

namespace Patronage {

ImportJob *ImportJob::start(QObject *parent, const QString &storePath, const QStringList &files,
                            const ImportOptions &options)
{
    auto *job = new ImportJob(parent);
    QPointer<ImportJob> self(job);
    job->launch([self, storePath, files, options = ImportOptions(options),
                 reports = job->m_reports](JobContext &context) mutable -> Status {
        Result<std::unique_ptr<Store>> store = Store::open(storePath, Store::OpenMode::CreateIfMissing);
        if (!store)
            return store.error();
        qint64 total = 0;
        for (const QString &file : files)
            total += QFileInfo(file).size();
        Importer importer(**store);
        options.cancel = context.cancelToken().flag();
        qint64 before = 0;
        for (int i = 0; i < files.size() && !context.isCancelled(); ++i) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, i, count = int(files.size())] {
                    if (self)
                        Q_EMIT self->fileStarted(i, count);
                },
                Qt::QueuedConnection);
            options.progress = [&context, before, total](qint64 done, qint64) {
                context.reportProgress(before + done, total);
            };
            reports->append(importer.importFile(files.at(i), options));
            before += QFileInfo(files.at(i)).size();
        }
        return {};
    });
    return job;
}

} // namespace Patronage
