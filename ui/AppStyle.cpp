#include "ui/AppStyle.h"

#include <QStyleOptionHeader>

namespace Patronage {

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    // QHeaderView passes SortDown for an ascending column, which the styles draw pointing down.
    if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
        header && element == PE_IndicatorHeaderArrow && header->sortIndicator != QStyleOptionHeader::None) {
        QStyleOptionHeader flipped = *header;
        flipped.sortIndicator = header->sortIndicator == QStyleOptionHeader::SortDown ? QStyleOptionHeader::SortUp
                                                                                      : QStyleOptionHeader::SortDown;
        QProxyStyle::drawPrimitive(element, &flipped, painter, widget);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace Patronage
