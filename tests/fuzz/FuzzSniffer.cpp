// libFuzzer target: the dialect sniffer, as on a file's first bytes or a whole file.
#include <cstdint>

#include "core/csv/CsvSniffer.h"
#include "core/csv/TextDecoding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const bool atEnd : {true, false}) {
        const Patronage::SniffResult result = Patronage::CsvSniffer::sniff(bytes, atEnd);
        if (!result && int(result.error().code) < 0)
            __builtin_trap(); // a refusal always has a reason
    }
    (void)Patronage::isValidUtf8(bytes, true);
    (void)Patronage::decodeText(bytes, Patronage::TextEncoding::Utf8);
    return 0;
}
