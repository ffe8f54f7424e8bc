#include "core/csv/CsvSniffer.h"

#include "core/csv/TextDecoding.h"

#include <QFile>
#include <QList>

namespace Patronage {

namespace {

constexpr char kSeparators[] = {',', ';', '\t', '|'};
constexpr int kRecordsToCompare = 200;

// Field counts of the sample's first records under one separator, quotes
// respected. A record cut off by the sample's end is left out.
QList<int> fieldCounts(QByteArrayView sample, char separator, bool atEnd)
{
    QList<int> counts;
    bool inQuotes = false;
    int fields = 1;
    bool recordHasContent = false;
    for (qsizetype i = 0; i < sample.size() && counts.size() < kRecordsToCompare; ++i) {
        const char c = sample[i];
        if (c == '"') {
            inQuotes = !inQuotes;
            recordHasContent = true;
        } else if (inQuotes) {
            continue;
        } else if (c == separator) {
            ++fields;
            recordHasContent = true;
        } else if (c == '\n' || c == '\r') {
            if (recordHasContent)
                counts.append(fields);
            fields = 1;
            recordHasContent = false;
        } else {
            recordHasContent = true;
        }
    }
    if (atEnd && recordHasContent && !inQuotes && counts.size() < kRecordsToCompare)
        counts.append(fields);
    return counts;
}

} // namespace

char CsvSniffer::detectSeparator(QByteArrayView sample, bool atEnd)
{
    char best = ',';
    double bestScore = -1;
    for (const char separator : kSeparators) {
        const QList<int> counts = fieldCounts(sample, separator, atEnd);
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        const int header = counts.first();
        const auto matching = std::count(counts.cbegin(), counts.cend(), header);
        // Consistency first; among equally consistent separators, more columns.
        const double score = double(matching) / double(counts.size()) * 1000.0 + header;
        if (score > bestScore) {
            bestScore = score;
            best = separator;
        }
    }
    return best;
}

SniffResult CsvSniffer::sniff(const QByteArray &sample, bool atEnd)
{
    SniffResult result;
    if (sample.trimmed().isEmpty()) {
        result.error = QStringLiteral("the file is empty: export the orders again and check the export finished");
        return result;
    }
    if (sample.startsWith("PK\x03\x04")) {
        result.error = sample.contains("[Content_Types].xml") || sample.contains("xl/")
            ? QStringLiteral("this looks like an Excel file (.xlsx), not CSV: "
                             "open it in your spreadsheet program and save or export it as CSV")
            : QStringLiteral("this is a ZIP archive, not CSV: unpack it and import the CSV file inside");
        return result;
    }
    if (sample.startsWith("\x1F\x8B")) {
        result.error = QStringLiteral("this file is compressed (gzip), not CSV: unpack it and import the CSV inside");
        return result;
    }
    if (sample.startsWith("\xD0\xCF\x11\xE0")) {
        result.error = QStringLiteral("this looks like an Excel file (.xls), not CSV: "
                                      "open it in your spreadsheet program and save or export it as CSV");
        return result;
    }
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF")) {
        result.error = QStringLiteral("this file is UTF-16 text: save it as CSV in UTF-8 and import it again");
        return result;
    }
    if (sample.contains('\0')) {
        result.error = QStringLiteral("this is a binary file, not CSV text: export the orders as CSV");
        return result;
    }

    result.dialect.hasByteOrderMark = sample.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = QByteArrayView(sample).sliced(result.dialect.hasByteOrderMark ? 3 : 0);
    result.dialect.encoding = (result.dialect.hasByteOrderMark || isValidUtf8(body, !atEnd))
        ? TextEncoding::Utf8
        : TextEncoding::Windows1252;
    result.dialect.separator = detectSeparator(body, atEnd);
    result.ok = true;
    return result;
}

SniffResult CsvSniffer::sniffFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SniffResult result;
        result.error = QStringLiteral("cannot open the file: %1").arg(file.errorString());
        return result;
    }
    const QByteArray sample = file.read(kSampleSize);
    return sniff(sample, file.atEnd());
}

} // namespace Patronage
