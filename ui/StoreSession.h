#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

#include "core/analysis/Analysis.h"
#include "core/error/Result.h"
#include "core/predict/CustomerValue.h"

class QTimer;

namespace Patronage {

class CustomerDirectory;
class Job;
class Store;

/// The open store as the pages see it: its snapshot (month results,
/// parameters, currency), (re)loaded in the background whenever the
/// store changes, here or in another program.
class StoreSession : public QObject
{
    Q_OBJECT
public:
    explicit StoreSession(QObject *parent = nullptr);
    ~StoreSession() override;

    /// Opens (or creates) a store; the error says why not.
    Status open(const QString &path, bool create = false);
    void close();
    bool isOpen() const { return m_store != nullptr; }
    QString path() const { return m_path; }

    /// Recomputes stale results and reads them again, off the GUI thread; a
    /// reload still running is cancelled.
    void reload();
    bool isLoading() const { return m_loading; }

    const AnalysisSnapshot &snapshot() const { return m_snapshot; }
    const QList<MonthResult> &months() const { return m_snapshot.months; }
    SegmentationParams params() const { return m_snapshot.params; }
    const Currency &currency() const { return m_snapshot.currency; }
    /// The store's customer directory as last read (null until a list read it):
    /// lists reuse it while it holds every customer.
    std::shared_ptr<const CustomerDirectory> directory() const { return m_directory; }
    void keepDirectory(std::shared_ptr<const CustomerDirectory> directory) { m_directory = std::move(directory); }
    /// Customer value (spec §10) as last worked out at \a asOfDay (null when it was not): the
    /// Customers and Customer Value pages share it until the store changes.
    std::shared_ptr<const Predict::CustomerValues> values(qint64 asOfDay) const
    {
        return m_values && m_values->calibration().asOfDay() == asOfDay ? m_values : nullptr;
    }
    void keepValues(std::shared_ptr<const Predict::CustomerValues> values) { m_values = std::move(values); }
    /// Counts the store's changes (a reload, another store): work started at an older
    /// generation is of data that is gone, and is dropped when it ends.
    quint64 generation() const { return m_generation; }
    /// The stored result of \a month, or null.
    const MonthResult *month(MonthIndex month) const { return m_snapshot.month(month); }

Q_SIGNALS:
    /// Another store was opened, or the store was closed: everything shown of the old one goes.
    void storeChanged();
    void loadingStarted();
    void loaded(); ///< snapshot() is current
    void loadFailed(const Patronage::Error &error);
    /// Another program (patronage-cli, another window) changed the store; a reload follows.
    void changedElsewhere();

private:
    void checkForChanges();
    /// Drops everything of the open store, without a signal.
    void forget();

    std::unique_ptr<Store> m_store; ///< watched for other programs' commits (data_version)
    QTimer *m_watch;
    qint64 m_dataVersion = -1;
    QString m_path;
    bool m_loading = false;
    QPointer<Job> m_reload;
    AnalysisSnapshot m_snapshot;
    std::shared_ptr<const CustomerDirectory> m_directory;
    std::shared_ptr<const Predict::CustomerValues> m_values;
    quint64 m_generation = 0;
};

} // namespace Patronage
