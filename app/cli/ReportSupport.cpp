#include "app/cli/CliCommand.h"

#include "core/segment/SegmentResults.h"

#include <QSaveFile>

namespace Patronage::Cli {

std::unique_ptr<Store> openForReport(const QString &command, const QString &path, int *exitCode)
{
    QString error;
    std::unique_ptr<Store> store = Store::open(path, Store::OpenMode::ReadWrite, &error);
    if (store && !SegmentResults::refresh(*store, &error))
        store.reset();
    if (!store) {
        err() << "patronage-cli " << command << ": " << error << "\n";
        *exitCode = InputRefused;
    }
    return store;
}

bool monthOption(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &command,
                 MonthIndex *month, int *exitCode)
{
    if (!parser.isSet(option))
        return true;
    if (parseMonthText(parser.value(option), month))
        return true;
    *exitCode = usageError(command, QStringLiteral("--%1 takes a month as YYYY-MM, got '%2'")
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

bool reportFormat(const QCommandLineParser &parser, const QString &command, ReportTable::Format *format,
                  int *exitCode)
{
    if (parseReportFormat(parser.value(QStringLiteral("format")), format))
        return true;
    *exitCode = usageError(command, QStringLiteral("--format takes csv, json or table"));
    return false;
}

int writeReport(const ReportTable &table, ReportTable::Format format, const QString &outPath)
{
    const QByteArray bytes = table.render(format);
    if (outPath.isEmpty()) {
        out().flush();
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return Done;
    }
    // Written whole or not at all: a half-written list never reaches a mail tool.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << "patronage-cli: cannot write " << outPath << ": " << file.errorString() << "\n";
        return InputRefused;
    }
    return Done;
}

} // namespace Patronage::Cli
