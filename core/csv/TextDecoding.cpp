#include "core/csv/TextDecoding.h"

namespace Patronage {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; unassigned bytes map
// to themselves as Latin-1 does.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte < 0xA0) ? QChar(kWindows1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedTail)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int continuation = 0;
        unsigned minimum = 0;
        unsigned codePoint = 0;
        if ((lead & 0xE0) == 0xC0) {
            continuation = 1, minimum = 0x80, codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            continuation = 2, minimum = 0x800, codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            continuation = 3, minimum = 0x10000, codePoint = lead & 0x07;
        } else {
            return false;
        }
        if (end - p <= continuation) {
            if (!allowTruncatedTail)
                return false;
            for (const unsigned char *q = p + 1; q < end; ++q) {
                if ((*q & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int i = 1; i <= continuation; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[i] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        p += continuation + 1;
    }
    return true;
}

QString decodeText(QByteArrayView bytes, TextEncoding encoding)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    if (encoding == TextEncoding::Utf8 && isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return decodeWindows1252(bytes);
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}

QString separatorName(char separator)
{
    switch (separator) {
    case ',': return QStringLiteral("comma");
    case ';': return QStringLiteral("semicolon");
    case '\t': return QStringLiteral("tab");
    case '|': return QStringLiteral("pipe");
    }
    return QString(QLatin1Char(separator));
}

} // namespace Patronage
