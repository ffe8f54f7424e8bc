#include "ui/history/ImportHistoryModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Patronage {

ImportHistoryModel::ImportHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportHistoryModel::setRecords(QList<ImportRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    std::reverse(m_records.begin(), m_records.end());
    endResetModel();
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportRecord &r = m_records.at(index.row());
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\nBLAKE2b-256 %2\n%3 bytes").arg(r.filePath, r.contentHash).arg(r.fileSize);
    if (role == Qt::TextAlignmentRole && index.column() >= Rows)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case ImportedAt:
        return locale.toString(QDateTime::fromString(r.importedAt, Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
    case FileName: return r.fileName;
    case Format: return r.format;
    case Rows: return locale.toString(r.rowsRead);
    case Inserted: return locale.toString(r.ordersInserted);
    case Updated: return locale.toString(r.ordersUpdated);
    case Unchanged: return locale.toString(r.ordersUnchanged);
    case CreditNotes: return locale.toString(r.creditNotes);
    case GuestOrders: return locale.toString(r.guestOrders);
    case Skipped: return locale.toString(r.rowsSkipped);
    case ColumnCount: break;
    }
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ImportedAt: return tr("Imported");
    case FileName: return tr("File");
    case Format: return tr("Format");
    case Rows: return tr("Rows");
    case Inserted: return tr("New orders");
    case Updated: return tr("Updated");
    case Unchanged: return tr("Unchanged");
    case CreditNotes: return tr("Credit notes");
    case GuestOrders: return tr("Guest orders");
    case Skipped: return tr("Skipped rows");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Patronage
