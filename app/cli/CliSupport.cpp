#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

#include "app/cli/CliCommand.h"
#include "app/cli/CliText.h"
#include "core/report/ReportWriter.h"
#include "core/store/Limits.h"

namespace Patronage::Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &description, int *exitCode)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        *exitCode = usageError(arguments.value(0), parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program as it was started; name the command too.
        QString text = parser.helpText();
        const qsizetype usageEnd = text.indexOf(QLatin1Char(' '), text.indexOf(QLatin1Char(' ')) + 1);
        text.replace(0, usageEnd, QStringLiteral("Usage: patronage-cli ") + arguments.value(0));
        out() << text;
        out().flush();
        *exitCode = Done;
        return false;
    }
    return true;
}

int usageError(const QString &command, const QString &message)
{
    err() << "patronage-cli " << command << ": " << message << "\n"
          << "Run 'patronage-cli " << command << " --help' for usage.\n";
    err().flush();
    return UsageError;
}

int refused(const QString &command, const Error &error)
{
    err() << "patronage-cli " << command << ": " << cliMessage(error) << "\n";
    return InputRefused;
}

std::unique_ptr<Store> openStore(const QString &command, const QString &path, Store::OpenMode mode, int *exitCode)
{
    Result<std::unique_ptr<Store>> store = Store::open(path, mode);
    if (!store) {
        *exitCode = refused(command, store.error());
        return nullptr;
    }
    return std::move(store).value();
}

std::optional<ReportStore> openForReport(const QString &command, const QString &path, int *exitCode)
{
    std::unique_ptr<Store> store = openStore(command, path, Store::OpenMode::ReadWrite, exitCode);
    if (!store)
        return std::nullopt;
    Result<AnalysisSnapshot> snapshot = Analysis::load(*store);
    if (!snapshot) {
        *exitCode = refused(command, snapshot.error());
        return std::nullopt;
    }
    return ReportStore{std::move(store), std::move(snapshot).value()};
}

std::optional<SegmentInput> ReportStore::inputFrom(const QString &command, MonthIndex month, int *exitCode) const
{
    Result<SegmentInput> input = Analysis::inputFrom(*store, snapshot.params, month);
    if (!input) {
        *exitCode = refused(command, input.error());
        return std::nullopt;
    }
    return std::move(input).value();
}

bool monthOption(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &command,
                 MonthIndex *month, int *exitCode)
{
    if (!parser.isSet(option))
        return true;
    if (parseMonthText(parser.value(option), month))
        return true;
    *exitCode = usageError(command,
                           QStringLiteral("--%1 takes a month as YYYY-MM, got '%2'")
                               .arg(option.names().constFirst(), parser.value(option)));
    return false;
}

bool dayOption(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &command,
               std::optional<qint64> *day, int *exitCode)
{
    if (!parser.isSet(option))
        return true;
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (date.isValid() && date.year() >= Limits::kEarliestYear && date.year() <= Limits::kLatestYear) {
        *day = daysFromCivil(date.year(), date.month(), date.day());
        return true;
    }
    *exitCode = usageError(command,
                           QStringLiteral("--%1 takes a date as YYYY-MM-DD, got '%2'")
                               .arg(option.names().constFirst(), parser.value(option)));
    return false;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), QStringLiteral("The store file."), QStringLiteral("STORE"));
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), QStringLiteral("csv (default), json or table."),
                              QStringLiteral("FORMAT"), QStringLiteral("csv"));
}

bool reportFormat(const QCommandLineParser &parser, const QString &command, ReportTable::Format *format, int *exitCode)
{
    if (parseReportFormat(parser.value(QStringLiteral("format")), format))
        return true;
    *exitCode = usageError(command, QStringLiteral("--format takes csv, json or table"));
    return false;
}

Status checkOutputPath(const QString &outPath, const QStringList &inputs)
{
    Error error;
    error.file = outPath;
    const QFileInfo target(outPath);
    if (!target.exists())
        return {};
    struct stat status {
    };
    if (::stat(QFile::encodeName(outPath).constData(), &status) != 0 || !S_ISREG(status.st_mode)) {
        error.code = ErrorCode::OutputNotRegular;
        return error;
    }
    QFile file(outPath);
    if (file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16)) {
        error.code = ErrorCode::OutputIsStore;
        return error;
    }
    for (const QString &input : inputs) {
        struct stat other {
        };
        if (!input.isEmpty() && ::stat(QFile::encodeName(input).constData(), &other) == 0
            && other.st_dev == status.st_dev && other.st_ino == status.st_ino) {
            error.code = ErrorCode::OutputIsInput;
            return error;
        }
    }
    return {};
}

int writeReport(const ReportTable &table, ReportTable::Format format, const QString &outPath, const QStringList &inputs)
{
    return writeStreamed(format, table.header, table.numeric, outPath, inputs, [&table](ReportWriter &writer) {
        if (writer.needsMeasuring()) {
            for (const QStringList &row : table.rows)
                writer.measure(row);
        }
        for (const QStringList &row : table.rows)
            writer.write(row);
        return writer.finish();
    });
}

int writeOutput(const QString &outPath, const QStringList &inputs, const std::function<bool(QIODevice *)> &produce)
{
    if (outPath.isEmpty()) {
        out().flush();
        QFile standardOutput;
        bool written = standardOutput.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
        if (written)
            written = produce(&standardOutput) && standardOutput.flush();
        if (!written || fflush(stdout) != 0)
            return refused(QStringLiteral("output"), Error(ErrorCode::OutputWriteFailed).withDetail(systemError()));
        return Done;
    }
    if (const Status safe = checkOutputPath(outPath, inputs); !safe)
        return refused(QStringLiteral("output"), safe.error());
    // Written whole or not at all: a half-written list never reaches a mail tool.
    QSaveFile file(outPath);
    bool written = file.open(QIODevice::WriteOnly);
    if (written)
        written = produce(&file);
    if (!written || !file.commit()) {
        Error error(ErrorCode::OutputWriteFailed);
        error.file = outPath;
        error.detail = file.errorString();
        return refused(QStringLiteral("output"), error);
    }
    return Done;
}

int writeStreamed(ReportTable::Format format, const QStringList &header, const QList<bool> &numeric,
                  const QString &outPath, const QStringList &inputs, const std::function<bool(ReportWriter &)> &produce)
{
    return writeOutput(outPath, inputs, [&](QIODevice *device) {
        ReportWriter writer(device, format, header, numeric);
        return produce(writer);
    });
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

int finishOutput(int exitCode)
{
    out().flush();
    err().flush();
    // A full disk or a closed pipe on standard output is an error, not success.
    if (fflush(stdout) != 0 || ferror(stdout)) {
        const QString why = systemError();
        std::fprintf(stderr, "patronage-cli: cannot write to the standard output: %s\n", qPrintable(why));
        return exitCode == Done ? InputRefused : exitCode;
    }
    return exitCode;
}

} // namespace Patronage::Cli
