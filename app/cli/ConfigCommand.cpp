#include "app/cli/CliCommand.h"
#include "core/store/SegmentResultRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Transaction.h"

namespace Patronage::Cli {

int runConfig(const QStringList &arguments)
{
    const QString command = QStringLiteral("config");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption method(QStringLiteral("method"), QStringLiteral("clerk (default) or percentile."),
                                    QStringLiteral("METHOD"));
    const QCommandLineOption window(QStringLiteral("window"),
                                    QStringLiteral("Lookback window in months; 0 is all history."),
                                    QStringLiteral("MONTHS"));
    const QCommandLineOption frequent(QStringLiteral("frequent-percentile"),
                                      QStringLiteral("Percentile for Frequent Buyers (percentile method)."),
                                      QStringLiteral("P"));
    const QCommandLineOption vip(QStringLiteral("vip-percentile"),
                                 QStringLiteral("Percentile for VIPs (percentile method)."), QStringLiteral("P"));
    const QCommandLineOption minOrders(QStringLiteral("frequent-min-orders"),
                                       QStringLiteral("Fewest orders of a Frequent Buyer (percentile method)."),
                                       QStringLiteral("N"));
    parser.addOptions({db, method, window, frequent, vip, minOrders});
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Shows the store's segmentation parameters, or changes them (every month is "
                                     "then recomputed at the next report)."),
                      &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(db))
        return usageError(command, QStringLiteral("--db STORE is required"));
    std::unique_ptr<Store> store = openStore(command, parser.value(db), Store::OpenMode::ReadWrite, &exitCode);
    if (!store)
        return exitCode;
    SegmentationParams params = SettingsRepository(*store).segmentationParams();
    const SegmentationParams before = params;
    if (parser.isSet(method) && !parseMethodName(parser.value(method), &params.method))
        return usageError(command, QStringLiteral("--method takes clerk or percentile"));
    const std::pair<const QCommandLineOption *, int *> numbers[] = {{&window, &params.windowMonths},
                                                                    {&frequent, &params.frequentPercentile},
                                                                    {&vip, &params.vipPercentile},
                                                                    {&minOrders, &params.frequentMinOrders}};
    for (const auto &[option, value] : numbers) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *value = parser.value(*option).toInt(&ok);
        if (!ok)
            return usageError(command, QStringLiteral("--%1 takes a whole number").arg(option->names().constFirst()));
    }
    if (const QString problem = params.validate(); !problem.isEmpty())
        return usageError(command, problem);
    if (!(params == before)) {
        // One transaction: a change is saved whole or not at all.
        Result<Transaction> transaction = Transaction::begin(*store, Transaction::Kind::Write);
        if (!transaction)
            return refused(command, transaction.error());
        Status saved = SettingsRepository(*store).saveSegmentationParams(params);
        if (saved)
            saved = SegmentResultRepository(*store).markAllStale();
        if (saved)
            saved = transaction->commit();
        if (!saved)
            return refused(command, saved.error());
    }
    out() << "method " << methodName(params.method) << "\nwindow " << params.windowMonths << "\nfrequent_percentile "
          << params.frequentPercentile << "\nvip_percentile " << params.vipPercentile << "\nfrequent_min_orders "
          << params.frequentMinOrders << "\n";
    return Done;
}

} // namespace Patronage::Cli
