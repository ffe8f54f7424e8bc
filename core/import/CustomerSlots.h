#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace Patronage {

/// Numbers the customer keys of one import by first appearance (0, 1, ...),
/// compactly: the keys' UTF-8 in one buffer and an open-addressing table of
/// offsets, some 30 bytes a customer where a QHash of QStrings takes ninety.
class CustomerSlots
{
public:
    /// The key's number, new keys numbered next.
    qint32 slotOf(const QString &key);
    qint32 size() const { return qint32(m_starts.size()); }

private:
    QByteArrayView keyOf(qint32 slot) const
    {
        const qsizetype start = m_starts[size_t(slot)];
        const qsizetype end = size_t(slot) + 1 < m_starts.size() ? m_starts[size_t(slot) + 1] : m_keys.size();
        return QByteArrayView(m_keys.constData() + start, end - start);
    }
    void grow();

    QByteArray m_keys;               ///< every key's UTF-8, in slot order
    std::vector<qsizetype> m_starts; ///< where each slot's key starts in m_keys
    std::vector<qint32> m_table;     ///< slot + 1 at each position, 0 where empty
};

} // namespace Patronage
