#include "app/cli/CliCommand.h"
#include "app/cli/CliText.h"
#include "core/analysis/ValueAnalysis.h"
#include "core/report/ValueReports.h"
#include "core/segment/OrderHistory.h"
#include "core/store/CustomerDirectory.h"

// `predict` and `backtest`: customer value (spec §10), in the columns of §15.
namespace Patronage::Cli {

namespace {

QCommandLineOption asOfOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("as-of"), description, QStringLiteral("DATE"));
}

// The store's whole history, or empty with the exit code in *exitCode.
std::optional<OrderHistory> historyOf(const QString &command, Store &store, int *exitCode)
{
    Result<OrderHistory> history = ValueAnalysis::readHistory(store);
    if (!history) {
        *exitCode = refused(command, history.error());
        return std::nullopt;
    }
    return std::move(history).value();
}

} // namespace

int runPredict(const QStringList &arguments)
{
    const QString command = QStringLiteral("predict");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption asOf = asOfOption(
        QStringLiteral("Calibrate on the orders to this day (YYYY-MM-DD; default: the day the data runs to)."));
    const QCommandLineOption horizon(QStringLiteral("horizon"),
                                     QStringLiteral("Predict the next WEEKS weeks (default 52)."),
                                     QStringLiteral("WEEKS"), QStringLiteral("52"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   QStringLiteral("Print the fitted models (model,parameter,value) instead."));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Write to FILE (atomically)."),
                                     QStringLiteral("FILE"));
    parser.addOptions({db, asOf, horizon, model, outFile, formatOption()});
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Customer value (spec section 10): each customer's chance of still being a "
                                     "customer (p_alive), expected repeat purchase days in the horizon, expected "
                                     "value of one, predicted value and churn risk, highest predicted value first. "
                                     "Columns: %1. With --model: the BG/NBD and Gamma-Gamma fits.")
                          .arg(ValueReports::customerHeader().join(QStringLiteral(", "))),
                      &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(db))
        return usageError(command, QStringLiteral("--db STORE is required"));
    std::optional<qint64> asOfDay;
    ReportTable::Format format;
    if (!dayOption(parser, asOf, command, &asOfDay, &exitCode) || !reportFormat(parser, command, &format, &exitCode))
        return exitCode;
    bool ok = false;
    const double weeks = parser.value(horizon).toDouble(&ok);
    if (!ok || !(weeks >= 1.0) || weeks > 520.0)
        return usageError(command, QStringLiteral("--horizon takes a number of weeks from 1 to 520"));
    if (parser.isSet(outFile)) {
        if (const Status safe = checkOutputPath(parser.value(outFile), {parser.value(db)}); !safe)
            return refused(command, safe.error());
    }
    std::optional<ReportStore> opened = openForReport(command, parser.value(db), &exitCode);
    if (!opened)
        return exitCode;
    const Result<Predict::CustomerValues> values = ValueAnalysis::predictFromStore(
        *opened->store, asOfDay, opened->snapshot.dataDay, weeks, opened->snapshot.currency.decimals);
    if (!values)
        return refused(command, values.error());
    if (parser.isSet(model)) {
        if (const std::optional<Error> none = ValueAnalysis::noPrediction(*values))
            err() << "patronage-cli predict: " << cliMessage(*none) << "\n";
        return writeReport(ValueReports::modelTable(values->model()), format, parser.value(outFile),
                           {parser.value(db)});
    }
    if (const std::optional<Error> none = ValueAnalysis::noPrediction(*values))
        return refused(command, *none);
    const Result<std::shared_ptr<const CustomerDirectory>> directory =
        CustomerDirectory::read(*opened->store, CustomerDirectory::Contents::Keys);
    if (!directory)
        return refused(command, directory.error());
    return writeStreamed(format, ValueReports::customerHeader(), ValueReports::customerNumericColumns(),
                         parser.value(outFile), {parser.value(db)}, [&](ReportWriter &writer) {
                             return ValueReports::writeCustomers(*values, **directory, opened->snapshot.currency,
                                                                 writer);
                         });
}

int runBacktest(const QStringList &arguments)
{
    const QString command = QStringLiteral("backtest");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption asOf = asOfOption(QStringLiteral("Fit the model on the orders to this day (YYYY-MM-DD)."));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("Compare with what happened to this day (YYYY-MM-DD; default: the "
                                               "day the data runs to)."),
                                QStringLiteral("DATE"));
    parser.addOptions({db, asOf, to, formatOption()});
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("How well the customer-value model would have predicted this shop's past "
                                     "(spec section 10): fitted on the orders to --as-of, the repeat purchase days "
                                     "it predicts after it against those that happened, cumulative, one row per "
                                     "week. Columns: week, actual, predicted."),
                      &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(db) || !parser.isSet(asOf))
        return usageError(command, QStringLiteral("--db and --as-of are required"));
    std::optional<qint64> asOfDay;
    std::optional<qint64> toDay;
    ReportTable::Format format;
    if (!dayOption(parser, asOf, command, &asOfDay, &exitCode) || !dayOption(parser, to, command, &toDay, &exitCode)
        || !reportFormat(parser, command, &format, &exitCode)) {
        return exitCode;
    }
    if (toDay && *toDay <= *asOfDay)
        return usageError(command, QStringLiteral("--to must be a day after --as-of"));
    std::optional<ReportStore> opened = openForReport(command, parser.value(db), &exitCode);
    if (!opened)
        return exitCode;
    const std::optional<OrderHistory> history = historyOf(command, *opened->store, &exitCode);
    if (!history)
        return exitCode;
    const Result<Predict::Backtest> test =
        ValueAnalysis::backtest(*history, *asOfDay, toDay, opened->snapshot.currency.decimals);
    if (!test)
        return refused(command, test.error());
    return writeReport(ValueReports::backtestTable(*test), format);
}

} // namespace Patronage::Cli
