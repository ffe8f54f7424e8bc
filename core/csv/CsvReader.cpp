#include "core/csv/CsvReader.h"

#include <QCryptographicHash>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace Patronage {

namespace {
constexpr qsizetype kChunkSize = 1 << 20;
}

CsvReader::CsvReader(QIODevice *device, const CsvDialect &dialect, QCryptographicHash *contentHash)
    : m_device(device)
    , m_contentHash(contentHash)
    , m_dialect(dialect)
{ }

// Moves the unread tail to the front and appends the next chunk.
bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    // A record longer than a chunk doubles what is read next, so that a huge
    // field is parsed a logarithmic number of times: reading stays linear.
    const qsizetype oldSize = m_buffer.size();
    const qsizetype chunk = std::max(kChunkSize, oldSize);
    m_buffer.resize(oldSize + chunk);
    const qint64 got = m_device->read(m_buffer.data() + oldSize, chunk);
    if (got < 0) {
        fail(Error(ErrorCode::FileReadFailed).withDetail(m_device->errorString()));
        m_buffer.resize(oldSize);
        m_eof = true;
        return false;
    }
    m_buffer.resize(oldSize + got);
    if (m_contentHash)
        m_contentHash->addData(QByteArrayView(m_buffer).sliced(oldSize));
    if (got == 0)
        m_eof = true;
    return got > 0;
}

bool CsvReader::fail(Error error)
{
    m_error = std::move(error);
    m_failed = true;
    return false;
}

bool CsvReader::readRecord(CsvRecord &record)
{
    if (hasError())
        return false;
    if (!m_started) {
        m_started = true;
        while (m_buffer.size() < 3 && fill()) { }
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed = 3;
        }
    }

    // Parses from the record's start; if the buffer runs out mid-record, more
    // is read and the record is parsed again from its start.
    for (;;) {
        record.clear();
        record.m_line = m_line;
        record.m_encoding = m_dialect.encoding;
        const char sep = m_dialect.separator;
        const char *const begin = m_buffer.constData();
        const char *const end = begin + m_buffer.size();
        const char *p = begin + m_pos;
        qint64 newlines = 0;
        bool complete = false;

        if (p == end) {
            if (fill())
                continue;
            return false; // end of file
        }

        bool quoteOpen = false;
        while (p < end) {
            if (*p == '"') {
                ++p;
                quoteOpen = true;
                while (quoteOpen) {
                    const char *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                    if (!quote || quote + 1 == end) {
                        // Out of data inside quotes, or on a quote that may be doubled.
                        p = end;
                        break;
                    }
                    for (const char *q = p; q < quote; ++q)
                        newlines += (*q == '\n');
                    record.m_data.append(p, quote - p);
                    if (quote[1] == '"') {
                        record.m_data.append('"');
                        p = quote + 2;
                    } else {
                        p = quote + 1;
                        quoteOpen = false;
                    }
                }
                if (quoteOpen)
                    break;
                // Text after a closing quote is kept as written (lenient).
                while (p < end && *p != sep && *p != '\n' && *p != '\r')
                    record.m_data.append(*p++);
            } else {
                const char *start = p;
                while (p < end && *p != sep && *p != '\n' && *p != '\r')
                    ++p;
                record.m_data.append(start, p - start);
            }
            if (p == end)
                break;
            const qsizetype fieldStart = record.m_fieldEnds.isEmpty() ? 0 : record.m_fieldEnds.last();
            if (record.m_data.size() - fieldStart > kMaxFieldBytes)
                return fail(Error(ErrorCode::FieldTooLong).at(m_line).withNumber(kMaxFieldBytes));
            record.m_fieldEnds.append(int(record.m_data.size()));
            if (*p == sep) {
                ++p;
                continue;
            }
            if (*p == '\r') {
                if (p + 1 == end && !m_eof)
                    break; // a CR at the chunk's end may be half of CRLF
                ++p;
                if (p < end && *p == '\n')
                    ++p;
            } else {
                ++p;
            }
            ++newlines;
            complete = true;
            break;
        }

        // Limits on what one record may hold: memory never grows past them.
        const qsizetype fieldStart = record.m_fieldEnds.isEmpty() ? 0 : record.m_fieldEnds.last();
        if (record.m_data.size() - fieldStart > kMaxFieldBytes || record.m_data.size() > kMaxRecordBytes)
            return fail(Error(ErrorCode::FieldTooLong).at(m_line).withNumber(kMaxFieldBytes));
        if (record.m_fieldEnds.size() > kMaxColumns)
            return fail(Error(ErrorCode::TooManyColumns).at(m_line).withNumber(kMaxColumns));

        if (!complete) {
            if (fill())
                continue;
            if (hasError())
                return false;
            // At the end of the file, a last record without a line end gets one.
            if (!m_addedFinalNewline && m_pos < m_buffer.size()) {
                m_addedFinalNewline = true;
                m_buffer.append('\n');
                continue;
            }
            if (quoteOpen)
                return fail(Error(ErrorCode::QuoteNeverClosed).at(m_line));
            return false;
        }

        m_consumed += p - (begin + m_pos);
        m_pos = p - begin;
        m_line += newlines;
        // A blank line is no record.
        if (record.size() == 1 && record.m_data.isEmpty())
            continue;
        return true;
    }
}

} // namespace Patronage
