#pragma once

// Private to core/store: nothing outside this folder includes this header.

#include <QByteArray>
#include <QString>

#include <optional>

#include "core/error/Error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace Patronage {

/// A prepared SQLite statement, prepared once and reused with bound values.
/// Every SQLite error is kept: a failed prepare makes every step fail, and a
/// step that ends in an error (SQLITE_CORRUPT among them) is never read as
/// "no more rows".
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &text); ///< a null QString binds NULL
    Statement &bind(int index, std::optional<qint64> value);
    Statement &bindNull(int index);
    Statement &bindReal(int index, std::optional<double> value);
    Statement &bindBlob(int index, const QByteArray &bytes);

    /// Steps once: true while a row is available; false at the end or on an
    /// error (see failed()).
    bool step();
    /// Steps to the end (for statements without rows); false on error.
    bool exec();
    void reset();

    bool failed() const { return !m_error.isEmpty(); }
    /// SQLite's words for the failure, empty when there was none.
    QString errorText() const { return m_error; }
    /// SQLite's primary result code of the failure (SQLITE_BUSY, SQLITE_CORRUPT, ...).
    int errorCode() const { return m_errorCode; }

    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    /// The column's bytes without a copy, valid until the next step or reset.
    QByteArrayView blobView(int column) const;
    /// The column as UTF-8 text without a copy, valid until the next step or reset.
    QByteArrayView utf8View(int column) const;
    bool isNull(int column) const;
    /// True when the column holds an integer (not text, real, blob or NULL).
    bool isInteger(int column) const;
    /// True when the column holds a real number.
    bool isReal(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    std::optional<double> optionalReal(int column) const;

    /// The rowid of the last row this connection inserted.
    qint64 lastInsertId() const;
    /// Rows changed by this connection's last statement.
    int changes() const;

private:
    void noteError();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace Patronage
