// libFuzzer target: the streaming CSV reader under every dialect.
#include <QBuffer>

#include <cstdint>

#include "core/csv/CsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char separator : {',', ';', '\t', '|'}) {
        for (const Patronage::TextEncoding encoding :
             {Patronage::TextEncoding::Utf8, Patronage::TextEncoding::Windows1252}) {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            Patronage::CsvReader reader(&buffer, {separator, encoding, false});
            Patronage::CsvRecord record;
            qint64 lastLine = 0;
            while (reader.readRecord(record)) {
                if (record.line() < lastLine)
                    __builtin_trap(); // lines only move forward
                lastLine = record.line();
                for (int i = 0; i < record.size(); ++i)
                    (void)record.text(i);
            }
        }
    }
    return 0;
}
