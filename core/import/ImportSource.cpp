#include "core/import/ImportSource.h"

#include <QFileInfo>

#include "core/csv/CsvSniffer.h"
#include "core/formats/FormatDetector.h"

namespace Patronage {

Status ImportSource::open(const QString &path, const ImportOptions &options, const QString &storeCurrency,
                          ImportReport &report)
{
    auto refuse = [&path](Error error) { return error.inFile(path); };
    const QFileInfo info(path);
    if (info.isDir())
        return refuse(Error(ErrorCode::FileIsFolder));
    if (info.exists() && !info.isFile())
        return refuse(Error(ErrorCode::FileNotRegular));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return refuse(Error(ErrorCode::FileUnreadable).withDetail(m_file.errorString()));
    m_size = m_file.size();
    const QByteArray head = m_file.read(CsvSniffer::kSampleSize);
    const SniffResult sniffed = CsvSniffer::sniff(head, m_file.atEnd());
    if (!sniffed)
        return refuse(sniffed.error());
    CsvDialect dialect = *sniffed;
    if (options.separator)
        dialect.separator = *options.separator;
    if (options.encoding)
        dialect.encoding = *options.encoding;
    report.dialect = dialect;
    m_file.seek(0);

    m_reader = std::make_unique<CsvReader>(&m_file, dialect, &m_hash);
    CsvRecord headerRecord;
    if (!m_reader->readRecord(headerRecord))
        return refuse(m_reader->hasError() ? m_reader->error() : Error(ErrorCode::FileEmpty));
    QStringList headers;
    for (int i = 0; i < headerRecord.size(); ++i)
        headers.append(headerRecord.text(i));
    m_header = std::make_unique<HeaderIndex>(headers);

    const FormatChoice choice = chooseFormat(*m_header, options.format, options.mapping);
    if (!choice.ok)
        return refuse(Error(choice.error).at(1));
    const LayoutResult layout = choice.definition->layout(*m_header, options.mapping);
    if (!layout.ok)
        return refuse(Error(layout.error).at(1));
    m_layout = layout.layout;
    report.format = m_layout.format;

    // The first records tell the file's decimal symbol, date layout and currency.
    m_sampler = std::make_unique<ImportSampler>(m_layout, *m_header, dialect.separator, options.dateFormat);
    if (!m_sampler->read(*m_reader))
        return refuse(m_sampler->error());
    report.decimalSymbol =
        m_sampler->decimal() == DecimalSymbol::Comma ? QStringLiteral("comma") : QStringLiteral("point");
    report.dateLayout = m_sampler->dates().describe();

    m_currency = storeCurrency;
    if (!options.currency.isEmpty() && !Currency::isIsoCode(options.currency))
        return refuse(Error(ErrorCode::UnknownCurrencyCode).withValue(options.currency));
    if (!options.currency.isEmpty()) {
        if (!storeCurrency.isEmpty() && options.currency.compare(storeCurrency, Qt::CaseInsensitive) != 0) {
            return refuse(Error(ErrorCode::CurrencyOptionMismatch)
                              .withValue(options.currency.toUpper())
                              .withDetail(storeCurrency));
        }
        m_currency = options.currency.toUpper();
    }
    if (m_currency.isEmpty())
        m_currency = m_sampler->firstCurrency();
    return {};
}

OrderAssembler::Settings ImportSource::assemblerSettings() const
{
    return {m_layout, m_sampler->dates(), m_sampler->decimal(), Currency::fromCode(m_currency)};
}

} // namespace Patronage
