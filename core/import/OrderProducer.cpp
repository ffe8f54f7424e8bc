#include "core/import/OrderProducer.h"

#include "core/csv/CsvReader.h"

namespace Patronage {

OrderProducer::OrderProducer(CsvReader &reader, QList<CsvRecord> firstRecords, OrderAssembler::Settings settings,
                             const HeaderIndex &header, ImportReport &report)
    : m_reader(reader)
    , m_firstRecords(std::move(firstRecords))
    , m_assembler(
          std::move(settings), header, [this](const NormalisedOrder &order) { return deliver(order); }, report)
{
    m_batch.reserve(kBatchSize);
}

OrderProducer::~OrderProducer()
{
    stop();
}

void OrderProducer::start()
{
    m_thread = std::thread([this] { run(); });
}

bool OrderProducer::deliver(const NormalisedOrder &order)
{
    m_batch.append(order);
    NormalisedOrder &delivered = m_batch.last();
    if (!delivered.isGuest())
        delivered.customerSlot = m_customerSlots.slotOf(delivered.customerKey);
    if (m_batch.size() < kBatchSize)
        return true;
    const bool taken = m_queue.push(std::exchange(m_batch, {}));
    if (!m_queue.takeRecycled(&m_batch))
        m_batch.reserve(kBatchSize);
    return taken;
}

void OrderProducer::run()
{
    auto refuse = [this](Error error) {
        m_failed = true;
        m_error = std::move(error);
    };
    bool ok = true;
    for (const CsvRecord &record : std::as_const(m_firstRecords)) {
        if (!(ok = m_assembler.addRecord(record)))
            break;
    }
    m_firstRecords.clear();
    CsvRecord record;
    qint64 count = 0;
    while (ok && m_reader.readRecord(record)) {
        ok = m_assembler.addRecord(record);
        if ((++count & 1023) == 0)
            m_bytesRead.store(m_reader.bytesRead(), std::memory_order_relaxed);
    }
    if (ok && m_reader.hasError())
        refuse(m_reader.error());
    else if ((!ok || !m_assembler.finish()) && !m_assembler.stoppedBySink())
        refuse(m_assembler.error());
    else if (ok && !m_batch.isEmpty())
        m_queue.push(std::exchange(m_batch, {}));
    m_bytesRead.store(m_reader.bytesRead(), std::memory_order_relaxed);
    m_queue.finish();
}

bool OrderProducer::next(QList<NormalisedOrder> *batch)
{
    if (m_queue.pop(batch))
        return true;
    if (m_thread.joinable())
        m_thread.join(); // the thread finished: its results are now safe to read
    return false;
}

void OrderProducer::stop()
{
    m_queue.abandon();
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace Patronage
