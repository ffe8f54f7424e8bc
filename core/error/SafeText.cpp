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

} // namespace Patronage
