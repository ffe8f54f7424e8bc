#include "core/report/CustomerList.h"

#include "core/formats/Currency.h"
#include "core/segment/OrderHistory.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <QCryptographicHash>

#include <algorithm>

namespace Patronage {

namespace {

constexpr qint8 kNotInBase = -1;

// Splits "Anna Berg" into first and last name for mail tools.
std::pair<QString, QString> splitName(const QString &name)
{
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    if (space < 0)
        return {name, QString()};
    return {name.left(space), name.mid(space + 1)};
}

// A snapshot with the store's key, e-mail and name of its customer.
CustomerRow rowFor(Statement &details, const OrderHistory &history, const CustomerSnapshot &s)
{
    CustomerRow row;
    row.snapshot = s;
    details.bind(1, history.storeIdOf(s.customer));
    if (details.step()) {
        row.key = details.text(0);
        row.email = details.text(1);
        row.name = details.text(2);
    }
    details.reset();
    return row;
}

Statement detailsQuery(Store &store)
{
    return Statement(store.handle(), "SELECT customer_key, coalesce(email, ''), coalesce(name, '') "
                                     "FROM customers WHERE id = ?");
}

void sortByRevenue(QList<CustomerRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const CustomerRow &a, const CustomerRow &b) {
        return a.snapshot.revenue != b.snapshot.revenue ? a.snapshot.revenue > b.snapshot.revenue : a.key < b.key;
    });
}

} // namespace

bool parseExportStyle(const QString &name, ExportStyle *style)
{
    static const QHash<QString, ExportStyle> styles = {{QStringLiteral("plain"), ExportStyle::Plain},
                                                       {QStringLiteral("klaviyo"), ExportStyle::Klaviyo},
                                                       {QStringLiteral("mailchimp"), ExportStyle::Mailchimp},
                                                       {QStringLiteral("hashed"), ExportStyle::Hashed}};
    const auto it = styles.constFind(name);
    if (it == styles.constEnd())
        return false;
    *style = *it;
    return true;
}

