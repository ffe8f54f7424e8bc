#include "ui/dashboard/MonthTiles.h"

#include <QLocale>

#include <algorithm>
#include <climits>

#include "ui/DisplayFormat.h"
#include "ui/dashboard/DashboardPage.h"

// The texts keep the dashboard's translation context: they are its tiles.
namespace Patronage {

namespace {

std::optional<double> percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional<double>(100.0 * double(part) / double(whole)) : std::nullopt;
}

} // namespace

QList<MonthTile> monthTiles(const AnalysisSnapshot &snapshot, MonthIndex month)
{
    const MonthResult *m = snapshot.month(month);
    if (!m)
        return {};
    const QLocale locale;
    const Currency &currency = snapshot.currency;
    const QString shown = DisplayFormat::month(month, snapshot.dataDay);
    // Each tile beside the month before and the same month a year before, where the store has them.
    const MonthResult *before = snapshot.month(month - 1);
    const MonthResult *yearBefore = snapshot.month(month - 12);
    const auto changes = [&](auto change) {
        QStringList parts;
        if (before)
            parts << DashboardPage::tr("%1 on %2").arg(change(*before), monthText(month - 1));
        if (yearBefore)
            parts << DashboardPage::tr("%1 on %2").arg(change(*yearBefore), monthText(month - 12));
        return parts.join(QStringLiteral(", "));
    };
    const auto points = [](std::optional<double> now, std::optional<double> then) {
        return now && then ? DisplayFormat::pointsChange(*now - *then) : QStringLiteral("–");
    };
    const auto repeatRate = [](const MonthResult &r) { return percentOf(r.repeatCustomers, r.baseCustomers); };
    const auto vipShare = [](const MonthResult &r) {
        return percentOf(r.groups[size_t(LoyaltyGroup::Vip)].revenue, r.base().revenue);
    };
    const qint64 vips = m->groups[size_t(LoyaltyGroup::Vip)].customers;
    return {
        {DashboardPage::tr("Customers so far"), locale.toString(m->baseCustomers),
         DashboardPage::tr("with an order by the end of %1").arg(shown),
         changes([&](const MonthResult &r) { return DisplayFormat::countChange(m->baseCustomers - r.baseCustomers); })},
        {DashboardPage::tr("Repeat rate"), DisplayFormat::share(m->repeatCustomers, m->baseCustomers),
         DashboardPage::tr("%1 of them bought more than once").arg(locale.toString(m->repeatCustomers)),
         changes([&](const MonthResult &r) { return points(repeatRate(*m), repeatRate(r)); })},
        {DashboardPage::tr("VIP share of revenue"),
         DisplayFormat::share(m->groups[size_t(LoyaltyGroup::Vip)].revenue, m->base().revenue),
         DashboardPage::tr("%Ln VIP(s), of all revenue so far", nullptr, int(std::min<qint64>(vips, INT_MAX))),
         changes([&](const MonthResult &r) { return points(vipShare(*m), vipShare(r)); })},
        {DashboardPage::tr("Guest revenue"), DisplayFormat::money(m->guestRevenue, currency),
         DashboardPage::tr("%Ln guest order(s) in %1", nullptr, int(std::min<qint64>(m->guestOrders, INT_MAX)))
             .arg(shown),
         changes([&](const MonthResult &r) {
             return DisplayFormat::moneyChange(m->guestRevenue - r.guestRevenue, currency);
         })},
    };
}

} // namespace Patronage
