#include "core/error/Error.h"

namespace Patronage {

QString Error::excerpt(QStringView text)
{
    constexpr qsizetype kLimit = 60;
    QString result;
    result.reserve(std::min(text.size(), kLimit + 1));
    for (const QChar c : text.left(kLimit))
        result.append(c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ? QChar(u' ') : c);
    if (text.size() > kLimit)
        result.append(QChar(0x2026));
    return result;
}

} // namespace Patronage
