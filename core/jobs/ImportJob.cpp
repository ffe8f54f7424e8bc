#include "core/jobs/ImportJob.h"

#include "core/import/Importer.h"
#include "core/jobs/BackgroundTask.h"
#include "core/store/Store.h"

#include <QElapsedTimer>

namespace Patronage {

ImportJob::ImportJob(QString storePath, QStringList files, ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_files(std::move(files))
    , m_options(std::move(options))
{
    qRegisterMetaType<QList<ImportReport>>();
}

void ImportJob::start()
{
    m_running = true;
    m_cancel->store(false);
    QPointer<ImportJob> self(this);
    auto work = [self, path = m_storePath, files = m_files, options = m_options, cancel = m_cancel]() mutable {
        QList<ImportReport> reports;
        QString error;
        std::unique_ptr<Store> store = Store::open(path, Store::OpenMode::CreateIfMissing, &error);
        if (!store) {
            ImportReport failed;
            failed.error = error;
            reports.append(failed);
            return reports;
        }
        Importer importer(*store);
        options.cancel = cancel.get();
        for (int i = 0; i < files.size() && !cancel->load(); ++i) {
            // Progress is sent at most every 50 ms: the GUI thread never drowns in it.
            QElapsedTimer sinceLast;
            sinceLast.start();
            options.progress = [&, i](qint64 done, qint64 total) {
                if (sinceLast.elapsed() < 50 && done < total)
                    return;
                sinceLast.restart();
                QMetaObject::invokeMethod(qApp, [self, i, count = int(files.size()), done, total] {
                    if (self)
                        Q_EMIT self->progress(i, count, done, total);
                }, Qt::QueuedConnection);
            };
            reports.append(importer.importFile(files.at(i), options));
        }
        return reports;
    };
    runInBackground(this, std::move(work), [this](QList<ImportReport> reports) {
        m_running = false;
        Q_EMIT finished(reports);
    });
}

} // namespace Patronage
