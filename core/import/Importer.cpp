#include "core/import/Importer.h"

#include "core/formats/Currency.h"
#include "core/import/ImportSource.h"
#include "core/import/OrderProducer.h"
#include "core/segment/SegmentResults.h"
#include "core/store/ImportHistory.h"
#include "core/store/OrderWriter.h"
#include "core/store/Store.h"

#include <QDateTime>
#include <QFileInfo>

namespace Patronage {

namespace {

ImportReport refuse(ImportReport report, const QString &message, qint64 line = 0, int column = 0)
{
    report.ok = false;
    report.error = InputError{line, column, message}.describe(report.filePath);
    return report;
}

} // namespace

ImportReport Importer::importFile(const QString &path, const ImportOptions &options)
{
    ImportReport report;
    report.filePath = path;
    ImportSource source;
    InputError opening;
    if (!source.open(path, options, m_store.currency(), report, &opening))
        return refuse(report, opening.message, opening.line, opening.column);
    const qint64 fileSize = source.size();
    const QString storeCurrency = m_store.currency();
    const QString currency = source.currency();

    // The writer creates every customer and the import's record before the
    // orders that name them, so per-row foreign key checks would only cost
    // time; they are back on as soon as the transaction ends.
    m_store.execute("PRAGMA foreign_keys = OFF");
    if (!m_store.execute("BEGIN IMMEDIATE", &report.error)) {
        m_store.execute("PRAGMA foreign_keys = ON");
        return refuse(report, m_store.writeErrorMessage(report.error));
    }
    auto rollback = [&](ImportReport failed) {
        m_store.execute("ROLLBACK");
        m_store.execute("PRAGMA foreign_keys = ON");
        return failed;
    };

    ImportHistory history(m_store);
    const QFileInfo info(path);
    const qint64 importId = history.begin(info.fileName(), info.absoluteFilePath(), fileSize,
                                          formatName(report.format),
                                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (importId < 0)
        return rollback(refuse(report, m_store.writeErrorMessage(history.error())));

    const OrderAssembler::Settings settings = source.assemblerSettings();
    const Grouping grouping = settings.layout.grouping;
    OrderWriter writer(m_store, importId, currencyDecimals(currency),
                       grouping == Grouping::LineItems || grouping == Grouping::SumRows, report);
    OrderProducer producer(source.reader(), source.sampler().records(), settings, source.header(), report);
    producer.start();
    QList<NormalisedOrder> batch;
    while (producer.next(&batch)) {
        for (const NormalisedOrder &order : std::as_const(batch)) {
            if (!writer.write(order)) {
                producer.stop();
                return rollback(refuse(report, m_store.writeErrorMessage(writer.error())));
            }
        }
        if (options.cancel && options.cancel->load()) {
            producer.stop();
            report.cancelled = true;
            return rollback(refuse(report, QStringLiteral("import cancelled: nothing was changed")));
        }
        if (options.progress)
            options.progress(producer.bytesRead(), fileSize);
    }
    if (producer.failed())
        return rollback(refuse(report, producer.error().message, producer.error().line, producer.error().column));
    if (!writer.finish())
        return rollback(refuse(report, m_store.writeErrorMessage(writer.error())));
    if (report.rowsRead == 0)
        return rollback(refuse(report, QStringLiteral("the file has a header but no rows: export the orders again")));

    report.currency = producer.currency();
    // Segmentation results from the earliest month this file touched are stale.
    if (writer.earliestChange()) {
        if (!SegmentResults::invalidateFrom(m_store, monthOfDay(dayOfSeconds(*writer.earliestChange()))))
            return rollback(refuse(report, m_store.writeErrorMessage(QString())));
    }
    const QString hash = source.contentHash();
    report.alreadyImportedAt = history.importedAtForHash(hash);
    if (!history.finish(importId, hash, report)
        || (storeCurrency.isEmpty() && !report.currency.isEmpty()
            && !m_store.setSetting(QStringLiteral("currency"), report.currency))) {
        return rollback(refuse(report, m_store.writeErrorMessage(history.error())));
    }
    QString commitError;
    if (!m_store.execute("COMMIT", &commitError))
        return rollback(refuse(report, m_store.writeErrorMessage(commitError)));
    m_store.execute("PRAGMA foreign_keys = ON");
    if (options.progress)
        options.progress(fileSize, fileSize);
    report.ok = true;
    return report;
}

} // namespace Patronage
