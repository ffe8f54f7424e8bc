#pragma once

#include "core/report/ReportTable.h"
#include "core/report/SegmentReports.h"
#include "core/segment/MonthResult.h"
#include "core/segment/SegmentationParams.h"

#include <QList>
#include <QSet>

#include <optional>

namespace Patronage {

class OrderHistory;
class Store;

/// Which base customers of a month to list.
struct CustomerQuery {
    MonthIndex month = 0;
    QSet<LoyaltyGroup> groups;         ///< empty: every group
    QSet<LifeCycle> lifeCycles;        ///< empty: every life cycle
    std::optional<LoyaltyGroup> movedFrom; ///< in this group at \a since, in another one now
    MonthIndex since = 0;
    QString search;                    ///< in key, e-mail or name, any case
};

/// A listed customer, with the store's own key, e-mail and name.
struct CustomerRow {
    CustomerSnapshot snapshot;
    QString key;
    QString email;
    QString name;
};

/// How a list is written: Patronage's own columns, or what a mail or ad tool imports.
enum class ExportStyle { Plain, Klaviyo, Mailchimp, Hashed };
bool parseExportStyle(const QString &name, ExportStyle *style);

namespace CustomerList {

/// The month's base customers that match, ordered by revenue (highest first), then key.
QList<CustomerRow> query(Store &store, const OrderHistory &history, const SegmentationParams &params,
                         const CustomerQuery &query);
ReportTable table(const QList<CustomerRow> &rows, ExportStyle style, int currencyDecimals);

/// The customers of one cell of the comparison matrix: \a fromGroup at
/// \a from (empty: New) and \a toGroup at \a to (empty: Gone). Snapshots are
/// at \a to, or at \a from for Gone. Highest revenue first.
QList<CustomerRow> movers(Store &store, const OrderHistory &history, const SegmentationParams &params,
                          MonthIndex from, MonthIndex to, std::optional<LoyaltyGroup> fromGroup,
                          std::optional<LoyaltyGroup> toGroup);

/// The comparison matrix between months \a from < \a to (spec §6).
QList<SegmentReports::Movement> compare(const OrderHistory &history, const SegmentationParams &params,
                                        MonthIndex from, MonthIndex to);

} // namespace CustomerList

} // namespace Patronage
