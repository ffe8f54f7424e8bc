#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Patronage {

/// A prepared SQLite statement, prepared once and reused with bound values.
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

    /// Steps once: true while a row is available. Errors go to error().
    bool step();
    /// Steps to the end (for statements without rows); false on error.
    bool exec();
    void reset();

    qint64 integer(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    std::optional<double> optionalReal(int column) const;

    QString error() const { return m_error; }
    /// The rowid of the last row this connection inserted.
    qint64 lastInsertId() const;
    /// Rows changed by this connection's last statement.
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace Patronage
