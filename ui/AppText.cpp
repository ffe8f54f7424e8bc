#include "ui/AppText.h"

#include "core/formats/Fields.h"

namespace Patronage {

QString AppRemedies::nameColumn(int field) const
{
    return tr("choose Generic as the format and pick the column for %1 under Columns").arg(fieldName(Field(field)));
}

QString AppRemedies::mapColumns() const
{
    return tr("choose Generic as the format and pick the columns for order, customer, date and total under Columns");
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
