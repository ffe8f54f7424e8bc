#pragma once

#include <QString>

namespace Patronage {

/// Text encodings a shop's export may use.
enum class TextEncoding {
    Utf8,        ///< UTF-8, with or without a byte order mark
    Windows1252, ///< Windows-1252, a superset of Latin-1's printable range
};

/// How a CSV file is written: what the sniffer guesses and the user may correct.
struct CsvDialect {
    char separator = ',';
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasByteOrderMark = false;
};

QString encodingName(TextEncoding encoding);
QString separatorName(char separator);

} // namespace Patronage
