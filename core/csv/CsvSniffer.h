#pragma once

#include <QByteArray>
#include <QString>

#include "core/csv/CsvDialect.h"
#include "core/error/Result.h"

namespace Patronage {

/// What the first bytes of a file say about it: its dialect, or why it
/// cannot be read as CSV.
using SniffResult = Result<CsvDialect>;

/// Guesses encoding and separator from the start of a file, and recognises
/// files that are not CSV at all (empty, spreadsheets, binary, UTF-16).
class CsvSniffer
{
public:
    static constexpr qsizetype kSampleSize = 256 * 1024;

    /// \a sample is the file's first bytes; \a atEnd says it is the whole file.
    static SniffResult sniff(const QByteArray &sample, bool atEnd);
    static SniffResult sniffFile(const QString &path);
    /// The separator whose field count is most consistent over the sample.
    static char detectSeparator(QByteArrayView sample, bool atEnd);
};

} // namespace Patronage
