// libFuzzer target: a .patronage file from anyone. The input is a store
// file's bytes, and after a line "PATRONAGE-WAL" the bytes of a -wal file
// beside it. Opening it and working out every report must end in results or
// a refusal: never a crash, a hang or undefined behaviour.
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

#include "core/analysis/Analysis.h"
#include "core/report/CustomerQuery.h"
#include "core/report/MigrationMatrix.h"
#include "core/store/CustomerRepository.h"
#include "core/store/ImportRepository.h"
#include "core/store/OrderRepository.h"
#include "core/store/Store.h"

namespace {

void writeFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes.data(), bytes.size());
}

void readEverything(Patronage::Store &store)
{
    using namespace Patronage;
    (void)OrderRepository(store).summary();
    (void)ImportRepository(store).list();
    Result<AnalysisSnapshot> snapshot = Analysis::load(store);
    if (!snapshot || snapshot->months.isEmpty())
        return;
    const MonthIndex first = snapshot->months.first().month;
    const MonthIndex last = snapshot->months.last().month;
    CustomerQuery query;
    query.month = last;
    if (const Result<SegmentInput> input = Analysis::inputFrom(store, snapshot->params, last))
        (void)findCustomers(store, *input, snapshot->params, query);
    if (const Result<SegmentInput> input = Analysis::inputFrom(store, snapshot->params, first))
        (void)compareMonths(*input, snapshot->params, first, last);
    (void)CustomerRepository(store).findByKey(QStringLiteral("anna@example.com"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Patronage;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.patronage"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = QByteArrayView(input).indexOf("\nPATRONAGE-WAL\n");
    writeFile(path, split < 0 ? input : input.first(split));
    if (split >= 0)
        writeFile(path + QStringLiteral("-wal"), input.sliced(split + 15));
    for (const Store::OpenMode mode : {Store::OpenMode::ReadOnly, Store::OpenMode::ReadWrite}) {
        Result<std::unique_ptr<Store>> store = Store::open(path, mode);
        if (store)
            readEverything(**store);
    }
    return 0;
}
