#include "core/error/SafeText.h"

namespace Patronage {

QString withoutControlCharacters(QStringView text)
{
    QString clean = text.toString();
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar(u' ');
    }
    return clean;
}

QString asFileName(QString text)
{
    for (QChar &c : text) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c))
            c = QLatin1Char('-');
    }
    return text;
}

} // namespace Patronage
