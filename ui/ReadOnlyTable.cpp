#include "ui/ReadOnlyTable.h"

#include <QTableView>

namespace Patronage {

QTableView *readOnlyTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace Patronage
