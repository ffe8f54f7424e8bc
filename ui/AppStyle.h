#pragma once

#include <QProxyStyle>

namespace Patronage {

/// The platform's style with one change: a column sorted ascending (smallest
/// first) shows an arrow pointing up, descending one pointing down, as in
/// spreadsheets and file managers. Qt's own styles draw them the other way.
class AppStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace Patronage
