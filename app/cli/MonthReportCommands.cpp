#include "app/cli/CliCommand.h"

#include "core/formats/Currency.h"
#include "core/report/SegmentReports.h"
#include "core/segment/SegmentResults.h"
#include "core/segment/SegmentationParams.h"

#include <limits>

// `segments` and `thresholds`: the stored month-by-month results.
namespace Patronage::Cli {

namespace {

enum class MonthReport { Segments, Thresholds };

int runMonthReport(const QStringList &arguments, MonthReport kind)
{
    const QString command = kind == MonthReport::Segments ? QStringLiteral("segments") : QStringLiteral("thresholds");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First month (YYYY-MM)."),
                                  QStringLiteral("YYYY-MM"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last month (YYYY-MM)."), QStringLiteral("YYYY-MM"));
    parser.addOptions({db, from, to, formatOption()});
    int exitCode = Done;
    const QString description = kind == MonthReport::Segments
        ? QStringLiteral("Loyalty groups month by month: customers, orders, revenue, month revenue, averages and "
                         "revenue shares of each group (spec section 9).")
        : QStringLiteral("Cut-offs month by month: base and repeat customers, Frequent Buyer and VIP cut-offs, VIP "
                         "minimum revenue, the repurchase gap, life-cycle counts and guest totals (spec section 9).");
    if (!parseCommand(parser, arguments, description, &exitCode))
        return exitCode;
    if (!parser.isSet(db))
        return usageError(command, QStringLiteral("--db STORE is required"));
    MonthIndex first = std::numeric_limits<MonthIndex>::min();
    MonthIndex last = std::numeric_limits<MonthIndex>::max();
    ReportTable::Format format;
    if (!monthOption(parser, from, command, &first, &exitCode) || !monthOption(parser, to, command, &last, &exitCode)
        || !reportFormat(parser, command, &format, &exitCode)) {
        return exitCode;
    }
    std::unique_ptr<Store> store = openForReport(command, parser.value(db), &exitCode);
    if (!store)
        return exitCode;
    const QList<MonthResult> months = SegmentResults::read(*store, first, last);
    const int decimals = currencyDecimals(store->currency());
    const ReportTable table = kind == MonthReport::Segments
        ? SegmentReports::segments(months, decimals)
        : SegmentReports::thresholds(months, SegmentationParams::load(*store).method, decimals);
    return writeReport(table, format);
}

} // namespace

int runSegments(const QStringList &arguments)
{
    return runMonthReport(arguments, MonthReport::Segments);
}

int runThresholds(const QStringList &arguments)
{
    return runMonthReport(arguments, MonthReport::Thresholds);
}

} // namespace Patronage::Cli
