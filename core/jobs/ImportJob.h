#pragma once

#include "core/import/ImportOptions.h"
#include "core/import/ImportReport.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Patronage {

/// Imports files into a store on a pool thread, with progress and cancel:
/// params in, reports out. A cancelled or refused file leaves the store as it was.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(QString storePath, QStringList files, ImportOptions options, QObject *parent = nullptr);

    void start();
    /// Stops at the next batch; the file being imported is rolled back.
    void cancel() { m_cancel->store(true); }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// \a done and \a total bytes of file \a fileIndex (of \a fileCount).
    void progress(int fileIndex, int fileCount, qint64 done, qint64 total);
    void finished(const QList<Patronage::ImportReport> &reports);

private:
    QString m_storePath;
    QStringList m_files;
    ImportOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    bool m_running = false;
};

} // namespace Patronage

Q_DECLARE_METATYPE(QList<Patronage::ImportReport>)
