#include <limits>

#include "app/cli/CliCommand.h"
#include "core/retention/Cohorts.h"
#include "core/retention/GroupsTested.h"
#include "core/retention/RetentionReports.h"
#include "core/retention/Rfm.h"

// The retention reports of spec §11 to §13: rfm, cohorts, tested.
namespace Patronage::Cli {

namespace {

QCommandLineOption monthOptionOf(const QString &what)
{
    return QCommandLineOption(QStringLiteral("month"), what, QStringLiteral("YYYY-MM"));
}

} // namespace

int runRfm(const QStringList &arguments)
{
    const QString command = QStringLiteral("rfm");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption month = monthOptionOf(QStringLiteral("The month (YYYY-MM)."));
    parser.addOptions({db, month, formatOption()});
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("RFM groups of a month (spec section 11): each of the ten groups with its "
                                     "customers and their revenue. Columns: month, rfm_group, customers, revenue. "
                                     "The customers command lists each customer's scores."),
                      &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(db) || !parser.isSet(month))
        return usageError(command, QStringLiteral("--db and --month are required"));
    MonthIndex at = 0;
    ReportTable::Format format;
    if (!monthOption(parser, month, command, &at, &exitCode) || !reportFormat(parser, command, &format, &exitCode))
        return exitCode;
    const std::optional<ReportStore> opened = openForReport(command, parser.value(db), &exitCode);
    if (!opened)
        return exitCode;
    const std::optional<SegmentInput> input = opened->inputFrom(command, at, &exitCode);
    if (!input)
        return exitCode;
    return writeReport(RetentionReports::rfm(at, Rfm::overviewAt(*input, opened->snapshot.params, at).groups,
                                             opened->snapshot.currency),
                       format);
}

int runCohorts(const QStringList &arguments)
{
    const QString command = QStringLiteral("cohorts");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The first cohort (YYYY-MM)."),
                                  QStringLiteral("YYYY-MM"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The last cohort (YYYY-MM)."),
                                QStringLiteral("YYYY-MM"));
    parser.addOptions({db, from, to, formatOption()});
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Cohorts by the month of the customers' first order (spec section 12), month "
                                     "by month after it. Columns: cohort, size, offset, month, active, retention, "
                                     "revenue, cumulative_revenue_per_customer, repeat_rate."),
                      &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(db))
        return usageError(command, QStringLiteral("--db is required"));
    MonthIndex first = std::numeric_limits<MonthIndex>::min();
    MonthIndex last = std::numeric_limits<MonthIndex>::max();
    ReportTable::Format format;
    if ((parser.isSet(from) && !monthOption(parser, from, command, &first, &exitCode))
        || (parser.isSet(to) && !monthOption(parser, to, command, &last, &exitCode))
        || !reportFormat(parser, command, &format, &exitCode)) {
        return exitCode;
    }
    if (first > last)
        return usageError(command, QStringLiteral("--from must not be after --to"));
    const std::optional<ReportStore> opened = openForReport(command, parser.value(db), &exitCode);
    if (!opened)
        return exitCode;
    // Cohorts need every order from the first: the whole history.
    const std::optional<SegmentInput> input = opened->inputFrom(command, Analysis::kBeforeAnyOrder, &exitCode);
    if (!input)
        return exitCode;
    return writeReport(
        RetentionReports::cohorts(Cohorts::compute(*input->history, first, last), opened->snapshot.currency), format);
}

int runTested(const QStringList &arguments)
{
    const QString command = QStringLiteral("tested");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption month = monthOptionOf(QStringLiteral("The month the groups are taken at (YYYY-MM)."));
    const QCommandLineOption horizon(QStringLiteral("horizon"),
                                     QStringLiteral("Months after it to look at (default 3)."), QStringLiteral("H"),
                                     QStringLiteral("3"));
    parser.addOptions({db, month, horizon, formatOption()});
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Groups tested against history (spec section 13): of each loyalty group, life "
                                     "cycle and RFM group at a month, how many ordered again in the next H months, "
                                     "and their revenue. Columns: month, horizon (the months counted: fewer near "
                                     "the data's end), kind, segment, customers, returned, return_rate, revenue."),
                      &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(db) || !parser.isSet(month))
        return usageError(command, QStringLiteral("--db and --month are required"));
    MonthIndex at = 0;
    ReportTable::Format format;
    if (!monthOption(parser, month, command, &at, &exitCode) || !reportFormat(parser, command, &format, &exitCode))
        return exitCode;
    bool ok = false;
    const int months = parser.value(horizon).toInt(&ok);
    if (!ok || months < 1 || months > 120)
        return usageError(command, QStringLiteral("--horizon takes 1 to 120 months"));
    const std::optional<ReportStore> opened = openForReport(command, parser.value(db), &exitCode);
    if (!opened)
        return exitCode;
    const std::optional<SegmentInput> input = opened->inputFrom(command, at, &exitCode);
    if (!input)
        return exitCode;
    return writeReport(RetentionReports::tested(Retention::testGroups(*input, opened->snapshot.params, at, months),
                                                opened->snapshot.currency),
                       format);
}

} // namespace Patronage::Cli
