#pragma once

#include <QList>

#include <condition_variable>
#include <mutex>

namespace Patronage {

/// Hands batches from one producer thread to one consumer, holding at most
/// \a capacity batches so memory stays flat however large the input.
template <typename Item> class BatchQueue
{
public:
    explicit BatchQueue(int capacity)
        : m_capacity(capacity)
    { }

    /// Blocks while full; false once the consumer has stopped listening.
    bool push(QList<Item> batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < m_capacity || m_abandoned; });
        if (m_abandoned)
            return false;
        m_batches.append(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }

    /// Blocks while empty; false when the producer has finished and all is taken.
    bool pop(QList<Item> *batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.isEmpty() || m_finished; });
        if (m_batches.isEmpty())
            return false;
        *batch = m_batches.takeFirst();
        m_notFull.notify_one();
        return true;
    }

    /// The consumer hands a used batch back, so that its items are freed on
    /// the producer's thread (where they were made) and its room reused.
    void recycle(QList<Item> batch)
    {
        std::lock_guard lock(m_mutex);
        if (m_recycled.size() < m_capacity)
            m_recycled.append(std::move(batch));
    }
    /// A batch handed back, emptied here; false when there is none.
    bool takeRecycled(QList<Item> *batch)
    {
        QList<Item> used;
        {
            std::lock_guard lock(m_mutex);
            if (m_recycled.isEmpty())
                return false;
            used = m_recycled.takeLast();
        }
        used.clear(); // frees the items outside the lock, keeps the room
        *batch = std::move(used);
        return true;
    }

    /// The producer is done.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }

    /// The consumer stops: the producer's next push fails.
    void abandon()
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_batches.clear();
        m_notFull.notify_all();
    }

private:
    const qsizetype m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    QList<QList<Item>> m_batches;
    QList<QList<Item>> m_recycled;
    bool m_finished = false;
    bool m_abandoned = false;
};

} // namespace Patronage
