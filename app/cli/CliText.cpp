#include "app/cli/CliText.h"

#include "core/formats/Fields.h"

namespace Patronage::Cli {

QString CliRemedies::nameColumn(int field) const
{
    return QStringLiteral("name the column with --map %1=COLUMN").arg(fieldName(Field(field)));
}

QString CliRemedies::mapColumns() const
{
    return QStringLiteral("name the columns with --map, for example --map order=\"Order ID\" --map customer=\"Customer "
                          "ID\" --map date=\"Order Date\" --map total=Sales");
}

QString CliRemedies::giveDateLayout() const
{
    return QStringLiteral("give the layout with --date-format in Qt's syntax, for example --date-format \"dd/MM/yyyy "
                          "HH:mm\"");
}

QString CliRemedies::chooseDateOrder() const
{
    return QStringLiteral("say which with --date-format \"dd/MM/yyyy\" or --date-format \"MM/dd/yyyy\" (add the time, "
                          "such as \" HH:mm\", if the dates have one)");
}

QString CliRemedies::currencyRequest(const QString &code) const
{
    return QStringLiteral("--currency %1").arg(code);
}

QString cliMessage(const Error &error)
{
    static const CliRemedies remedies;
    return ErrorText::describe(error, remedies);
}

} // namespace Patronage::Cli
