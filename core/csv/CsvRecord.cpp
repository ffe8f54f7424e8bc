#include "core/csv/CsvRecord.h"

#include "core/csv/TextDecoding.h"

namespace Patronage {

QByteArrayView CsvRecord::field(int index) const
{
    if (index < 0 || index >= size())
        return {};
    const int begin = index == 0 ? 0 : m_fieldEnds[index - 1];
    return QByteArrayView(m_data.constData() + begin, m_fieldEnds[index] - begin);
}

QString CsvRecord::text(int index) const
{
    return decodeText(field(index).trimmed(), m_encoding);
}

} // namespace Patronage
