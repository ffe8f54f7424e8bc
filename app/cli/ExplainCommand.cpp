#include "app/cli/CliCommand.h"

#include "core/formats/Currency.h"
#include "core/report/ReportTable.h"
#include "core/segment/OrderHistory.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/Statement.h"

#include <QRegularExpression>

#include <cmath>

namespace Patronage::Cli {

namespace {

QString real(double value)
{
    return QString::number(value, 'f', 6);
}

// The rule that put the customer in its group, with the month's cut-offs.
QString groupReason(const CustomerSnapshot &s, const MonthResult &m, SegmentationParams::Method method,
                    const QString &revenue, const QString &vipMinRevenue)
{
    const QString n = QString::number(s.orders);
    if (s.orders == 1)
        return QStringLiteral("n = 1: a single valid order");
    if (method == SegmentationParams::Method::Percentile && !m.frequentFrom)
        return QStringLiteral("no customer has two orders yet, so every customer is a One Time Buyer");
    const QString f = real(*m.frequentFrom);
    const QString v = real(*m.vipFrom);
    switch (s.group) {
    case LoyaltyGroup::Vip:
        return method == SegmentationParams::Method::Clerk
            ? QStringLiteral("n = %1 >= V = %2").arg(n, v)
            : QStringLiteral("n = %1 >= V = %2 and r = %3 >= W = %4").arg(n, v, revenue, vipMinRevenue);
    case LoyaltyGroup::FrequentBuyer:
        return method == SegmentationParams::Method::Clerk
            ? QStringLiteral("F = %1 <= n = %2 < V = %3").arg(f, n, v)
            : QStringLiteral("n = %1 >= F = %2, and not n >= V = %3 with r >= W = %4").arg(n, f, v, vipMinRevenue);
    case LoyaltyGroup::LoyalCustomer:
        return QStringLiteral("2 <= n = %1 < F = %2").arg(n, f);
    case LoyaltyGroup::OneTimeBuyer:
        break;
    }
    return {};
}

QString lifeCycleReason(const CustomerSnapshot &s, const MonthResult &m)
{
    const QString d = QString::number(s.daysSinceLastOrder);
    if (s.lifeCycle == LifeCycle::JustOrdered)
        return QStringLiteral("d = %1 days since the last order < 30").arg(d);
    QString rhythm;
    if (s.orders >= 2) {
        const qint64 span = s.lastDay - s.firstDay;
        rhythm = QStringLiteral("g = max(1, span / (n - 1)) = max(1, %1 / %2) = %3")
                     .arg(span)
                     .arg(s.orders - 1)
                     .arg(real(std::max(1.0, double(span) / double(s.orders - 1))));
    } else if (m.repurchaseGapQ80) {
        rhythm = QStringLiteral("g = max(1, G) with G = %1 days, the 80th percentile of all repurchase gaps")
                     .arg(*m.repurchaseGapQ80);
    } else {
        return QStringLiteral("d = %1 >= 30, and nobody has bought twice yet, so a one time buyer stays Active").arg(d);
    }
    switch (s.lifeCycle) {
    case LifeCycle::Active:
        return QStringLiteral("d = %1 <= 2g; %2").arg(d, rhythm);
    case LifeCycle::SlippingAway:
        return QStringLiteral("2g < d = %1 <= 4g; %2").arg(d, rhythm);
    case LifeCycle::Lost:
        return QStringLiteral("d = %1 > 4g; %2").arg(d, rhythm);
    case LifeCycle::JustOrdered:
        break;
    }
    return {};
}

} // namespace

int runExplain(const QStringList &arguments)
{
    const QString command = QStringLiteral("explain");
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The store file."), QStringLiteral("STORE"));
    const QCommandLineOption customer(QStringLiteral("customer"), QStringLiteral("The customer's key."),
                                      QStringLiteral("KEY"));
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("The month (YYYY-MM)."),
                                   QStringLiteral("YYYY-MM"));
    parser.addOptions({db, customer, month});
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Explains why a customer is in its group and life cycle at a month, with its "
                                     "own figures and the month's cut-offs."),
                      &exitCode)) {
        return exitCode;
    }
    MonthIndex when = 0;
    if (!parser.isSet(db) || !parser.isSet(customer) || !parser.isSet(month))
        return usageError(command, QStringLiteral("--db, --customer and --month are required"));
    if (!monthOption(parser, month, command, &when, &exitCode))
        return exitCode;
    std::unique_ptr<Store> store = openForReport(command, parser.value(db), &exitCode);
    if (!store)
        return exitCode;

    Statement find(store->handle(), "SELECT id, coalesce(email, ''), coalesce(name, '') FROM customers "
                                    "WHERE customer_key = ?");
    find.bind(1, parser.value(customer).trimmed());
    if (!find.step()) {
        err() << "patronage-cli explain: no customer with the key '" << parser.value(customer) << "'\n";
        return InputRefused;
    }
    const qint64 storeId = find.integer(0);
    const QString email = find.text(1);
    const QString name = find.text(2);
    const OrderHistory history = OrderHistory::read(*store);
    const SegmentationParams params = SegmentationParams::load(*store);
    const qint32 wanted = history.customerOfStoreId(storeId);
    std::optional<CustomerSnapshot> snapshot;
    MonthResult monthResult;
    SegmentEngine(history, params)
        .snapshots({when}, [&](MonthIndex, const CustomerSnapshot &s) {
            if (s.customer == wanted)
                snapshot = s;
        }, [&](const MonthResult &r) { monthResult = r; });

    const int decimals = currencyDecimals(store->currency());
    QTextStream &o = out();
    o << "customer " << parser.value(customer);
    if (!email.isEmpty() || !name.isEmpty())
        o << " (" << QStringList{name, email}.filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(", ")) << ")";
    o << " at " << monthText(when) << ", method " << methodName(params.method)
      << (params.windowMonths ? QStringLiteral(", window %1 months").arg(params.windowMonths) : QStringLiteral(", all history"))
      << "\n";
    if (!snapshot) {
        o << "  not in the base: no valid order in the snapshot, so in no group and no life cycle\n";
        return Done;
    }
    const CustomerSnapshot &s = *snapshot;
    const QString revenue = formatMinorUnits(s.revenue, decimals);
    const qint64 k = monthResult.baseCustomers;
    const qint64 S = monthResult.base().orders;
    o << "  orders n = " << s.orders << " valid orders, first " << dayText(s.firstDay) << ", last " << dayText(s.lastDay)
      << "\n  revenue r = " << revenue << " (net orders plus credit notes, floored at 0)\n";
    if (params.method == SegmentationParams::Method::Clerk) {
        const double mu = double(S) / double(k);
        const double sigma = std::sqrt(std::max(0.0, double(monthResult.orderSquareSum) / double(k) - mu * mu));
        o << "  the month's base: k = " << k << " customers, mean orders mu = " << real(mu) << ", sigma = " << real(sigma)
          << "\n  cut-offs F = max(mu + sigma, 3) = " << real(*monthResult.frequentFrom)
          << ", V = max(mu + 2 sigma, 4) = " << real(*monthResult.vipFrom) << "\n";
    } else if (monthResult.frequentFrom) {
        o << "  the month's base: k = " << k << " customers, " << monthResult.repeatCustomers
          << " repeat customers; F = " << real(*monthResult.frequentFrom) << ", V = " << real(*monthResult.vipFrom)
          << ", W = " << formatMinorUnits(*monthResult.vipMinRevenue, decimals) << "\n";
    }
    const QString vipMin = monthResult.vipMinRevenue ? formatMinorUnits(*monthResult.vipMinRevenue, decimals) : QString();
    o << "  group " << groupName(s.group) << ": " << groupReason(s, monthResult, params.method, revenue, vipMin) << "\n";
    o << "  life cycle " << lifeCycleName(s.lifeCycle) << ": " << lifeCycleReason(s, monthResult) << " (d counts days to "
      << dayText(firstDayOfMonth(when + 1)) << ")\n";
    return Done;
}

} // namespace Patronage::Cli
