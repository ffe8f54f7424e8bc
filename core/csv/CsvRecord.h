#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include "core/csv/CsvDialect.h"

namespace Patronage {

/// One record of a CSV file: its fields as raw bytes (quotes removed) and
/// the line it starts on. Reused from record to record to avoid allocations.
class CsvRecord
{
public:
    int size() const { return int(m_fieldEnds.size()); }
    QByteArrayView field(int index) const;
    /// The field decoded to text, surrounding spaces removed; empty past the end.
    QString text(int index) const;
    qint64 line() const { return m_line; }
    TextEncoding encoding() const { return m_encoding; }

private:
    friend class CsvReader;
    void clear()
    {
        m_data.resize(0);
        m_fieldEnds.resize(0);
    }

    QByteArray m_data;
    QVarLengthArray<int, 64> m_fieldEnds;
    qint64 m_line = 0;
    TextEncoding m_encoding = TextEncoding::Utf8;
};

} // namespace Patronage
