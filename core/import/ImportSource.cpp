#include "core/import/ImportSource.h"

#include "core/csv/CsvSniffer.h"
#include "core/formats/Currency.h"
#include "core/formats/FormatDetector.h"

#include <QFileInfo>

namespace Patronage {

bool ImportSource::open(const QString &path, const ImportOptions &options, const QString &storeCurrency,
                        ImportReport &report, InputError *error)
{
    if (QFileInfo(path).isDir()) {
        *error = {0, 0, QStringLiteral("this is a folder, not a file: choose the export file inside it")};
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = {0, 0, QStringLiteral("cannot open the file: %1").arg(m_file.errorString())};
        return false;
    }
    m_size = m_file.size();
    const QByteArray head = m_file.read(CsvSniffer::kSampleSize);
    const SniffResult sniffed = CsvSniffer::sniff(head, m_file.atEnd());
    if (!sniffed.ok) {
        *error = {0, 0, sniffed.error};
        return false;
    }
    CsvDialect dialect = sniffed.dialect;
    if (options.separator)
        dialect.separator = *options.separator;
    if (options.encoding)
        dialect.encoding = *options.encoding;
    report.dialect = dialect;
    m_file.seek(0);

    m_reader = std::make_unique<CsvReader>(&m_file, dialect, &m_hash);
    CsvRecord headerRecord;
    if (!m_reader->readRecord(headerRecord)) {
        *error = {m_reader->errorLine(), 0,
                  m_reader->hasError() ? m_reader->errorString() : QStringLiteral("the file is empty")};
        return false;
    }
    QStringList headers;
    for (int i = 0; i < headerRecord.size(); ++i)
        headers.append(headerRecord.text(i));
    m_header = std::make_unique<HeaderIndex>(headers);

    const FormatChoice choice = chooseFormat(*m_header, options.format, options.mapping);
    if (!choice.ok) {
        *error = {1, 0, choice.error};
        return false;
    }
    const LayoutResult layout = choice.definition->layout(*m_header, options.mapping);
    if (!layout.ok) {
        *error = {1, 0, layout.error};
        return false;
    }
    m_layout = layout.layout;
    report.format = m_layout.format;

    // The first records tell the file's decimal symbol, date layout and currency.
    m_sampler = std::make_unique<ImportSampler>(m_layout, *m_header, dialect.separator, options.dateFormat);
    if (!m_sampler->read(*m_reader)) {
        *error = m_sampler->error();
        return false;
    }
    report.decimalSymbol = m_sampler->decimal() == DecimalSymbol::Comma ? QStringLiteral("comma")
                                                                        : QStringLiteral("point");
    report.dateLayout = m_sampler->dates().describe();

    m_currency = storeCurrency;
    if (!options.currency.isEmpty()) {
        if (!storeCurrency.isEmpty() && options.currency.compare(storeCurrency, Qt::CaseInsensitive) != 0) {
            *error = {0, 0, QStringLiteral("--currency %1 was given but the store holds %2: a store holds one "
                                           "currency, so import into a store of its own")
                                .arg(options.currency.toUpper(), storeCurrency)};
            return false;
        }
        m_currency = options.currency.toUpper();
    }
    if (m_currency.isEmpty())
        m_currency = m_sampler->firstCurrency();
    return true;
}

OrderAssembler::Settings ImportSource::assemblerSettings() const
{
    return {m_layout, m_sampler->dates(), m_sampler->decimal(), currencyDecimals(m_currency), m_currency,
            m_sampler->dateFormatHint()};
}

} // namespace Patronage