namespace CustomerList {

QList<CustomerRow> query(Store &store, const OrderHistory &history, const SegmentationParams &params,
                         const CustomerQuery &q)
{
    std::vector<qint8> groupAtSince;
    QList<MonthIndex> months = {q.month};
    if (q.movedFrom) {
        groupAtSince.assign(size_t(history.customerCount()), kNotInBase);
        months.append(q.since);
    }
    QList<CustomerRow> rows;
    Statement details = detailsQuery(store);
    const QString search = q.search.trimmed();
    SegmentEngine(history, params).snapshots(months, [&](MonthIndex month, const CustomerSnapshot &s) {
        if (q.movedFrom && month == q.since)
            groupAtSince[size_t(s.customer)] = qint8(s.group);
        if (month != q.month)
            return;
        if (q.movedFrom && (groupAtSince[size_t(s.customer)] != qint8(*q.movedFrom) || s.group == *q.movedFrom))
            return;
        if ((!q.groups.isEmpty() && !q.groups.contains(s.group))
            || (!q.lifeCycles.isEmpty() && !q.lifeCycles.contains(s.lifeCycle))) {
            return;
        }
        const CustomerRow row = rowFor(details, history, s);
        if (!search.isEmpty() && !row.key.contains(search, Qt::CaseInsensitive)
            && !row.email.contains(search, Qt::CaseInsensitive) && !row.name.contains(search, Qt::CaseInsensitive)) {
            return;
        }
        rows.append(row);
    });
    sortByRevenue(rows);
    return rows;
}

QList<CustomerRow> movers(Store &store, const OrderHistory &history, const SegmentationParams &params,
                          MonthIndex from, MonthIndex to, std::optional<LoyaltyGroup> fromGroup,
                          std::optional<LoyaltyGroup> toGroup)
{
    std::vector<qint8> groupAtFrom(size_t(history.customerCount()), kNotInBase);
    std::vector<bool> inBaseAtTo(size_t(history.customerCount()), false);
    std::vector<CustomerSnapshot> atFrom(size_t(history.customerCount()));
    QList<CustomerSnapshot> picked;
    SegmentEngine(history, params).snapshots({from, to}, [&](MonthIndex month, const CustomerSnapshot &s) {
        const size_t c = size_t(s.customer);
        if (month == from) {
            groupAtFrom[c] = qint8(s.group);
            if (!toGroup)
                atFrom[c] = s;
            return;
        }
        inBaseAtTo[c] = true;
        const qint8 expected = fromGroup ? qint8(*fromGroup) : kNotInBase;
        if (toGroup && s.group == *toGroup && groupAtFrom[c] == expected)
            picked.append(s);
    });
    if (!toGroup && fromGroup) {
        for (size_t c = 0; c < groupAtFrom.size(); ++c) {
            if (groupAtFrom[c] == qint8(*fromGroup) && !inBaseAtTo[c])
                picked.append(atFrom[c]);
        }
    }
    QList<CustomerRow> rows;
    Statement details = detailsQuery(store);
    for (const CustomerSnapshot &s : std::as_const(picked))
        rows.append(rowFor(details, history, s));
    sortByRevenue(rows);
    return rows;
}

ReportTable table(const QList<CustomerRow> &rows, ExportStyle style, int currencyDecimals)
{
    ReportTable table;
    switch (style) {
    case ExportStyle::Plain:
        table.header = {QStringLiteral("customer_key"), QStringLiteral("email"), QStringLiteral("name"),
                        QStringLiteral("group"), QStringLiteral("life_cycle"), QStringLiteral("orders"),
                        QStringLiteral("revenue"), QStringLiteral("first_order"), QStringLiteral("last_order"),
                        QStringLiteral("days_since_last_order")};
        table.numeric = {false, false, false, false, false, true, true, false, false, true};
        for (const CustomerRow &r : rows) {
            const CustomerSnapshot &s = r.snapshot;
            table.addRow({r.key, r.email, r.name, groupName(s.group), lifeCycleName(s.lifeCycle),
                          QString::number(s.orders), formatMinorUnits(s.revenue, currencyDecimals), dayText(s.firstDay),
                          dayText(s.lastDay), QString::number(s.daysSinceLastOrder)});
        }
        return table;
    case ExportStyle::Klaviyo:
        // Klaviyo's list import: Email plus profile properties, one column each.
        table.header = {QStringLiteral("Email"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
                        QStringLiteral("Patronage Group"), QStringLiteral("Patronage Life Cycle"),
                        QStringLiteral("Patronage Orders"), QStringLiteral("Patronage Revenue")};
        for (const CustomerRow &r : rows) {
            if (r.email.isEmpty())
                continue;
            const auto [first, last] = splitName(r.name);
            table.addRow({r.email, first, last, groupName(r.snapshot.group), lifeCycleName(r.snapshot.lifeCycle),
                          QString::number(r.snapshot.orders), formatMinorUnits(r.snapshot.revenue, currencyDecimals)});
        }
        return table;
    case ExportStyle::Mailchimp:
        // Mailchimp's audience import: tags are one comma-separated column.
        table.header = {QStringLiteral("Email Address"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
                        QStringLiteral("Tags")};
        for (const CustomerRow &r : rows) {
            if (r.email.isEmpty())
                continue;
            const auto [first, last] = splitName(r.name);
            table.addRow({r.email, first, last,
                          groupName(r.snapshot.group) + QLatin1Char(',') + lifeCycleName(r.snapshot.lifeCycle)});
        }
        return table;
    case ExportStyle::Hashed:
        // Ad platforms match audiences on SHA-256 of the trimmed, lower-case e-mail.
        table.header = {QStringLiteral("email_sha256")};
        for (const CustomerRow &r : rows) {
            const QString email = r.email.trimmed().toLower();
            if (email.isEmpty())
                continue;
            table.addRow({QString::fromLatin1(
                QCryptographicHash::hash(email.toUtf8(), QCryptographicHash::Sha256).toHex())});
        }
        return table;
    }
    return table;
}

QList<SegmentReports::Movement> compare(const OrderHistory &history, const SegmentationParams &params,
                                        MonthIndex from, MonthIndex to)
{
    std::vector<qint8> groupAtFrom(size_t(history.customerCount()), kNotInBase);
    std::vector<qint64> revenueAtFrom(size_t(history.customerCount()), 0);
    std::vector<bool> inBaseAtTo(size_t(history.customerCount()), false);
    // Cells indexed [from: New, groups...][to: groups..., Gone].
    qint64 customers[kGroupCount + 1][kGroupCount + 1] = {};
    qint64 revenue[kGroupCount + 1][kGroupCount + 1] = {};
    SegmentEngine(history, params).snapshots({from, to}, [&](MonthIndex month, const CustomerSnapshot &s) {
        const size_t c = size_t(s.customer);
        if (month == from) {
            groupAtFrom[c] = qint8(s.group);
            revenueAtFrom[c] = s.revenue;
            return;
        }
        inBaseAtTo[c] = true;
        const int row = groupAtFrom[c] == kNotInBase ? 0 : groupAtFrom[c] + 1;
        customers[row][int(s.group)] += 1;
        revenue[row][int(s.group)] += s.revenue;
    });
    for (size_t c = 0; c < groupAtFrom.size(); ++c) {
        if (groupAtFrom[c] != kNotInBase && !inBaseAtTo[c]) {
            customers[groupAtFrom[c] + 1][kGroupCount] += 1;
            revenue[groupAtFrom[c] + 1][kGroupCount] += revenueAtFrom[c];
        }
    }
    QList<SegmentReports::Movement> matrix = SegmentReports::emptyMatrix();
    for (SegmentReports::Movement &m : matrix) {
        LoyaltyGroup group;
        const int row = parseGroupName(m.from, &group) ? int(group) + 1 : 0;
        const int column = parseGroupName(m.to, &group) ? int(group) : kGroupCount;
        m.customers = customers[row][column];
        m.revenue = revenue[row][column];
    }
    return matrix;
}

} // namespace CustomerList

} // namespace Patronage
