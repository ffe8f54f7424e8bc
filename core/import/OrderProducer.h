#pragma once

#include <atomic>
#include <thread>

#include "core/import/BatchQueue.h"
#include "core/import/CustomerSlots.h"
#include "core/import/OrderAssembler.h"

namespace Patronage {

class CsvReader;

/// Reads and assembles a file's orders on a thread of its own, handing them
/// over in batches, so that parsing and writing to the store overlap.
class OrderProducer
{
public:
    OrderProducer(CsvReader &reader, QList<CsvRecord> firstRecords, OrderAssembler::Settings settings,
                  const HeaderIndex &header, ImportReport &report);
    ~OrderProducer();
    OrderProducer(const OrderProducer &) = delete;
    OrderProducer &operator=(const OrderProducer &) = delete;

    void start();
    /// The next batch; false when all are taken (or reading failed: see failed()).
    bool next(QList<NormalisedOrder> *batch);
    /// Hands a written batch back (its orders are freed on the reading thread).
    void recycle(QList<NormalisedOrder> batch) { m_queue.recycle(std::move(batch)); }
    /// Stops reading early and waits for the thread.
    void stop();

    /// After next() returned false: whether the input was refused, and where.
    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    QString currency() const { return m_assembler.currency(); }
    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }

private:
    void run();
    bool deliver(const NormalisedOrder &order);

    static constexpr int kBatchSize = 4096;
    CsvReader &m_reader;
    QList<CsvRecord> m_firstRecords;
    OrderAssembler m_assembler;
    BatchQueue<NormalisedOrder> m_queue{4};
    QList<NormalisedOrder> m_batch;
    CustomerSlots m_customerSlots;
    std::thread m_thread;
    std::atomic<qint64> m_bytesRead{0};
    bool m_failed = false;
    Error m_error;
};

} // namespace Patronage
