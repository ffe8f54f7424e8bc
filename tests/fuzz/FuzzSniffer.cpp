// libFuzzer target: the dialect sniffer, as on a file's first bytes or a whole file.
#include "core/csv/CsvSniffer.h"
#include "core/csv/TextDecoding.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const bool atEnd : {true, false}) {
        const Patronage::SniffResult result = Patronage::CsvSniffer::sniff(bytes, atEnd);
        if (result.ok == !result.error.isEmpty())
            __builtin_trap(); // either a dialect or a reason, never both
    }
    (void)Patronage::isValidUtf8(bytes, true);
    (void)Patronage::decodeText(bytes, Patronage::TextEncoding::Utf8);
    return 0;
}
