#include "core/csv/CsvSniffer.h"

#include <QFile>
#include <QList>

#include "core/csv/TextDecoding.h"

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
    if (sample.trimmed().isEmpty()) {
        return Error(ErrorCode::FileEmpty);
    }
    if (sample.startsWith("PK\x03\x04")) {
        return Error(sample.contains("[Content_Types].xml") || sample.contains("xl/") ? ErrorCode::FileIsXlsx
                                                                                      : ErrorCode::FileIsZip);
    }
    if (sample.startsWith("\x1F\x8B")) {
        return Error(ErrorCode::FileIsGzip);
    }
    if (sample.startsWith("\xD0\xCF\x11\xE0")) {
        return Error(ErrorCode::FileIsXls);
    }
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF")) {
        return Error(ErrorCode::FileIsUtf16);
    }
    if (sample.contains('\0')) {
        return Error(ErrorCode::FileIsBinary);
    }

    CsvDialect dialect;
    dialect.hasByteOrderMark = sample.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = QByteArrayView(sample).sliced(dialect.hasByteOrderMark ? 3 : 0);
    dialect.encoding =
        (dialect.hasByteOrderMark || isValidUtf8(body, !atEnd)) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    dialect.separator = detectSeparator(body, atEnd);
    return dialect;
}

SniffResult CsvSniffer::sniffFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable).withDetail(file.errorString());
    const QByteArray sample = file.read(kSampleSize);
    return sniff(sample, file.atEnd());
}

} // namespace Patronage
