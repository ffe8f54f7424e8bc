#pragma once

#include <QString>

namespace Patronage {

/// \a text with every control and format character (a terminal's escape
/// sequences among them) replaced by a space: data shown to people never
/// acts on their terminal.
QString withoutControlCharacters(QStringView text);

/// \a text as a file's name: every character a file system could refuse (/ \ : * ? " < > |)
/// replaced by a dash ("Corner Shop report 2024-12", "Customers by group").
QString asFileName(QString text);

} // namespace Patronage
