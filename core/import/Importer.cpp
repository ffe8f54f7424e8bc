#include "core/import/Importer.h"

#include "core/csv/CsvReader.h"
#include "core/csv/CsvSniffer.h"
#include "core/formats/Currency.h"
#include "core/formats/FormatDetector.h"
#include "core/import/ImportSampler.h"
#include "core/import/OrderProducer.h"
#include "core/segment/SegmentResults.h"
#include "core/store/ImportHistory.h"
#include "core/store/OrderWriter.h"
#include "core/store/Store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace Patronage {

namespace {

ImportReport refuse(ImportReport report, const QString &message, qint64 line = 0, int column = 0)
{
    report.ok = false;
    QString location = report.filePath;
    if (line > 0)
        location += QLatin1Char(':') + QString::number(line);
    if (line > 0 && column > 0)
        location += QLatin1Char(':') + QString::number(column);
    report.error = location + QStringLiteral(": ") + message;
    return report;
}

} // namespace

ImportReport Importer::importFile(const QString &path, const ImportOptions &options)
{
    ImportReport report;
    report.filePath = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(report, QStringLiteral("cannot open the file: %1").arg(file.errorString()));
    const qint64 fileSize = file.size();

    const QByteArray head = file.read(CsvSniffer::kSampleSize);
    const SniffResult sniffed = CsvSniffer::sniff(head, file.atEnd());
    if (!sniffed.ok)
        return refuse(report, sniffed.error);
    report.dialect = sniffed.dialect;
    file.seek(0);

    // BLAKE2b: as collision-safe as SHA-256 here and six times faster in Qt.
    QCryptographicHash contentHash(QCryptographicHash::Blake2b_256);
    CsvReader reader(&file, sniffed.dialect, &contentHash);
    CsvRecord headerRecord;
    if (!reader.readRecord(headerRecord))
        return refuse(report, reader.hasError() ? reader.errorString() : QStringLiteral("the file is empty"),
                      reader.errorLine());
    QStringList headers;
    for (int i = 0; i < headerRecord.size(); ++i)
        headers.append(headerRecord.text(i));
    const HeaderIndex header(headers);

    const FormatChoice choice = chooseFormat(header, options.format, options.mapping);
    if (!choice.ok)
        return refuse(report, choice.error, 1);
    const LayoutResult layout = choice.definition->layout(header, options.mapping);
    if (!layout.ok)
        return refuse(report, layout.error, 1);
    report.format = layout.layout.format;

    // Read the first records to learn the file's decimal symbol, date layout and currency.
    ImportSampler sampler(layout.layout, header, sniffed.dialect.separator, options.dateFormat);
    if (!sampler.read(reader))
        return refuse(report, sampler.error().message, sampler.error().line, sampler.error().column);
    report.decimalSymbol = sampler.decimal() == DecimalSymbol::Comma ? QStringLiteral("comma") : QStringLiteral("point");
    report.dateLayout = sampler.dates().describe();

    const QString storeCurrency = m_store.currency();
    QString currency = storeCurrency;
    if (!options.currency.isEmpty()) {
        if (!storeCurrency.isEmpty() && options.currency.compare(storeCurrency, Qt::CaseInsensitive) != 0) {
            return refuse(report, QStringLiteral("--currency %1 was given but the store holds %2: a store holds one "
                                                 "currency, so import into a store of its own")
                                      .arg(options.currency.toUpper(), storeCurrency));
        }
        currency = options.currency.toUpper();
    }
    if (currency.isEmpty())
        currency = sampler.firstCurrency();

    // The writer creates every customer and the import's record before the
    // orders that name them, so per-row foreign key checks would only cost
    // time; they are back on as soon as the transaction ends.
    m_store.execute("PRAGMA foreign_keys = OFF");
    if (!m_store.execute("BEGIN IMMEDIATE", &report.error))
        return refuse(report, QStringLiteral("the store is busy or read-only: %1").arg(report.error));
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
        return rollback(refuse(report, QStringLiteral("cannot write to the store: %1").arg(history.error())));

    OrderWriter writer(m_store, importId, currencyDecimals(currency), report);
    OrderAssembler::Settings settings{layout.layout, sampler.dates(), sampler.decimal(),
                                      currencyDecimals(currency), currency, sampler.dateFormatHint()};
    OrderProducer producer(reader, sampler.records(), settings, header, report);
    producer.start();
    QList<NormalisedOrder> batch;
    while (producer.next(&batch)) {
        for (const NormalisedOrder &order : std::as_const(batch)) {
            if (!writer.write(order)) {
                producer.stop();
                return rollback(refuse(report, QStringLiteral("cannot write to the store: %1").arg(writer.error())));
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
        return rollback(refuse(report, QStringLiteral("cannot write to the store: %1").arg(writer.error())));
    if (report.rowsRead == 0)
        return rollback(refuse(report, QStringLiteral("the file has a header but no rows: export the orders again")));

    report.currency = producer.currency();
    // Segmentation results from the earliest month this file touched are stale.
    if (writer.earliestChange()) {
        const qint64 seconds = *writer.earliestChange();
        const qint64 day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
        if (!SegmentResults::invalidateFrom(m_store, monthOfDay(day)))
            return rollback(refuse(report, QStringLiteral("cannot write to the store")));
    }
    const QString hash = QString::fromLatin1(contentHash.result().toHex());
    report.alreadyImportedAt = history.importedAtForHash(hash);
    if (!history.finish(importId, hash, report)
        || (storeCurrency.isEmpty() && !report.currency.isEmpty()
            && !m_store.setSetting(QStringLiteral("currency"), report.currency))) {
        return rollback(refuse(report, QStringLiteral("cannot write to the store: %1").arg(history.error())));
    }
    QString commitError;
    if (!m_store.execute("COMMIT", &commitError))
        return rollback(refuse(report, QStringLiteral("cannot save the import: %1").arg(commitError)));
    m_store.execute("PRAGMA foreign_keys = ON");
    if (options.progress)
        options.progress(fileSize, fileSize);
    report.ok = true;
    return report;
}

} // namespace Patronage
