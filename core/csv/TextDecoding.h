#pragma once

#include <QByteArrayView>
#include <QString>

#include "core/csv/CsvDialect.h"

namespace Patronage {

/// True when \a bytes is well-formed UTF-8. A sequence cut off at the very end
/// is accepted when \a allowTruncatedTail is set (a sample ends anywhere).
bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedTail = false);

/// Decodes a field. UTF-8 text that turns out not to be UTF-8 after all (a
/// file that mixes encodings) is read as Windows-1252 rather than garbled.
QString decodeText(QByteArrayView bytes, TextEncoding encoding);

} // namespace Patronage
