// Segmentation speed on a store, each figure beside its baseline measured in
// the same run:
//   history    reading every order in date order: the compact history
//              (the floor of every analysis) beside a scan of the orders table;
//   predict    customer value (spec §10) at the data's last day: the calibration and
//              both fits, then every customer's figures, and the back-test of the
//              last quarter, each beside the floor (the history, read once before);
//   recompute  every month from scratch (floor included) beside the floor;
//   open       the stored results, as opening the app reads them;
//   list       the latest month's customers from its checkpoint, directory
//              included, beside the same from the whole history;
//   search     a search through that list in memory beside SQL's LIKE on the
//              customers table;
//   monthly    with MONTHLY.csv: importing it into a copy, then the
//              recomputation that follows, beside a recomputation from scratch.
// Usage: segment-benchmark STORE [MONTHLY.csv]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <limits>
#include <sqlite3.h>
#include <sys/resource.h>

#include "core/analysis/Analysis.h"
#include "core/analysis/ValueAnalysis.h"
#include "core/import/Importer.h"
#include "core/predict/CustomerValue.h"
#include "core/report/CustomerQuery.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/CustomerDirectory.h"
#include "core/store/OrderRepository.h"
#include "core/store/SegmentResultRepository.h"
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

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

void line(const char *phase, const char *what, double value, const char *baselineWhat, double baseline)
{
    std::printf("%-10s %-44s %9.3f s   %-36s %9.3f s   %6.2f\n", phase, what, value, baselineWhat, baseline,
                baseline > 0 ? value / baseline : 0.0);
    std::fflush(stdout);
}

[[noreturn]] void fail(const Error &error)
{
    std::fprintf(stderr, "segment-benchmark: %s %s\n", qPrintable(error.file), qPrintable(error.detail));
    std::exit(1);
}

template <typename T> T check(Result<T> result)
{
    if (!result)
        fail(result.error());
    return std::move(result).value();
}

