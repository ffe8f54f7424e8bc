#pragma once

#include <QString>

namespace Patronage::MonthlyReportDocument {

/// Text in XML: escaped, and without the characters XML 1.0 cannot hold (control characters,
/// lone surrogates, U+FFFE and U+FFFF), which become U+FFFD; a line break becomes a space.
QString xmlText(const QString &text);

} // namespace Patronage::MonthlyReportDocument
