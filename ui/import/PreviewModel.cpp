#include "ui/import/PreviewModel.h"

#include "ui/DisplayFormat.h"

namespace Patronage {

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PreviewModel::setOrders(QList<NormalisedOrder> orders, const Currency &currency)
{
    beginResetModel();
    m_orders = std::move(orders);
    m_currency = currency;
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NormalisedOrder &o = m_orders.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Refunded))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Order: return o.orderKey;
    case Customer: return o.isGuest() ? tr("guest") : o.customerKey;
    case PlacedAt: {
        QString text = wallClockText(o.placedAt.secondsSinceEpoch);
        if (o.placedAt.utcOffsetMinutes) {
            const int offset = *o.placedAt.utcOffsetMinutes;
            text += QStringLiteral(" %1%2:%3")
                        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                        .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                        .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
        }
        return text;
    }
    case Amount: return DisplayFormat::money(o.gross, m_currency);
    case Refunded: return o.refunded ? DisplayFormat::money(o.refunded, m_currency) : QString();
    case State:
        if (o.isCreditNote)
            return tr("credit note");
        return o.state == OrderState::Cancelled ? tr("cancelled") : tr("valid");
    case ColumnCount: break;
    }
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Order: return tr("Order");
    case Customer: return tr("Customer");
    case PlacedAt: return tr("Placed at");
    case Amount: return tr("Amount");
    case Refunded: return tr("Refunded");
    case State: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Patronage
