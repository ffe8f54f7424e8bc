#pragma once

#include <QAbstractTableModel>

#include "core/money/Money.h"
#include "core/retention/GroupsTested.h"

namespace Patronage {

/// Groups tested against history (spec §13): each loyalty group, life cycle
/// and RFM group at a month, and how many of its customers ordered again in
/// the months after, with their revenue.
class TestedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Segment, Customers, Returned, ReturnRate, Revenue, ColumnCount };

    explicit TestedModel(QObject *parent = nullptr);
    void setTested(GroupsTested tested, const Currency &currency);
    void clear() { setTested({}, {}); }
    const GroupsTested &tested() const { return m_tested; }
    /// The segment of a row.
    const TestedSegment &segment(int row) const { return m_tested.segments.at(row); }
    /// "Of the VIPs of 2024-03, 82% bought again by 2024-06, worth €12,400": the row in words.
    QString sentence(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    GroupsTested m_tested;
    Currency m_currency;
};

} // namespace Patronage
