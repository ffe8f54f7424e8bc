#include "app/cli/CliCommand.h"
#include "core/report/MigrationMatrix.h"
#include "core/report/SegmentReports.h"

namespace Patronage::Cli {

int runCompare(const QStringList &arguments)
{
    const QString command = QStringLiteral("compare");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The earlier month (YYYY-MM)."),
                                  QStringLiteral("YYYY-MM"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The later month (YYYY-MM)."),
                                QStringLiteral("YYYY-MM"));
    parser.addOptions({db, from, to, formatOption()});
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("How many customers moved from each group at one month to each group at a "
                                     "later one, with New (not yet customers) and Gone (left the window), and "
                                     "their revenue at the later month (at the earlier one for Gone)."),
                      &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(db) || !parser.isSet(from) || !parser.isSet(to))
        return usageError(command, QStringLiteral("--db, --from and --to are required"));
    MonthIndex first = 0;
    MonthIndex last = 0;
    ReportTable::Format format;
    if (!monthOption(parser, from, command, &first, &exitCode) || !monthOption(parser, to, command, &last, &exitCode)
        || !reportFormat(parser, command, &format, &exitCode)) {
        return exitCode;
    }
    if (first >= last)
        return usageError(command, QStringLiteral("--from must be a month before --to"));
    const std::optional<ReportStore> opened = openForReport(command, parser.value(db), &exitCode);
    if (!opened)
        return exitCode;
    const std::optional<SegmentInput> input = opened->inputFrom(command, first, &exitCode);
    if (!input)
        return exitCode;
    const AnalysisSnapshot &snapshot = opened->snapshot;
    const MigrationMatrix matrix = compareMonths(*input, snapshot.params, first, last);
    return writeReport(SegmentReports::compare(matrix, snapshot.currency), format);
}

} // namespace Patronage::Cli