// Runs \a sql on the store file through SQLite alone, stepping every row.
qint64 stepAll(const QString &path, const char *sql, const QByteArray &text = {})
{
    sqlite3 *db = nullptr;
    qint64 rows = 0;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
            if (!text.isEmpty())
                sqlite3_bind_text(statement, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            while (sqlite3_step(statement) == SQLITE_ROW)
                rows += sqlite3_column_int64(statement, 0) != 0 ? 1 : 1;
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fputs("usage: segment-benchmark STORE [MONTHLY.csv]\n", stderr);
        return 2;
    }
    const QString path = arguments.at(1);
    std::unique_ptr<Store> store = check(Store::open(path, Store::OpenMode::ReadWrite));
    const SegmentationParams params = SettingsRepository(*store).segmentationParams();
    std::printf("%s\n", qPrintable(QFileInfo(path).fileName()));
    std::printf("%-10s %-44s %11s   %-36s %11s   %6s\n", "phase", "figure", "", "baseline", "", "ratio");

    // history
    OrderHistory history;
    const double floor = seconds([&] { history = check(OrderRepository(*store).readHistory()); });
    const double tableScan = seconds(
        [&] { stepAll(path, "SELECT placed_at, customer_id, gross, refunded, state FROM orders ORDER BY placed_at"); });
    line("history", qPrintable(QStringLiteral("compact history, %1 orders").arg(history.events().size())), floor,
         "orders table in date order", tableScan);

    // predict: straight after the history, so that the peak memory it adds shows
    const double before = peakMegabytes();
    const qint64 asOf = history.dataDay().value_or(0);
    const int decimals = SettingsRepository(*store).currency().decimals;
    Predict::ValueModel model;
    const double fit = seconds([&] {
        const Predict::Calibration calibration = Predict::Calibration::at(history, asOf, decimals);
        model = Predict::fitValueModel(calibration);
    });
    line("predict",
         qPrintable(QStringLiteral("calibrate, fit both models (%1 customers)").arg(model.frequency.customers)), fit,
         "the history alone", floor);
    Predict::CustomerValues values;
    const double predicted = seconds(
        [&] { values = Predict::CustomerValues::predict(history, asOf, Predict::kDefaultHorizonWeeks, decimals); });
    line("predict", "the same and every customer's figures", predicted, "the history alone", floor);
    const double fitMemory = peakMegabytes() - before;
    if (const std::optional<qint64> from = ValueAnalysis::defaultBacktestFrom(history)) {
        qsizetype weeks = 0;
        const double test =
            seconds([&] { weeks = qsizetype(Predict::backtest(history, *from, asOf, decimals).weeks.size()); });
        line("predict", qPrintable(QStringLiteral("back-test of the last %1 weeks").arg(weeks)), test,
             "the history alone", floor);
    }
    std::printf("%-10s %-44s %9.0f MB\n", "predict", "peak memory beyond the history", fitMemory);
    values = {};

    // recompute
    int months = 0;
    const double engine = seconds([&] {
        SegmentEngine(history, params).run(std::numeric_limits<MonthIndex>::min(), [&](const MonthResult &) {
            ++months;
        });
    });
    line("recompute", qPrintable(QStringLiteral("%1 months from scratch").arg(months)), floor + engine,
         "the history alone", floor);
    const MonthIndex latest = history.lastMonth();

    // open: the results stored first (an import leaves them to work out), as the app finds them
    const double stored = seconds([&] { check(Analysis::refresh(*store)); });
    if (stored > 0.01)
        line("recompute", "the same, stored with its checkpoints", stored, "the history alone", floor);
    const double open = seconds([&] { check(Analysis::load(path)); });
    line("open", "stored results, as the app opens a store", open, "the history alone", floor);

    // list
    std::shared_ptr<const CustomerDirectory> directory;
    CustomerList listed;
    const double directorySeconds =
        seconds([&] { directory = check(CustomerDirectory::read(*store, CustomerDirectory::Contents::Everything)); });
    const double list = seconds([&] {
        CustomerQuery query;
        query.month = latest;
        const SegmentInput input = check(Analysis::inputFrom(*store, params, latest));
        listed = check(findCustomers(*store, input, params, query, directory));
    });
    const double listWhole = seconds([&] {
        CustomerQuery query;
        query.month = latest;
        const SegmentInput input = check(Analysis::inputFrom(*store, params));
        (void)check(findCustomers(*store, input, params, query, directory));
    });
    line("list", qPrintable(QStringLiteral("%1 customers, from the checkpoint").arg(listed.size())),
         list + directorySeconds, "from the whole history", listWhole + directorySeconds);
    line("list", "  of which the directory", directorySeconds, "", 0);

    // search
    const QString term = listed.isEmpty() ? QStringLiteral("a") : listed.row(listed.size() / 2).key.left(5);
    qsizetype found = 0;
    const double search = seconds([&] { found = listed.matching(CustomerDirectory::Search(term)).size(); });
    const double sqlSearch = seconds([&] {
        stepAll(path, "SELECT id FROM customers WHERE customer_key LIKE ?1 OR email LIKE ?1 OR name LIKE ?1",
                "%" + term.toUtf8() + "%");
    });
    line("search", qPrintable(QStringLiteral("\"%1\" in the list: %2 found").arg(term).arg(found)), search,
         "SQL LIKE on the customers table", sqlSearch);

    if (arguments.size() > 2) {
        QTemporaryDir dir(QFileInfo(path).absolutePath() + QStringLiteral("/bench-XXXXXX"));
        const QString copy = dir.filePath(QStringLiteral("copy.patronage"));
        QFile::copy(path, copy);
        std::unique_ptr<Store> target = check(Store::open(copy, Store::OpenMode::ReadWrite));
        ImportReport report;
        const double import = seconds([&] { report = Importer(*target).importFile(arguments.at(2), {}); });
        if (!report.ok)
            fail(report.error);
        const double incremental = seconds([&] { check(Analysis::refresh(*target)); });
        if (const Status marked = SegmentResultRepository(*target).markAllStale(); !marked)
            fail(marked.error());
        const double scratch = seconds([&] { check(Analysis::refresh(*target)); });
        line("monthly", qPrintable(QStringLiteral("import %1 rows").arg(report.rowsRead)), import, "", 0);
        line("monthly", "recompute after it", incremental, "recompute from scratch", scratch);
    }
    std::printf("peak memory %.0f MB\n", peakMegabytes());
    return 0;
}
