#include "ui/retention/TestedModel.h"

#include <QLocale>

#include "ui/DisplayFormat.h"

namespace Patronage {

namespace {

QString segmentTitle(const TestedSegment &s)
{
    switch (s.kind) {
    case TestedSegment::Kind::Group: return DisplayFormat::group(LoyaltyGroup(s.segment));
    case TestedSegment::Kind::LifeCycle: return DisplayFormat::lifeCycle(LifeCycle(s.segment));
    case TestedSegment::Kind::RfmGroup: return DisplayFormat::rfmGroup(RfmGroup(s.segment));
    }
    return {};
}

} // namespace

TestedModel::TestedModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TestedModel::setTested(GroupsTested tested, const Currency &currency)
{
    beginResetModel();
    m_tested = std::move(tested);
    m_currency = currency;
    endResetModel();
}

QString TestedModel::sentence(int row) const
{
    const TestedSegment &s = segment(row);
    if (m_tested.horizon == 0)
        return tr("The data ends in %1: nothing after it to test %2 against yet.")
            .arg(monthText(m_tested.month), segmentTitle(s));
    return tr("Of the customers who were %1 in %2 (%3), %4 bought again by %5, worth %6.")
        .arg(segmentTitle(s), monthText(m_tested.month), QLocale().toString(s.customers),
             DisplayFormat::share(s.returned, s.customers), monthText(m_tested.month + m_tested.horizon),
             DisplayFormat::money(s.revenue, m_currency));
}

int TestedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tested.segments.size());
}

int TestedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TestedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TestedSegment &s = segment(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= Customers)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        return index.column() == Returned ? tr("Click to list those who bought again")
                                          : sentence(index.row()) + QLatin1Char(' ') + tr("Click to list them all.");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Kind:
        switch (s.kind) {
        case TestedSegment::Kind::Group: return tr("Loyalty group");
        case TestedSegment::Kind::LifeCycle: return tr("Life cycle");
        case TestedSegment::Kind::RfmGroup: return tr("RFM group");
        }
        return {};
    case Segment: return segmentTitle(s);
    case Customers: return QLocale().toString(s.customers);
    case Returned: return QLocale().toString(s.returned);
    case ReturnRate: return s.customers ? DisplayFormat::share(s.returned, s.customers) : QStringLiteral("–");
    case Revenue: return DisplayFormat::money(s.revenue, m_currency);
    case ColumnCount: break;
    }
    return {};
}

QVariant TestedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Kind: return tr("Kind");
    case Segment: return tr("Segment");
    case Customers: return tr("Customers");
    case Returned: return tr("Bought again");
    case ReturnRate: return tr("Share");
    case Revenue: return tr("Their revenue in the months after");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Patronage
