#include "core/import/ImportText.h"

namespace Patronage {

QString ImportText::skipReason(SkipReason reason)
{
    switch (reason) {
    case SkipReason::NoOrderNumber: return tr("no order number: the row belongs to no order");
    case SkipReason::NoDate: return tr("no date: the row is not an order");
    }
    return {};
}

QString ImportText::note(const RowNote &note)
{
    return tr("order %1 starts on line %2 with customer \"%3\": the row is counted in that order, for that customer")
        .arg(note.orderKey)
        .arg(note.orderLine)
        .arg(note.orderCustomer);
}

} // namespace Patronage
