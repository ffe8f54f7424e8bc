#include "ui/StoreSession.h"

#include <QTimer>

#include "core/jobs/Job.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Store.h"

namespace Patronage {

StoreSession::StoreSession(QObject *parent)
    : QObject(parent)
    , m_watch(new QTimer(this))
{
    m_watch->setInterval(2000);
    connect(m_watch, &QTimer::timeout, this, &StoreSession::checkForChanges);
}

StoreSession::~StoreSession() = default;

// SQLite's data_version changes when another connection commits to the file.
void StoreSession::checkForChanges()
{
    if (!m_store || m_loading)
        return;
    const qint64 version = m_store->dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    Q_EMIT changedElsewhere();
    reload();
}

Status StoreSession::open(const QString &path, bool create)
{
    Result<std::unique_ptr<Store>> store =
        Store::open(path, create ? Store::OpenMode::CreateIfMissing : Store::OpenMode::ReadWrite);
    if (!store)
        return store.error();
    forget();
    m_store = std::move(store).value();
    m_path = path;
    // What is known without working anything out, until the load is in.
    const SettingsRepository settings(*m_store);
    m_snapshot.storePath = path;
    m_snapshot.params = settings.segmentationParams();
    m_snapshot.currency = settings.currency();
    m_dataVersion = m_store->dataVersion();
    m_watch->start();
    Q_EMIT storeChanged();
    reload();
    return {};
}

void StoreSession::forget()
{
    if (m_reload)
        m_reload->cancel();
    m_reload = nullptr; // results still on their way belong to no store
    m_watch->stop();
    m_store.reset();
    m_path.clear();
    m_snapshot = AnalysisSnapshot();
    m_directory.reset();
    m_values.reset();
    ++m_generation;
    m_loading = false;
}

void StoreSession::close()
{
    const bool wasOpen = m_store != nullptr;
    forget();
    if (wasOpen)
        Q_EMIT storeChanged();
}

void StoreSession::reload()
{
    if (!m_store)
        return;
    if (m_reload)
        m_reload->cancel();
    m_loading = true;
    m_directory.reset(); // a change to the store may have changed its customers (forgotten ones among them)
    m_values.reset();
    ++m_generation;
    Q_EMIT loadingStarted();
    auto *task = Task<AnalysisSnapshot>::start(
        this, [path = m_path](JobContext &job) { return Analysis::load(path, job.cancelToken()); });
    m_reload = task;
    connect(task, &Job::succeeded, this, [this, task] {
        if (task != m_reload)
            return;
        m_loading = false;
        // This session's own reload writes results too: not a change made elsewhere.
        m_dataVersion = m_store->dataVersion();
        m_snapshot = task->takeResult();
        Q_EMIT loaded();
    });
    connect(task, &Job::failed, this, [this, task](const Error &error) {
        if (task != m_reload)
            return;
        m_loading = false;
        Q_EMIT loadFailed(error);
    });
}

} // namespace Patronage
