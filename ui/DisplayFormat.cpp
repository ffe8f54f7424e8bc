#include "ui/DisplayFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>

#include <cmath>

#include "core/segment/Rules.h"

namespace Patronage::DisplayFormat {

namespace {

// The symbol people know a currency by ("£" for GBP): the user's own locale's for its
// currency; else that of a locale that uses it, unless a currency about as widely used
// writes the same symbol ("$" abroad is USD's, not CAD's), where the ISO code says which.
// Worked out once per locale and code.
QString currencySymbol(const QString &code)
{
    static QMutex mutex;
    static QHash<QString, QString> symbols;
    const QMutexLocker lock(&mutex);
    const QLocale user;
    const QString key = user.name() + QLatin1Char('/') + code;
    if (const auto found = symbols.constFind(key); found != symbols.constEnd())
        return *found;
    QString symbol = code;
    if (user.currencySymbol(QLocale::CurrencyIsoCode) == code) {
        symbol = user.currencySymbol(QLocale::CurrencySymbol);
    } else {
        static const QList<QLocale> all =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        QString candidate;
        for (const QLocale &locale : all) {
            if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code) {
                candidate = locale.currencySymbol(QLocale::CurrencySymbol);
                break;
            }
        }
        // Shared only matters with a currency about as widely used: "£" is GBP's, though
        // South Sudan's pound writes it too, while "$" is shared by USD and CAD.
        QHash<QString, int> localesOf;
        for (const QLocale &locale : all) {
            if (locale.currencySymbol(QLocale::CurrencySymbol) == candidate)
                ++localesOf[locale.currencySymbol(QLocale::CurrencyIsoCode)];
        }
        bool shared = candidate.isEmpty();
        for (auto other = localesOf.constBegin(); other != localesOf.constEnd(); ++other)
            shared = shared || (other.key() != code && 2 * other.value() >= localesOf.value(code));
        if (!shared)
            symbol = candidate;
    }
    symbols.insert(key, symbol);
    return symbol;
}

// A day (days since 1970-01-01) as a QDate.
QDate dateOf(qint64 day)
{
    constexpr qint64 kJulianDayOf1970 = 2440588;
    return QDate::fromJulianDay(day + kJulianDayOf1970);
}

} // namespace

QString money(qint64 minor, const Currency &currency)
{
    const double major = Money{minor, currency}.majorUnits();
    // Separators and the symbol's place as the user's locale writes them; display only.
    const QString symbol = currency.code.isEmpty() ? QString() : currencySymbol(currency.code);
    // Without a symbol of its own, the code follows the amount ("1,234.50 USD").
    if (symbol.isEmpty() || symbol == currency.code) {
        const QString amount = QLocale().toString(major, 'f', currency.decimals);
        return currency.code.isEmpty() ? amount : amount + QChar(0x00A0) + currency.code;
    }
    return QLocale().toCurrencyString(major, symbol, currency.decimals);
}

QString date(qint64 day, QLocale::FormatType format)
{
    // The locale's short form, but with the whole year: "2/7/2023" rather than "2/7/23".
    QString layout = QLocale().dateFormat(format);
    if (format == QLocale::ShortFormat && !layout.contains(QLatin1String("yyyy")))
        layout.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(dateOf(day), layout);
}

QString dayInWords(qint64 day)
{
    // The locale's long form without the weekday: "January 1, 2023", "1. Januar 2023".
    QString layout = QLocale().dateFormat(QLocale::LongFormat);
    layout.remove(QRegularExpression(QStringLiteral("d{4}[,.]?\\s*")));
    return QLocale().toString(dateOf(day), layout.trimmed());
}

QString month(MonthIndex month, std::optional<qint64> dataDay)
{
    if (!Rules::isPartialMonth(month, dataDay))
        return monthText(month);
    return QCoreApplication::translate("DisplayFormat", "%1 (to %2)")
        .arg(monthText(month), QLocale().toString(dateOf(*dataDay), QStringLiteral("d MMM")));
}

QString share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("–");
    return QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + QLocale().percent();
}

QString countChange(qint64 change)
{
    if (change == 0)
        return QCoreApplication::translate("DisplayFormat", "no change");
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + QLocale().toString(qAbs(change));
}

QString pointsChange(double points)
{
    const double rounded = std::round(points * 10.0) / 10.0;
    if (rounded == 0.0)
        return QCoreApplication::translate("DisplayFormat", "no change");
    return QCoreApplication::translate("DisplayFormat", "%1 pts")
        .arg((rounded > 0 ? QStringLiteral("+") : QStringLiteral("\u2212"))
             + QLocale().toString(std::fabs(rounded), 'f', 1));
}

QString moneyChange(qint64 minor, const Currency &currency)
{
    if (minor == 0)
        return QCoreApplication::translate("DisplayFormat", "no change");
    // A word joiner keeps the sign on the line of a symbol that comes first ("\u2212$196.88").
    return (minor > 0 ? QStringLiteral("+\u2060") : QStringLiteral("\u2212\u2060")) + money(qAbs(minor), currency);
}

QString probability(double p)
{
    // Never "100%" or "0%" for what the model only finds very likely or unlikely.
    if (p >= 0.995)
        return QCoreApplication::translate("DisplayFormat", "over %1").arg(probability(0.99));
    if (p > 0.0 && p < 0.005)
        return QCoreApplication::translate("DisplayFormat", "under %1").arg(probability(0.01));
    return QLocale().toString(100.0 * p, 'f', 0) + QLocale().percent();
}

QString expectedOrders(double orders)
{
    return QLocale().toString(orders, 'f', 1);
}

