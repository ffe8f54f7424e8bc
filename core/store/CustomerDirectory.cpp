#include "core/store/CustomerDirectory.h"

#include <limits>

#include "core/store/Limits.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/StoreAccess.h"
#include "core/store/Transaction.h"

namespace Patronage {

namespace {

bool isAscii(QByteArrayView text)
{
    for (const char c : text) {
        if (quint8(c) >= 0x80)
            return false;
    }
    return true;
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

// \a needle (ASCII, lower case) in \a haystack (ASCII), in any case.
bool containsAsciiFolded(QByteArrayView haystack, QByteArrayView needle)
{
    if (needle.size() > haystack.size())
        return false;
    const char first = needle[0];
    const qsizetype last = haystack.size() - needle.size();
    for (qsizetype i = 0; i <= last; ++i) {
        if (asciiLower(haystack[i]) != first)
            continue;
        qsizetype j = 1;
        while (j < needle.size() && asciiLower(haystack[i + j]) == needle[j])
            ++j;
        if (j == needle.size())
            return true;
    }
    return false;
}

// The code point of the UTF-8 sequence at \a at (which starts one), and its UTF-16 first unit.
char32_t codePointAt(QByteArrayView text, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return i < text.size() ? char32_t(quint8(text[i])) : char32_t(0x80); };
    const char32_t lead = byte(at);
    if (lead < 0x80)
        return lead;
    if (lead < 0xE0)
        return ((lead & 0x1F) << 6) | (byte(at + 1) & 0x3F);
    if (lead < 0xF0)
        return ((lead & 0x0F) << 12) | ((byte(at + 1) & 0x3F) << 6) | (byte(at + 2) & 0x3F);
    return ((lead & 0x07) << 18) | ((byte(at + 1) & 0x3F) << 12) | ((byte(at + 2) & 0x3F) << 6) | (byte(at + 3) & 0x3F);
}

char32_t firstUtf16Unit(char32_t codePoint)
{
    return codePoint >= 0x10000 ? 0xD800 + ((codePoint - 0x10000) >> 10) : codePoint;
}

} // namespace

Result<std::shared_ptr<const CustomerDirectory>> CustomerDirectory::read(Store &store, Contents contents)
{
    Result<Transaction> snapshot = Transaction::begin(store, Transaction::Kind::Read);
    if (!snapshot)
        return snapshot.error();
    auto directory = std::make_shared<CustomerDirectory>();
    const bool everything = contents == Contents::Everything;
    directory->m_columns = everything ? 3 : 1;
    Statement rows(StoreAccess::connection(store),
                   everything ? "SELECT id, customer_key, email, name FROM customers ORDER BY id"
                              : "SELECT id, customer_key FROM customers ORDER BY id");
    Statement count(StoreAccess::connection(store), "SELECT count(*) FROM customers");
    if (count.step()) {
        directory->m_storeIds.reserve(size_t(count.integer(0)));
        directory->m_offsets.reserve(size_t(count.integer(0)) * size_t(directory->m_columns) + 1);
    }
    auto invalid = [&store](const QString &id, const char *column) {
        Error error(ErrorCode::StoreValueInvalid);
        error.file = store.path();
        error.detail =
            QStringLiteral("%1 of the row with id %2 in customers").arg(QLatin1String(column), Error::excerpt(id));
        return error;
    };
    static const char *const kColumns[] = {"customer_key", "email", "name"};
    // A text of kMaxTextLength characters takes four bytes each at most.
    constexpr qsizetype kMaxBytes = Limits::kMaxTextLength * 4;
    while (rows.step()) {
        const qint64 id = rows.integer(0);
        if (!rows.isInteger(0) || id < 1 || id > Limits::kMaxCustomerId
            || (!directory->m_storeIds.empty() && id <= directory->m_storeIds.back())) {
            return invalid(rows.text(0), "id");
        }
        directory->m_storeIds.push_back(id);
        for (int column = 0; column < directory->m_columns; ++column) {
            const QByteArrayView text = rows.utf8View(column + 1);
            if (text.size() > kMaxBytes)
                return invalid(rows.text(0), kColumns[column]);
            directory->m_offsets.push_back(quint32(directory->m_text.size()));
            directory->m_text.append(text.data(), text.size());
        }
        // Offsets are 32-bit: 4 GiB of keys, e-mails and names at most.
        if (directory->m_text.size() > qsizetype(std::numeric_limits<quint32>::max()) - kMaxBytes * 3)
            return invalid(rows.text(0), "amount of text");
    }
    if (rows.failed())
        return StoreAccess::failure(store, rows, ErrorCode::StoreReadFailed);
    directory->m_offsets.push_back(quint32(directory->m_text.size()));
    directory->m_text.squeeze();
    return std::shared_ptr<const CustomerDirectory>(std::move(directory));
}

QString CustomerDirectory::text(qint32 customer, int column) const
{
    if (column >= m_columns)
        return QString();
    return QString::fromUtf8(field(customer, column));
}

bool CustomerDirectory::less(qint32 a, qint32 b, Column column) const
{
    const QByteArrayView x = utf8(a, column);
    const QByteArrayView y = utf8(b, column);
    const qsizetype common = std::min(x.size(), y.size());
    qsizetype i = 0;
    while (i < common && x[i] == y[i])
        ++i;
    if (i == common)
        return x.size() < y.size();
    // UTF-8's byte order is code point order; UTF-16's differs only in that
    // code points past U+FFFF (surrogates, 0xD800...) come before U+E000...U+FFFF.
    while (i > 0 && (quint8(x[i]) & 0xC0) == 0x80)
        --i;
    const char32_t p = codePointAt(x, i);
    const char32_t q = codePointAt(y, i);
    const char32_t pu = firstUtf16Unit(p);
    const char32_t qu = firstUtf16Unit(q);
    return pu != qu ? pu < qu : p < q;
}

CustomerDirectory::Search::Search(const QString &text)
    : m_text(text.trimmed())
{
    const QByteArray utf8 = m_text.toUtf8();
    if (isAscii(utf8)) {
        m_asciiLower = utf8;
        for (char &c : m_asciiLower)
            c = asciiLower(c);
    }
}

bool CustomerDirectory::matches(qint32 customer, const Search &search) const
{
    if (search.isEmpty())
        return true;
    for (int column = 0; column < m_columns; ++column) {
        const QByteArrayView text = field(customer, column);
        const bool found = !search.m_asciiLower.isEmpty() && isAscii(text)
            ? containsAsciiFolded(text, search.m_asciiLower)
            : QString::fromUtf8(text).contains(search.m_text, Qt::CaseInsensitive);
        if (found)
            return true;
    }
    return false;
}

} // namespace Patronage
