#include "ui/StoreSession.h"

#include "core/formats/Currency.h"
#include "core/jobs/BackgroundTask.h"
#include "core/segment/SegmentResults.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <QTimer>

#include <limits>

namespace Patronage {

namespace {

struct LoadResult {
    QString error;
    QList<MonthResult> months;
    std::shared_ptr<const OrderHistory> history;
    SegmentationParams params;
    QString currency;
};

LoadResult load(const QString &path)
{
    LoadResult result;
    std::unique_ptr<Store> store = Store::open(path, Store::OpenMode::ReadWrite, &result.error);
    if (!store || !SegmentResults::refresh(*store, &result.error))
        return result;
    result.months = SegmentResults::read(*store, std::numeric_limits<MonthIndex>::min(),
                                         std::numeric_limits<MonthIndex>::max());
    result.history = std::make_shared<const OrderHistory>(OrderHistory::read(*store));
    result.params = SegmentationParams::load(*store);
    result.currency = store->currency();
    return result;
}

} // namespace

StoreSession::StoreSession(QObject *parent)
    : QObject(parent)
    , m_watch(new QTimer(this))
{
    m_watch->setInterval(2000);
    connect(m_watch, &QTimer::timeout, this, &StoreSession::checkForChanges);
}

// SQLite's data_version changes when another connection commits to the file.
qint64 StoreSession::dataVersion() const
{
    Statement version(m_store->handle(), "PRAGMA data_version");
    return version.step() ? version.integer(0) : -1;
}

void StoreSession::checkForChanges()
{
    if (!m_store || m_loading)
        return;
    const qint64 version = dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    Q_EMIT changedElsewhere();
    reload();
}

StoreSession::~StoreSession() = default;

bool StoreSession::open(const QString &path, QString *error, bool create)
{
    std::unique_ptr<Store> store =
        Store::open(path, create ? Store::OpenMode::CreateIfMissing : Store::OpenMode::ReadWrite, error);
    if (!store)
        return false;
    m_store = std::move(store);
    m_path = path;
    m_months.clear();
    m_history.reset();
    m_params = SegmentationParams::load(*m_store);
    m_currency = m_store->currency();
    m_dataVersion = dataVersion();
    m_watch->start();
    Q_EMIT storeChanged();
    reload();
    return true;
}

void StoreSession::close()
{
    ++m_generation; // results still on their way belong to no store
    m_watch->stop();
    m_store.reset();
    m_path.clear();
    m_months.clear();
    m_history.reset();
    m_loading = false;
    Q_EMIT storeChanged();
}

void StoreSession::reload()
{
    if (!m_store)
        return;
    m_loading = true;
    const int generation = ++m_generation;
    Q_EMIT loadingStarted();
    runInBackground(this, [path = m_path] { return load(path); }, [this, generation](LoadResult result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!result.error.isEmpty()) {
            Q_EMIT loadFailed(result.error);
            return;
        }
        // This session's own reload writes results too: not a change made elsewhere.
        m_dataVersion = dataVersion();
        m_months = std::move(result.months);
        m_history = std::move(result.history);
        m_params = result.params;
        m_currency = result.currency;
        Q_EMIT loaded();
    });
}

int StoreSession::currencyDecimals() const
{
    return Patronage::currencyDecimals(m_currency);
}

const MonthResult *StoreSession::month(MonthIndex month) const
{
    for (const MonthResult &result : m_months) {
        if (result.month == month)
            return &result;
    }
    return nullptr;
}

} // namespace Patronage
