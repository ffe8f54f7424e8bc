#include "core/import/CustomerSlots.h"

#include <QHashFunctions>

namespace Patronage {

qint32 CustomerSlots::slotOf(const QString &key)
{
    const QByteArray utf8 = key.toUtf8();
    if ((m_starts.size() + 1) * 2 > m_table.size())
        grow();
    const size_t mask = m_table.size() - 1;
    for (size_t at = qHash(QByteArrayView(utf8)) & mask;; at = (at + 1) & mask) {
        const qint32 stored = m_table[at];
        if (stored == 0) {
            const auto slot = qint32(m_starts.size());
            m_starts.push_back(m_keys.size());
            m_keys.append(utf8);
            m_table[at] = slot + 1;
            return slot;
        }
        if (keyOf(stored - 1) == QByteArrayView(utf8))
            return stored - 1;
    }
}

// Doubles the table (kept at most half full) and places every key again.
void CustomerSlots::grow()
{
    m_table.assign(std::max<size_t>(1024, m_table.size() * 2), 0);
    const size_t mask = m_table.size() - 1;
    for (qint32 slot = 0; slot < size(); ++slot) {
        size_t at = qHash(keyOf(slot)) & mask;
        while (m_table[at] != 0)
            at = (at + 1) & mask;
        m_table[at] = slot + 1;
    }
}

} // namespace Patronage
