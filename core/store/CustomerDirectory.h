#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

#include "core/error/Result.h"

namespace Patronage {

class Store;

/// Every customer's key, e-mail and name, read from the store once and kept
/// compact (UTF-8, one buffer) by dense index, the index of OrderHistory:
/// what customer lists show, sort by and search through without going back
/// to the store for each row.
class CustomerDirectory
{
public:
    enum class Column { Key, Email, Name };
    enum class Contents {
        Keys,      ///< keys only (for sorting)
        Everything ///< keys, e-mails and names
    };
    /// The store's customers in id order, each text checked to be one
    /// Patronage could have written.
    static Result<std::shared_ptr<const CustomerDirectory>> read(Store &store, Contents contents);

    qint32 size() const { return qint32(m_storeIds.size()); }
    qint64 storeIdOf(qint32 customer) const { return m_storeIds[size_t(customer)]; }
    /// Whether this directory's first \a count customers are those with the
    /// ids \a lastStoreId ends (ids only ever grow: the same customers).
    bool covers(qint32 count, qint64 lastStoreId) const
    {
        return count <= size() && (count == 0 || storeIdOf(count - 1) == lastStoreId);
    }

    QString key(qint32 customer) const { return text(customer, 0); }
    QString email(qint32 customer) const { return text(customer, 1); }
    QString name(qint32 customer) const { return text(customer, 2); }
    /// The UTF-8 bytes of a column's text.
    QByteArrayView utf8(qint32 customer, Column column) const
    {
        return int(column) < m_columns ? field(customer, int(column)) : QByteArrayView();
    }

    /// Orders the texts of a column as QString's operator< does (UTF-16 code units).
    bool less(qint32 a, qint32 b, Column column) const;
    bool hasEmails() const { return m_columns > 1; }

    /// A search text, folded once for matches().
    class Search
    {
    public:
        explicit Search(const QString &text);
        bool isEmpty() const { return m_text.isEmpty(); }

    private:
        friend class CustomerDirectory;
        QString m_text;
        QByteArray m_asciiLower; ///< the text in lower case when it is ASCII, else empty
    };
    /// Whether the key, e-mail or name holds \a search, in any case.
    bool matches(qint32 customer, const Search &search) const;

private:
    QByteArrayView field(qint32 customer, int column) const
    {
        const size_t at = size_t(customer) * m_columns + size_t(column);
        return QByteArrayView(m_text.constData() + m_offsets[at], qsizetype(m_offsets[at + 1] - m_offsets[at]));
    }
    QString text(qint32 customer, int column) const;

    int m_columns = 1;
    QByteArray m_text;
    std::vector<quint32> m_offsets; ///< customer * columns + column -> start in m_text; one more at the end
    std::vector<qint64> m_storeIds;
};

} // namespace Patronage
