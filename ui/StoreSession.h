#pragma once

#include "core/segment/MonthResult.h"
#include "core/segment/OrderHistory.h"
#include "core/segment/SegmentationParams.h"

#include <QList>
#include <QObject>

class QTimer;

#include <memory>

namespace Patronage {

class Store;

/// The open store as the pages see it: a connection for small queries on the
/// GUI thread, and the month results and order history, (re)loaded in the
/// background whenever the store changes.
class StoreSession : public QObject
{
    Q_OBJECT
public:
    explicit StoreSession(QObject *parent = nullptr);
    ~StoreSession() override;

    /// Opens (or creates) a store; false with \a error when it is not one.
    bool open(const QString &path, QString *error, bool create = false);
    void close();
    bool isOpen() const { return m_store != nullptr; }
    QString path() const { return m_path; }
    Store &store() { return *m_store; }

    /// Recomputes stale results and reads them again, off the GUI thread.
    void reload();
    bool isLoading() const { return m_loading; }

    const QList<MonthResult> &months() const { return m_months; }
    std::shared_ptr<const OrderHistory> history() const { return m_history; }
    SegmentationParams params() const { return m_params; }
    QString currency() const { return m_currency; }
    int currencyDecimals() const;
    /// The stored result of \a month, or null.
    const MonthResult *month(MonthIndex month) const;

Q_SIGNALS:
    void storeChanged();   ///< another store was opened, or the store was closed
    void loadingStarted();
    void loaded();         ///< months() and history() are current
    void loadFailed(const QString &error);
    /// Another program (patronage-cli, another window) changed the store; a reload follows.
    void changedElsewhere();

private:
    void checkForChanges();
    qint64 dataVersion() const;

    std::unique_ptr<Store> m_store;
    QTimer *m_watch;
    qint64 m_dataVersion = -1;
    QString m_path;
    bool m_loading = false;
    int m_generation = 0;
    QList<MonthResult> m_months;
    std::shared_ptr<const OrderHistory> m_history;
    SegmentationParams m_params;
    QString m_currency;
};

} // namespace Patronage
