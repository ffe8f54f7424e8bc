#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/store/ImportRecord.h"

namespace Patronage {

/// A store's import history, one row per imported file, newest first.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ImportedAt,
        FileName,
        Format,
        Rows,
        Inserted,
        Updated,
        Unchanged,
        CreditNotes,
        GuestOrders,
        Skipped,
        ColumnCount
    };

    explicit ImportHistoryModel(QObject *parent = nullptr);

    void setRecords(QList<ImportRecord> records);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportRecord> m_records;
};

} // namespace Patronage
