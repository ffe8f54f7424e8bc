#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace Patronage {

/// The pool long work runs on. Not Qt's global pool: Qt's own painting
/// borrows threads from that one, and would wait behind a long computation.
inline QThreadPool *backgroundPool()
{
    static QThreadPool pool;
    return &pool;
}

/// Runs \a work on the background pool and hands its result to \a done on the
/// GUI thread, unless \a context is gone by then. Work that touches a store
/// opens its own connection: SQLite connections stay on their thread.
template <typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    QPointer<QObject> guard(context);
    backgroundPool()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<decltype(work())>(work());
        // Posted to the application object, which outlives every page.
        QMetaObject::invokeMethod(qApp, [guard, result, done = std::move(done)]() mutable {
            if (guard)
                done(std::move(*result));
        }, Qt::QueuedConnection);
    });
}

} // namespace Patronage
