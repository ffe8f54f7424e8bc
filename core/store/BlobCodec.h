#pragma once

// Private to core/store: the variable-length integers the store's compact
// tables are written in (LEB128; signed values zigzag-coded).

#include <QByteArray>

#include <optional>

namespace Patronage {

class BlobWriter
{
public:
    void unsignedValue(quint64 value)
    {
        while (value >= 0x80) {
            m_bytes.append(char(value | 0x80));
            value >>= 7;
        }
        m_bytes.append(char(value));
    }
    void signedValue(qint64 value) { unsignedValue((quint64(value) << 1) ^ quint64(value >> 63)); }
    void bytes(QByteArrayView data)
    {
        unsignedValue(quint64(data.size()));
        m_bytes.append(data.data(), data.size());
    }
    const QByteArray &data() const { return m_bytes; }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

/// Reads what BlobWriter wrote; any malformed input (a store is untrusted)
/// makes ok() false instead of reading past the end.
class BlobReader
{
public:
    explicit BlobReader(QByteArrayView data)
        : m_data(data)
    { }
    quint64 unsignedValue()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_data.size()) {
                m_ok = false;
                return 0;
            }
            const auto byte = quint8(m_data[m_pos++]);
            value |= quint64(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                return value;
        }
        m_ok = false;
        return 0;
    }
    qint64 signedValue()
    {
        const quint64 raw = unsignedValue();
        return qint64(raw >> 1) ^ -qint64(raw & 1);
    }
    QByteArrayView bytes()
    {
        const quint64 size = unsignedValue();
        if (!m_ok || size > quint64(m_data.size() - m_pos)) {
            m_ok = false;
            return {};
        }
        const QByteArrayView slice = m_data.sliced(m_pos, qsizetype(size));
        m_pos += qsizetype(size);
        return slice;
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos >= m_data.size(); }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace Patronage
