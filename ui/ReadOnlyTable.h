#pragma once

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

namespace Patronage {

/// A table view of \a model that shows and never edits, named \a name (for tests and
/// screenshots); each page sets how its columns share the width.
QTableView *readOnlyTable(QAbstractItemModel *model, const QString &name, QWidget *parent);

} // namespace Patronage
