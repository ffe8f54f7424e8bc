#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

#include "core/csv/CsvDialect.h"
#include "core/formats/FormatLayout.h"

namespace Patronage {

/// What the user chose for an import; everything else is detected.
struct ImportOptions {
    ImportFormat format = ImportFormat::Auto;
    ColumnMapping mapping;
    QString dateFormat;                   ///< a Qt date format, for files whose dates are ambiguous
    QString currency;                     ///< the store's currency, when it has none yet
    std::optional<char> separator;        ///< overrides the sniffed separator
    std::optional<TextEncoding> encoding; ///< overrides the sniffed encoding
    /// Called now and then with bytes read and the file's size.
    std::function<void(qint64 done, qint64 total)> progress;
    /// Set from any thread to stop; the import is then rolled back.
    const std::atomic_bool *cancel = nullptr;
};

} // namespace Patronage
