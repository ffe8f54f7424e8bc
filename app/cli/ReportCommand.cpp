#include "app/cli/CliCommand.h"
#include "core/report/MonthlyReport.h"
#include "ui/Translations.h"
#include "ui/report/MonthlyReportDocument.h"

// patronage-cli report: the monthly report to hand on, as PDF or HTML. The one command
// that draws: main() gives it a QApplication on the offscreen platform.
namespace Patronage::Cli {

int runReport(const QStringList &arguments)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption month(QStringLiteral("month"),
                                   QStringLiteral("The month (YYYY-MM); the latest when left out."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption outPath(
        QStringLiteral("out"), QStringLiteral("The report to write: a .pdf or a .html file."), QStringLiteral("FILE"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   QStringLiteral("The paper of a PDF: a4 or letter (by default the locale's)."),
                                   QStringLiteral("SIZE"));
    const QCommandLineOption shopName(
        QStringLiteral("shop-name"),
        QStringLiteral("The shop's name on every page (by default the store file's name)."), QStringLiteral("NAME"));
    parser.addOptions({db, month, outPath, paper, shopName});
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("The monthly report to hand on, in the language of the locale (LANG): the "
                                     "month's tiles and the dashboard's charts, the comparison with the month a year "
                                     "before with who moved most, customer value and retention, on four pages."),
                      &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(db) || !parser.isSet(outPath))
        return usageError(command, QStringLiteral("--db and --out are required"));
    const QString out = parser.value(outPath);
    if (!MonthlyReportDocument::isReportPath(out))
        return usageError(command, QStringLiteral("--out names a .pdf or a .html file"));
    // For people, in their language; without a locale (LANG=C), in English.
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MonthlyReportDocument::Options options;
    options.pageSize = MonthlyReportDocument::defaultPageSize();
    if (parser.isSet(paper)) {
        const QString size = parser.value(paper).toLower();
        if (size == QLatin1String("a4"))
            options.pageSize = QPageSize::A4;
        else if (size == QLatin1String("letter"))
            options.pageSize = QPageSize::Letter;
        else
            return usageError(command, QStringLiteral("--paper takes a4 or letter"));
    }
    options.shopName = parser.value(shopName).trimmed();
    MonthIndex at = 0;
    if (!monthOption(parser, month, command, &at, &exitCode))
        return exitCode;
    if (const Status safe = checkOutputPath(out, {parser.value(db)}); !safe)
        return refused(command, safe.error());

    const std::optional<ReportStore> opened = openForReport(command, parser.value(db), &exitCode);
    if (!opened)
        return exitCode;
    const QList<MonthResult> &months = opened->snapshot.months;
    if (months.isEmpty())
        return usageError(command, QStringLiteral("the store has no orders yet"));
    if (!parser.isSet(month))
        at = months.last().month;
    if (!opened->snapshot.month(at)) {
        return usageError(command,
                          QStringLiteral("the store's months are %1 to %2")
                              .arg(monthText(months.first().month), monthText(months.last().month)));
    }
    Translations::install();
    const Result<MonthlyReport> report = MonthlyReports::gather(opened->snapshot, at);
    if (!report)
        return refused(command, report.error());
    if (const Status written = MonthlyReportDocument::write(*report, options, out); !written)
        return refused(command, written.error());
    return Done;
}

} // namespace Patronage::Cli
