#include "core/jobs/Job.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace Patronage {

QThreadPool *backgroundPool()
{
    // More threads than cores: a long job (the totals of a large store) never
    // keeps a quick one (a list the user asked for) waiting for a thread.
    static QThreadPool *pool = [] {
        auto *threads = new QThreadPool;
        threads->setMaxThreadCount(std::max(8, QThread::idealThreadCount() * 2));
        return threads;
    }();
    return pool;
}

void JobContext::reportProgress(qint64 done, qint64 total)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_progress && (now - m_lastReport >= 50 || done >= total)) {
        m_lastReport = now;
        m_progress(done, total);
    }
}

Job::Job(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Patronage::Error>();
}

Job::~Job()
{
    cancel();
}

void Job::launch(std::function<Status(JobContext &)> body)
{
    m_running = true;
    QPointer<Job> self(this);
    // Posted to the application object, which outlives every job; the job
    // itself is looked at only on its own thread.
    m_context->m_progress = [self](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, done, total] {
                if (self)
                    Q_EMIT self->progress(done, total);
            },
            Qt::QueuedConnection);
    };
    std::shared_ptr<JobContext> context = m_context;
    backgroundPool()->start([self, context, body = std::move(body)] {
        const Status status = body(*context);
        const bool wasCancelled = context->isCancelled();
        // A job deleted meanwhile gets nothing.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, status, wasCancelled] {
                if (self)
                    self->end(status, wasCancelled);
            },
            Qt::QueuedConnection);
    });
}

void Job::end(const Status &status, bool wasCancelled)
{
    m_running = false;
    // Cancelled while the result was on its way: it is not delivered either.
    if (wasCancelled || m_context->isCancelled()) {
        Q_EMIT cancelled();
    } else if (!status) {
        Q_EMIT failed(status.error());
    } else {
        deliver();
        Q_EMIT succeeded();
    }
    Q_EMIT finished();
    deleteLater();
}

} // namespace Patronage
