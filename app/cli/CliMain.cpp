#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstring>
#include <memory>
#include <unistd.h>

#include "app/cli/CliCommand.h"

// patronage-cli: every figure Patronage computes, from a terminal.
namespace Patronage::Cli {

namespace {

struct Command {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

constexpr Command kCommands[] = {
    {"import", "import order exports into a store (created if absent)", &runImport},
    {"info", "orders, customers, date range and import history of a store", &runInfo},
    {"generate", "write a realistic synthetic shop as CSV", &runGenerate},
    {"segments", "loyalty groups month by month (CSV)", &runSegments},
    {"thresholds", "cut-offs, life cycle and guest totals month by month (CSV)", &runThresholds},
    {"compare", "who moved from which group to which between two months", &runCompare},
    {"customers", "a month's customers, filtered, for people or mail tools", &runCustomers},
    {"predict", "customer value: P(alive), expected orders and predicted value (BG/NBD, Gamma-Gamma)", &runPredict},
    {"backtest", "how well the value model would have predicted the shop's own past", &runBacktest},
    {"rfm", "RFM groups of a month: customers and revenue of each", &runRfm},
    {"cohorts", "customers by the month of their first order, and what each cohort did after", &runCohorts},
    {"tested", "groups tested against history: how many of each bought again in the months after", &runTested},
    {"report", "the monthly report to hand on, as PDF or HTML", &runReport},
    {"explain", "why a customer is in its group and life cycle", &runExplain},
    {"config", "show or change the segmentation parameters", &runConfig},
    {"forget", "remove a customer's personal data (a deletion request)", &runForget},
};

void printUsage(QTextStream &stream)
{
    stream << "Usage: patronage-cli COMMAND [OPTIONS]\n\n"
              "Customer loyalty analytics for online shops. Nothing leaves this machine.\n\nCommands:\n";
    for (const Command &command : kCommands)
        stream << QStringLiteral("  %1  %2\n")
                      .arg(QString::fromLatin1(command.name), -11)
                      .arg(QString::fromLatin1(command.summary));
    stream << "\nRun 'patronage-cli COMMAND --help' for a command's options.\n"
              "Exit codes: 0 done, 1 input refused (the store is unchanged), 2 usage error.\n";
}

} // namespace

} // namespace Patronage::Cli

int main(int argc, char *argv[])
{
    using namespace Patronage::Cli;
    // The report draws charts with the app's code: a GUI application, without a display.
    const bool draws = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (draws) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a desktop session Qt would warn that it made its own runtime folder: make it quietly.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(::getuid());
            if (QDir().mkpath(runtime)
                && QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
    const std::unique_ptr<QCoreApplication> app =
        draws ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("patronage-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATRONAGE_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printUsage(first.isEmpty() ? err() : out());
        return first.isEmpty() ? UsageError : Done;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "patronage-cli " << PATRONAGE_VERSION << "\n";
        return finishOutput(Done);
    }
    for (const Command &command : kCommands) {
        if (first == QLatin1String(command.name)) {
            arguments.removeFirst(); // the command's name stands where the program's did
            return finishOutput(command.run(arguments));
        }
    }
    err() << "patronage-cli: unknown command '" << first << "'\n\n";
    printUsage(err());
    return UsageError;
}
