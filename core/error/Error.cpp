#include "core/error/Error.h"

#include "core/error/SafeText.h"

namespace Patronage {

QString Error::excerpt(QStringView text)
{
    constexpr qsizetype kLimit = 60;
    QString result = withoutControlCharacters(text.left(kLimit));
    if (text.size() > kLimit)
        result.append(QChar(0x2026));
    return result;
}

} // namespace Patronage
