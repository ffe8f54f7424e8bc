#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace Patronage::Cli {

/// Exit codes of every command.
enum ExitCode { Done = 0, InputRefused = 1, UsageError = 2 };

QTextStream &out();
QTextStream &err();

/// Parses \a arguments (the command's name first); prints help and returns
/// false (with the exit code in *exitCode) on --help or a usage error.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
                  int *exitCode);
int usageError(const QString &command, const QString &message);

int runImport(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runGenerate(const QStringList &arguments);

} // namespace Patronage::Cli