QString group(LoyaltyGroup group)
{
    static const char *const names[kGroupCount] = {
        QT_TRANSLATE_NOOP("DisplayFormat", "One Time Buyer"), QT_TRANSLATE_NOOP("DisplayFormat", "Loyal Customer"),
        QT_TRANSLATE_NOOP("DisplayFormat", "Frequent Buyer"), QT_TRANSLATE_NOOP("DisplayFormat", "VIP")};
    const int index = int(group);
    return index >= 0 && index < kGroupCount ? QCoreApplication::translate("DisplayFormat", names[index]) : QString();
}

QString lifeCycle(LifeCycle lifeCycle)
{
    static const char *const names[kLifeCycleCount] = {
        QT_TRANSLATE_NOOP("DisplayFormat", "Just Ordered"), QT_TRANSLATE_NOOP("DisplayFormat", "Active"),
        QT_TRANSLATE_NOOP("DisplayFormat", "Slipping Away"), QT_TRANSLATE_NOOP("DisplayFormat", "Lost")};
    const int index = int(lifeCycle);
    return index >= 0 && index < kLifeCycleCount ? QCoreApplication::translate("DisplayFormat", names[index])
                                                 : QString();
}

QString groupMeaning(LoyaltyGroup group)
{
    static const char *const meanings[kGroupCount] = {
        QT_TRANSLATE_NOOP("DisplayFormat", "Has ordered once."),
        QT_TRANSLATE_NOOP("DisplayFormat", "Has ordered more than once, fewer times than a Frequent Buyer."),
        QT_TRANSLATE_NOOP("DisplayFormat",
                          "Orders more often than most customers: at least the month's Frequent Buyer cut-off."),
        QT_TRANSLATE_NOOP("DisplayFormat", "Among the shop's best customers: at least the month's VIP cut-off.")};
    const int index = int(group);
    return index >= 0 && index < kGroupCount ? QCoreApplication::translate("DisplayFormat", meanings[index])
                                             : QString();
}

QString rfmGroup(RfmGroup group)
{
    static const char *const names[kRfmGroupCount] = {
        QT_TRANSLATE_NOOP("DisplayFormat", "New"),         QT_TRANSLATE_NOOP("DisplayFormat", "Promising"),
        QT_TRANSLATE_NOOP("DisplayFormat", "Active"),      QT_TRANSLATE_NOOP("DisplayFormat", "Loyal"),
        QT_TRANSLATE_NOOP("DisplayFormat", "Champions"),   QT_TRANSLATE_NOOP("DisplayFormat", "Needs Attention"),
        QT_TRANSLATE_NOOP("DisplayFormat", "Almost Lost"), QT_TRANSLATE_NOOP("DisplayFormat", "At Risk"),
        QT_TRANSLATE_NOOP("DisplayFormat", "Dormant"),     QT_TRANSLATE_NOOP("DisplayFormat", "Previously Loyal")};
    const int index = int(group);
    return index >= 0 && index < kRfmGroupCount ? QCoreApplication::translate("DisplayFormat", names[index])
                                                : QString();
}

QString rfmGroupMeaning(RfmGroup group)
{
    static const char *const meanings[kRfmGroupCount] = {
        QT_TRANSLATE_NOOP("DisplayFormat", "Bought very recently, for the first time or little so far."),
        QT_TRANSLATE_NOOP("DisplayFormat", "Bought recently; not often or much yet."),
        QT_TRANSLATE_NOOP("DisplayFormat", "Buying at a middling rate and spend."),
        QT_TRANSLATE_NOOP("DisplayFormat", "Buys often and spends well, and has bought lately."),
        QT_TRANSLATE_NOOP("DisplayFormat", "Bought very recently, buys most often and spends most."),
        QT_TRANSLATE_NOOP("DisplayFormat", "Neither recent nor frequent: worth a reminder."),
        QT_TRANSLATE_NOOP("DisplayFormat", "Has not bought for a long time, and little before."),
        QT_TRANSLATE_NOOP("DisplayFormat", "Bought often and spent well, but not lately."),
        QT_TRANSLATE_NOOP("DisplayFormat", "Bought once or little, long ago."),
        QT_TRANSLATE_NOOP("DisplayFormat", "Was among the best customers, long ago.")};
    const int index = int(group);
    return index >= 0 && index < kRfmGroupCount ? QCoreApplication::translate("DisplayFormat", meanings[index])
                                                : QString();
}

QString lifeCycleMeaning(LifeCycle lifeCycle)
{
    static const char *const meanings[kLifeCycleCount] = {
        QT_TRANSLATE_NOOP("DisplayFormat", "Ordered in the last 30 days."),
        QT_TRANSLATE_NOOP("DisplayFormat", "Ordering at their usual pace: within twice their usual gap."),
        QT_TRANSLATE_NOOP("DisplayFormat", "Overdue: more than twice their usual gap since the last order."),
        QT_TRANSLATE_NOOP("DisplayFormat", "More than four times their usual gap since the last order.")};
    const int index = int(lifeCycle);
    return index >= 0 && index < kLifeCycleCount ? QCoreApplication::translate("DisplayFormat", meanings[index])
                                                 : QString();
}

QString churnRisk(Predict::ChurnRisk risk)
{
    switch (risk) {
    case Predict::ChurnRisk::Low: return QCoreApplication::translate("DisplayFormat", "Low");
    case Predict::ChurnRisk::Medium: return QCoreApplication::translate("DisplayFormat", "Medium");
    case Predict::ChurnRisk::High: return QCoreApplication::translate("DisplayFormat", "High");
    }
    return {};
}

} // namespace Patronage::DisplayFormat
