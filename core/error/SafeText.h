#pragma once

#include <QString>

namespace Patronage {

/// \a text with every control and format character (a terminal's escape
/// sequences among them) replaced by a space: data shown to people never
/// acts on their terminal.
QString withoutControlCharacters(QStringView text);

} // namespace Patronage
