#include "core/import/ImportPreview.h"

#include "core/import/ImportSource.h"
#include "core/import/OrderAssembler.h"

namespace Patronage {

ImportPreview previewImport(const QString &path, const ImportOptions &options, const QString &storeCurrency,
                            int maxOrders)
{
    ImportPreview preview;
    preview.detected.filePath = path;
    ImportSource source;
    const Status opened = source.open(path, options, storeCurrency, preview.detected);
    preview.headers = source.headers(); // a mapping can be offered even when no format fits
    if (!opened) {
        preview.detected.error = opened.error();
        return preview;
    }
    preview.currency = source.currency();
    // The sink says "enough" once the preview is full; that is not an error.
    OrderAssembler assembler(
        source.assemblerSettings(), source.header(),
        [&](const NormalisedOrder &order) {
            preview.orders.append(order);
            return preview.orders.size() < maxOrders;
        },
        preview.detected);
    bool stopped = false;
    for (const CsvRecord &record : source.sampler().records()) {
        if (!assembler.addRecord(record)) {
            stopped = true;
            break;
        }
    }
    const bool refused = stopped ? !assembler.stoppedBySink() : !assembler.finish() && !assembler.stoppedBySink();
    if (refused)
        preview.detected.error = Error(assembler.error()).inFile(path);
    preview.detected.ok = !refused;
    return preview;
}

} // namespace Patronage
