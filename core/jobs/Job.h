#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

#include "core/error/Result.h"
#include "core/jobs/CancelToken.h"

class QThreadPool;

namespace Patronage {

/// The pool long work runs on. Not Qt's global pool: Qt's own painting
/// borrows threads from that one, and would wait behind a long computation.
QThreadPool *backgroundPool();

/// What a job's work sees on its pool thread: whether to stop, and a way to
/// say how far it got (sent on at most every 50 ms).
class JobContext
{
public:
    bool isCancelled() const { return m_cancel.isCancelled(); }
    const CancelToken &cancelToken() const { return m_cancel; }
    void reportProgress(qint64 done, qint64 total);

private:
    friend class Job;
    CancelToken m_cancel;
    std::function<void(qint64, qint64)> m_progress;
    qint64 m_lastReport = -1;
};

/// Long work off the GUI thread: runs on the background pool and tells the
/// thread that started it about progress, success, failure or cancellation.
/// The job deletes itself once it has finished; a job whose parent is gone
/// delivers nothing.
class Job : public QObject
{
    Q_OBJECT
public:
    /// Asks the work to stop at its next check; cancelled() follows.
    void cancel() { m_context->m_cancel.cancel(); }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void succeeded();
    void failed(const Patronage::Error &error);
    void cancelled();
    /// After succeeded(), failed() or cancelled().
    void finished();

protected:
    explicit Job(QObject *parent);
    /// A job deleted before it ends (its page or dialog closed) is asked to stop.
    ~Job() override;
    /// Runs \a body on the pool; it returns how the work ended, and keeps its
    /// result where the subclass can hand it over in deliver().
    void launch(std::function<Status(JobContext &)> body);
    virtual void deliver() { }

private:
    void end(const Status &status, bool wasCancelled);

    std::shared_ptr<JobContext> m_context = std::make_shared<JobContext>();
    bool m_running = false;
};

/// A job with a result: Task<T>::start(context, work) runs work(JobContext &)
/// -> Result<T> and, on success, result() holds its value while succeeded()
/// is emitted.
template <typename T> class Task final : public Job
{
public:
    using Work = std::function<Result<T>(JobContext &)>;

    static Task *start(QObject *context, Work work)
    {
        auto *task = new Task(context);
        auto value = std::make_shared<std::optional<T>>();
        task->m_value = value;
        task->launch([work = std::move(work), value](JobContext &job) -> Status {
            Result<T> result = work(job);
            if (!result)
                return result.error();
            *value = std::move(result).value();
            return {};
        });
        return task;
    }

    const T &result() const { return **m_value; }
    T takeResult() { return std::move(**m_value); }

private:
    explicit Task(QObject *parent)
        : Job(parent)
    { }
    std::shared_ptr<std::optional<T>> m_value;
};

} // namespace Patronage
