#pragma once

#include <QCommandLineParser>
#include <QIODevice>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

#include "core/analysis/Analysis.h"
#include "core/calendar/Calendar.h"
#include "core/error/Error.h"
#include "core/report/ReportTable.h"
#include "core/store/Store.h"

namespace Patronage {
class ReportWriter;
}

namespace Patronage::Cli {

/// Exit codes of every command.
enum ExitCode { Done = 0, InputRefused = 1, UsageError = 2 };

QTextStream &out();
QTextStream &err();

/// Parses \a arguments (the command's name first); prints help and returns
/// false (with the exit code in *exitCode) on --help or a usage error.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &description, int *exitCode);
int usageError(const QString &command, const QString &message);
/// Prints "patronage-cli COMMAND: message" for \a error; returns InputRefused.
int refused(const QString &command, const Error &error);

int runImport(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runGenerate(const QStringList &arguments);
int runSegments(const QStringList &arguments);
int runThresholds(const QStringList &arguments);
int runCompare(const QStringList &arguments);
int runCustomers(const QStringList &arguments);
int runExplain(const QStringList &arguments);
int runConfig(const QStringList &arguments);
int runForget(const QStringList &arguments);
int runPredict(const QStringList &arguments);
int runBacktest(const QStringList &arguments);
int runRfm(const QStringList &arguments);
int runCohorts(const QStringList &arguments);
int runTested(const QStringList &arguments);
/// Needs a QApplication (it draws charts), the other commands a QCoreApplication.
int runReport(const QStringList &arguments);

/// Opens a store for a report with its results brought up to date. Empty
/// (with the exit code in *exitCode) when that fails.
struct ReportStore {
    std::unique_ptr<Store> store;
    AnalysisSnapshot snapshot;

    /// What working out \a month and later ones reads (Analysis::inputFrom),
    /// or empty with the exit code in *exitCode.
    std::optional<SegmentInput> inputFrom(const QString &command, MonthIndex month, int *exitCode) const;
};
std::optional<ReportStore> openForReport(const QString &command, const QString &path, int *exitCode);
/// Opens a store as it is (\a mode), or prints why not.
std::unique_ptr<Store> openStore(const QString &command, const QString &path, Store::OpenMode mode, int *exitCode);
/// Reads a YYYY-MM option; false (usage error in *exitCode) when it is malformed.
bool monthOption(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &command,
                 MonthIndex *month, int *exitCode);
/// Reads a YYYY-MM-DD option into days since 1970-01-01 (left as it is when
/// the option is absent); false (usage error in *exitCode) when it is malformed.
bool dayOption(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &command,
               std::optional<qint64> *day, int *exitCode);
/// The common --db STORE option.
QCommandLineOption dbOption();
/// The common --format option, and writing a report to stdout or atomically to a file.
QCommandLineOption formatOption();
bool reportFormat(const QCommandLineParser &parser, const QString &command, ReportTable::Format *format, int *exitCode);
/// Refuses to write over a store, a file the command reads (\a inputs), or
/// anything that is not a regular file.
Status checkOutputPath(const QString &outPath, const QStringList &inputs);
int writeReport(const ReportTable &table, ReportTable::Format format, const QString &outPath = {},
                const QStringList &inputs = {});
/// Writes what \a produce writes to standard output or (whole or not at all) to \a outPath,
/// which must not be a store or one of \a inputs.
int writeOutput(const QString &outPath, const QStringList &inputs, const std::function<bool(QIODevice *)> &produce);
/// Writes a report as \a produce makes it, row by row, to standard output
/// or (whole or not at all) to \a outPath.
int writeStreamed(ReportTable::Format format, const QStringList &header, const QList<bool> &numeric,
                  const QString &outPath, const QStringList &inputs,
                  const std::function<bool(ReportWriter &)> &produce);
/// The system's words for the last failure (errno).
QString systemError();
/// Flushes what was written; a write to standard output that failed turns
/// \a exitCode into a failure.
int finishOutput(int exitCode);

} // namespace Patronage::Cli
