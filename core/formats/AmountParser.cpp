#include "core/formats/AmountParser.h"

#include <limits>

namespace Patronage {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The byte length of a no-break space at \a i: U+00A0 or U+202F in UTF-8, 0xA0 in Latin-1.
qsizetype spaceWidth(QByteArrayView text, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0; };
    if (byte(i) == 0xC2 && byte(i + 1) == 0xA0)
        return 2;
    if (byte(i) == 0xE2 && byte(i + 1) == 0x80 && byte(i + 2) == 0xAF)
        return 3;
    return byte(i) == 0xA0 ? 1 : 0;
}

} // namespace

std::optional<qint64> parseAmountMicros(QByteArrayView text, DecimalSymbol decimal)
{
    const char decimalChar = decimal == DecimalSymbol::Comma ? ',' : '.';
    const char groupChar = decimal == DecimalSymbol::Comma ? '.' : ',';
    text = text.trimmed();
    bool negative = false;
    if (text.size() >= 2 && text.front() == '(' && text.back() == ')') {
        negative = true;
        text = text.sliced(1, text.size() - 2).trimmed();
    }

    Int128 integer = 0;
    Int128 fraction = 0;
    int fractionDigits = 0;
    int roundingDigit = -1;
    bool seenDigit = false;
    bool inFraction = false;
    bool finished = false; // past the number: only a currency code or symbol may follow
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            if (finished)
                return std::nullopt;
            seenDigit = true;
            if (!inFraction) {
                integer = integer * 10 + (c - '0');
                if (integer > Int128(1) << 80)
                    return std::nullopt;
            } else if (fractionDigits < 6) {
                fraction = fraction * 10 + (c - '0');
                ++fractionDigits;
            } else if (roundingDigit < 0) {
                roundingDigit = c - '0';
            }
        } else if (c == decimalChar && !inFraction && !finished) {
            inFraction = true;
        } else if ((c == groupChar || c == '\'' || c == ' ') && seenDigit && !inFraction && !finished
                   && i + 1 < text.size() && isDigit(text[i + 1])) {
            // a thousands separator between digits
        } else if (const qsizetype width = spaceWidth(text, i); width > 0 && seenDigit && !inFraction && !finished
                   && i + width < text.size() && isDigit(text[i + width])) {
            i += width - 1; // a no-break space between digits, as French exports write thousands
        } else if (c == '-' && !seenDigit && !negative) {
            negative = true;
        } else if (c == '+' && !seenDigit) {
        } else if (c == '-' && seenDigit && i == text.size() - 1) {
            negative = true; // "12.00-" as some ERPs write credits
        } else if (!seenDigit) {
            // a currency symbol or code before the number ("$", "€", "R", "USD")
            if (c != ' ' && !(c & 0x80) && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && c != '$')
                return std::nullopt;
        } else {
            if (c != ' ' && !(c & 0x80) && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && c != '$')
                return std::nullopt;
            finished = true;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    Int128 micros = integer * kMicrosPerUnit + fraction * powerOfTen(6 - fractionDigits);
    if (roundingDigit >= 5)
        micros += 1;
    if (negative)
        micros = -micros;
    if (micros > std::numeric_limits<qint64>::max() || micros < -std::numeric_limits<qint64>::max())
        return std::nullopt;
    return qint64(micros);
}

DecimalSymbol guessDecimalSymbol(const QList<QByteArray> &samples, char separator)
{
    int commaVotes = 0;
    int pointVotes = 0;
    for (const QByteArray &value : samples) {
        const qsizetype lastComma = value.lastIndexOf(',');
        const qsizetype lastPoint = value.lastIndexOf('.');
        if (lastComma >= 0 && lastPoint >= 0) {
            (lastComma > lastPoint ? commaVotes : pointVotes) += 2;
            continue;
        }
        const qsizetype last = std::max(lastComma, lastPoint);
        if (last < 0)
            continue;
        const char symbol = value[last];
        qsizetype digitsAfter = 0;
        while (last + 1 + digitsAfter < value.size() && isDigit(value[last + 1 + digitsAfter]))
            ++digitsAfter;
        if (value.count(symbol) > 1)
            (symbol == ',' ? pointVotes : commaVotes) += 2; // repeated: a thousands separator
        else if (digitsAfter != 3)
            (symbol == ',' ? commaVotes : pointVotes) += 1;
    }
    if (commaVotes != pointVotes)
        return commaVotes > pointVotes ? DecimalSymbol::Comma : DecimalSymbol::Point;
    return separator == ';' ? DecimalSymbol::Comma : DecimalSymbol::Point;
}

} // namespace Patronage
