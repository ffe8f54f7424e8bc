// Segmentation speed: for each store, the time to only read its orders in
// date order (the floor), the engine's time for all months on top of that,
// and peak memory. Usage: segment-benchmark STORE...
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <limits>
#include <sys/resource.h>

#include "core/segment/OrderHistory.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/OrderRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Store.h"

using namespace Patronage;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("%-28s %10s %10s %7s %10s %10s %7s %9s\n", "store", "orders", "customers", "months", "floor s",
                "engine s", "ratio", "peak MB");
    for (const QString &path : QCoreApplication::arguments().mid(1)) {
        Result<std::unique_ptr<Store>> store = Store::open(path, Store::OpenMode::ReadOnly);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().detail));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const Result<OrderHistory> read = OrderRepository(**store).readHistory();
        if (!read) {
            std::fprintf(stderr, "%s: cannot read the orders\n", qPrintable(path));
            return 1;
        }
        const OrderHistory &history = *read;
        const double floorSeconds = double(timer.nsecsElapsed()) / 1e9;

        timer.restart();
        int months = 0;
        qint64 checksum = 0;
        SegmentEngine(history, SettingsRepository(**store).segmentationParams())
            .run(std::numeric_limits<MonthIndex>::min(), [&](const MonthResult &r) {
                ++months;
                checksum += r.groups[3].customers;
            });
        const double engineSeconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("%-28s %10zu %10d %7d %10.3f %10.3f %7.2f %9.0f\n", qPrintable(QFileInfo(path).fileName()),
                    history.events().size(), history.customerCount(), months, floorSeconds,
                    floorSeconds + engineSeconds, (floorSeconds + engineSeconds) / floorSeconds, peakMegabytes());
        Q_UNUSED(checksum)
    }
    std::printf("floor = reading the orders in date order; engine = floor plus every month's segmentation; "
                "ratio = engine / floor\n");
    return 0;
}
