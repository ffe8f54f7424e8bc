#include "core/import/Importer.h"

#include <QDateTime>
#include <QFileInfo>

#include "core/import/ImportSource.h"
#include "core/import/OrderProducer.h"
#include "core/store/ImportRepository.h"
#include "core/store/Limits.h"
#include "core/store/OrderRepository.h"
#include "core/store/OrderWriter.h"
#include "core/store/SegmentResultRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

namespace Patronage {

namespace {

ImportReport refuse(ImportReport report, Error error)
{
    report.ok = false;
    report.error = std::move(error);
    report.error.inFile(report.filePath);
    return report;
}

// What one write adds to the report's counts.
void count(ImportReport &report, const NormalisedOrder &order, OrderWriter::Outcome outcome)
{
    if (outcome != OrderWriter::Outcome::Inserted && outcome != OrderWriter::Outcome::Replaced)
        return;
    if (order.isCreditNote) {
        ++report.creditNotes;
        return;
    }
    report.guestOrders += order.isGuest();
    report.ordersInserted += outcome == OrderWriter::Outcome::Inserted;
}

} // namespace

ImportReport Importer::importFile(const QString &path, const ImportOptions &options)
{
    ImportReport report;
    report.filePath = path;
    const QString storeCurrency = m_store.currency().code;
    ImportSource source;
    if (const Status opened = source.open(path, options, storeCurrency, report); !opened)
        return refuse(report, opened.error());
    const qint64 fileSize = source.size();
    const QString currency = source.currency();

    // The writer creates every customer and the import's record before the
    // orders that name them, so per-row foreign key checks would only cost time.
    Result<Transaction> transaction = Transaction::begin(m_store, Transaction::Kind::BulkWrite);
    if (!transaction)
        return refuse(report, transaction.error());

    ImportRepository history(m_store);
    const QFileInfo info(path);
    const Result<qint64> importId =
        history.begin(info.fileName(), info.absoluteFilePath(), fileSize, formatName(report.format),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!importId)
        return refuse(report, importId.error());

    const OrderAssembler::Settings settings = source.assemblerSettings();
    const Grouping grouping = settings.layout.grouping;
    OrderWriter writer(m_store, *importId, Currency::fromCode(currency).decimals,
                       grouping == Grouping::LineItems || grouping == Grouping::SumRows);
    OrderProducer producer(source.reader(), source.sampler().records(), settings, source.header(), report);
    producer.start();
    QList<NormalisedOrder> batch;
    while (producer.next(&batch)) {
        for (const NormalisedOrder &order : std::as_const(batch)) {
            const Result<OrderWriter::Outcome> written = writer.write(order);
            if (!written) {
                producer.stop();
                return refuse(report, written.error());
            }
            count(report, order, *written);
        }
        producer.recycle(std::exchange(batch, {}));
        if (options.cancel && options.cancel->load()) {
            producer.stop();
            report.cancelled = true;
            return refuse(report, Error(ErrorCode::ImportCancelled));
        }
        if (options.progress)
            options.progress(producer.bytesRead(), fileSize);
    }
    if (producer.failed())
        return refuse(report, producer.error());
    const Result<OrderWriter::Settled> settled = writer.finish();
    if (!settled)
        return refuse(report, settled.error());
    report.ordersUpdated = settled->updated;
    report.ordersUnchanged = settled->unchanged;
    // Every sum Patronage forms stays below the store's total: refused before it could overflow.
    SettingsRepository storeSettings(m_store);
    const Result<QString> known = storeSettings.value(Setting::AmountTotal);
    if (!known)
        return refuse(report, known.error());
    const Int128 total = writer.writtenMagnitude() + known->toLongLong();
    if (total > Limits::kMaxStoreTotal) {
        const Int128 majorUnits = Limits::kMaxStoreTotal / powerOfTen(Currency::fromCode(currency).decimals);
        return refuse(report, Error(ErrorCode::StoreTotalTooLarge).withNumber(qint64(majorUnits)));
    }
    if (const Status saved = storeSettings.setValue(Setting::AmountTotal, QString::number(qint64(total))); !saved)
        return refuse(report, saved.error());
    if (report.rowsRead == 0)
        return refuse(report, Error(ErrorCode::FileHeaderOnly));

    report.currency = producer.currency();
    // The compact history is worked out again, and the segmentation results
    // are stale, from the earliest month this file touched.
    if (writer.earliestChange()) {
        const MonthIndex changed = monthOfDay(dayOfSeconds(*writer.earliestChange()));
        if (const Status rebuilt = OrderRepository(m_store).rebuildHistoryFrom(changed); !rebuilt)
            return refuse(report, rebuilt.error());
        if (const Status marked = SegmentResultRepository(m_store).markStaleFrom(changed); !marked)
            return refuse(report, marked.error());
    }
    const QString hash = source.contentHash();
    report.alreadyImportedAt = history.importedAtForHash(hash);
    if (const Status finished = history.finish(*importId, hash, report); !finished)
        return refuse(report, finished.error());
    if (storeCurrency.isEmpty() && !report.currency.isEmpty()) {
        if (const Status saved = SettingsRepository(m_store).setCurrency(report.currency); !saved)
            return refuse(report, saved.error());
    }
    if (const Status committed = transaction->commit(); !committed)
        return refuse(report, committed.error());
    if (options.progress)
        options.progress(fileSize, fileSize);
    report.ok = true;
    return report;
}

} // namespace Patronage
