#pragma once

#include <QByteArray>
#include <QString>

#include "core/csv/CsvDialect.h"
#include "core/csv/CsvRecord.h"
#include "core/error/Error.h"

class QCryptographicHash;
class QIODevice;

namespace Patronage {

/// Streams RFC 4180 records from a device: quoted separators and newlines,
/// doubled quotes, CRLF or LF line ends. Memory stays flat whatever the file's
/// size; a record may be as large as it needs to be.
class CsvReader
{
public:
    /// \a contentHash, when given, is fed every byte read (the file's content hash).
    CsvReader(QIODevice *device, const CsvDialect &dialect, QCryptographicHash *contentHash = nullptr);

    /// The most one field, one record and one line's columns may hold.
    static constexpr qsizetype kMaxFieldBytes = qsizetype(128) * 1024 * 1024;
    static constexpr qsizetype kMaxRecordBytes = qsizetype(256) * 1024 * 1024;
    static constexpr int kMaxColumns = 65536;

    /// Reads the next record; false at the end of the file or on an error.
    bool readRecord(CsvRecord &record);

    bool hasError() const { return m_failed; }
    /// What went wrong, with the line it is on (0 when no line is meant).
    const Error &error() const { return m_error; }
    qint64 errorLine() const { return m_error.line; }
    /// Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_consumed; }

private:
    bool fill();
    bool fail(Error error);

    QIODevice *m_device;
    QCryptographicHash *m_contentHash;
    CsvDialect m_dialect;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_eof = false;
    bool m_started = false;
    bool m_addedFinalNewline = false;
    bool m_failed = false;
    Error m_error;
};

} // namespace Patronage
