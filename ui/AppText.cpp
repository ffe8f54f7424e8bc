#include "ui/AppText.h"

#include "core/formats/Fields.h"

namespace Patronage {

QString AppRemedies::nameColumn(int field) const
{
    return tr("choose \u201c%1\u201d as the format and pick the column for %2 under Columns")
        .arg(formatDisplayName(ImportFormat::Generic), fieldTitle(Field(field)));
}

QString AppRemedies::mapColumns() const
{
    return tr("choose \u201c%1\u201d as the format and pick the columns for %2, %3, %4 and %5 under Columns")
        .arg(formatDisplayName(ImportFormat::Generic), fieldTitle(Field::Order), fieldTitle(Field::Customer),
             fieldTitle(Field::Date), fieldTitle(Field::Total));
}

QString AppRemedies::fieldLabel(int field) const
{
    return fieldTitle(Field(field));
}

QString AppRemedies::giveDateLayout() const
{
    return tr("type the dates' layout in Date format, for example dd/MM/yyyy HH:mm");
}

QString AppRemedies::chooseDateOrder() const
{
    return tr("type dd/MM/yyyy or MM/dd/yyyy in Date format (add the time, such as HH:mm, if the dates have one)");
}

QString AppRemedies::currencyRequest(const QString &code) const
{
    return tr("the currency %1 typed in Currency").arg(code);
}

QString appMessage(const Error &error)
{
    static const AppRemedies remedies;
    return ErrorText::describe(error, remedies);
}

QString appProblem(const Error &error)
{
    static const AppRemedies remedies;
    return ErrorText::problem(error, remedies);
}

} // namespace Patronage
