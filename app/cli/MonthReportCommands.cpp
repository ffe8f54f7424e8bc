#include <limits>

#include "app/cli/CliCommand.h"
#include "core/report/SegmentReports.h"

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
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last month (YYYY-MM)."),
                                QStringLiteral("YYYY-MM"));
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
    const std::optional<ReportStore> opened = openForReport(command, parser.value(db), &exitCode);
    if (!opened)
        return exitCode;
    const AnalysisSnapshot &snapshot = opened->snapshot;
    QList<MonthResult> months;
    for (const MonthResult &m : snapshot.months) {
        if (m.month >= first && m.month <= last)
            months.append(m);
    }
    const ReportTable table = kind == MonthReport::Segments
        ? SegmentReports::segments(months, snapshot.currency)
        : SegmentReports::thresholds(months, snapshot.params.method, snapshot.currency);
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
