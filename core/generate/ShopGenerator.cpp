#include "core/generate/ShopGenerator.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/calendar/Calendar.h"

namespace Patronage {

namespace {

// SplitMix64: tiny, fast, and the same on every platform (unlike the
// standard library's distributions).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }

private:
    quint64 m_state;
};

// Seasonality: busier in November and December, quieter in January and
// February, and a shop that grows by half over two years.
double monthWeight(int monthIndex, int month)
{
    static constexpr double kSeason[12] = {0.75, 0.8, 0.95, 1.0, 1.0, 0.95, 0.9, 0.95, 1.0, 1.1, 1.5, 1.7};
    return kSeason[month - 1] * (1.0 + 0.02 * monthIndex);
}

const char *const kFirstNames[] = {"Olivia", "Liam", "Emma",  "Noah",  "Amelia", "Oliver", "Ava",   "Elijah", "Sophia",
                                   "Lucas",  "Mia",  "Thabo", "Aisha", "Kenji",  "Lena",   "Mateo", "Zoë",    "Sipho"};
const char *const kLastNames[] = {"Smith",  "Johnson", "Williams", "Brown",    "Jones",   "García",  "Müller", "Nkosi",
                                  "Dubois", "Rossi",   "Tanaka",   "Kowalski", "Dlamini", "O'Brien", "Silva"};
const char *const kProducts[] = {
    "Linen Shirt",        "Ceramic Mug", "Leather Wallet", "Wool Scarf", "Travel Journal",
    "Organic Tea, 100 g", "Canvas Tote", "Scented Candle", "Desk Lamp",  "Women\xE2\x80\x99s Sneakers"};

QByteArray money(qint64 cents)
{
    const char *sign = cents < 0 ? "-" : "";
    cents = std::abs(cents);
    return sign + QByteArray::number(cents / 100) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0');
}

} // namespace

bool ShopGenerator::write(QIODevice *out, const std::atomic_bool *cancel)
{
    Random random(m_params.seed);
    const qint64 orderCount = std::max<qint64>(1, m_params.orders);
    const bool longTail = m_params.shape == GeneratorParams::Shape::LongTail;
    // Customers who may buy; those never drawn never appear. SmallShop draws from a pool
    // larger than the orders, so most buyers order once.
    const qint64 customerCount = m_params.customers > 0 ? m_params.customers
        : longTail                                      ? std::max<qint64>(1, orderCount / 4)
                                                        : std::max<qint64>(1, orderCount * 7 / 4);
    const double skew = longTail ? 0.9 : 0.5;
    const int months = std::max(1, m_params.months);
    const bool shopify = m_params.format == GeneratorParams::Format::Shopify;

    // Customers' chance to be the buyer of an order falls off like a power law
    // (1 / rank^skew): many one-time buyers and a few loyal customers.
    std::vector<double> cumulative(static_cast<size_t>(customerCount));
    std::vector<float> spendFactor(static_cast<size_t>(customerCount));
    // SmallShop: each customer buys only while they are a customer, from a month they arrive in
    // for a lifetime of some months (exponential, mean kMeanLifeMonths); then they stop for good,
    // as real customers do (what BG/NBD's dropout models).
    constexpr double kMeanLifeMonths = 10.0;
    std::vector<float> arrival(longTail ? 0 : static_cast<size_t>(customerCount));
    std::vector<float> departure(arrival.size());
    double total = 0;
    for (qint64 c = 0; c < customerCount; ++c) {
        total += 1.0 / std::pow(double(c + 1), skew);
        cumulative[size_t(c)] = total;
        spendFactor[size_t(c)] = float(0.6 + random.uniform() * 0.8);
        if (!longTail) {
            arrival[size_t(c)] = float(random.uniform() * months);
            departure[size_t(c)] = arrival[size_t(c)] - float(kMeanLifeMonths * std::log(1.0 - random.uniform()));
        }
    }
    std::vector<double> monthCumulative(static_cast<size_t>(months));
    double monthTotal = 0;
    for (int m = 0; m < months; ++m) {
        monthTotal += monthWeight(m, (m % 12) + 1);
        monthCumulative[size_t(m)] = monthTotal;
    }
    // Customer numbers are shuffled so that the loyal ones are not simply the first ids.
    const quint64 idMultiplier = 2654435761ull;

    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += shopify ? "Name,Email,Financial Status,Currency,Subtotal,Shipping,Taxes,Total,Created at,Cancelled at,"
                        "Lineitem quantity,Lineitem name,Lineitem price,Billing Name,Refunded Amount,Id\n"
                      : "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
    const qint64 startDay = daysFromCivil(m_params.startYear, 1, 1);
    m_rows = 0;
    for (qint64 i = 0; i < orderCount; ++i) {
        // Orders come in time order: the i-th order falls where the seasonal
        // weights put the i-th fraction of the year's trade.
        const double position = (double(i) + random.uniform()) / double(orderCount) * monthTotal;
        const int monthIndex =
            int(std::lower_bound(monthCumulative.begin(), monthCumulative.end(), position) - monthCumulative.begin());
        const double monthStart = monthIndex == 0 ? 0 : monthCumulative[size_t(monthIndex - 1)];
        const double within = (position - monthStart) / (monthCumulative[size_t(monthIndex)] - monthStart);
        const int year = m_params.startYear + monthIndex / 12;
        const int month = monthIndex % 12 + 1;
        const qint64 monthDays = daysFromCivil(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1)
            - daysFromCivil(year, month, 1);
        const qint64 seconds = (daysFromCivil(year, month, 1) - startDay) * 86400
            + qint64(std::min(0.999999, within) * double(monthDays * 86400));
        const QDateTime placed = QDateTime::fromSecsSinceEpoch(startDay * 86400 + seconds, QTimeZone::utc());
        // Earlier months of a latest export are drawn all the same: the shop stays the same shop.
        const bool written = m_params.lastMonths == 0 || monthIndex >= months - m_params.lastMonths;

        const bool guest = random.uniform() < 0.05;
        const auto draw = [&] {
            return std::lower_bound(cumulative.begin(), cumulative.end(), random.uniform() * total)
                - cumulative.begin();
        };
        qint64 customer = draw();
        // A customer who has not arrived yet or has left is passed over (a few tries, then anyone).
        const float when = float(monthIndex + within);
        for (int tries = 0;
             !longTail && tries < 40 && (when < arrival[size_t(customer)] || when > departure[size_t(customer)]);
             ++tries) {
            customer = draw();
        }
        const qint64 customerNumber = 10000 + qint64((quint64(customer) * idMultiplier) % quint64(customerCount));
        const double roll = random.uniform();
        const bool cancelled = roll < 0.01;
        const bool fullRefund = !cancelled && roll < 0.025;
        const bool partialRefund = !cancelled && !fullRefund && roll < 0.04;

        const int lines = 1 + int(random.below(3));
        std::vector<qint64> prices(static_cast<size_t>(lines));
        std::vector<int> quantities(static_cast<size_t>(lines));
        qint64 subtotal = 0;
        for (int l = 0; l < lines; ++l) {
            // Pareto-like item prices: most small, a few large.
            const double pareto = 8.0 / std::pow(1.0 - random.uniform(), 1.0 / 2.2);
            prices[size_t(l)] = std::min<qint64>(250000, qint64(pareto * spendFactor[size_t(customer)] * 100));
            quantities[size_t(l)] = 1 + int(random.below(100) < 80 ? 0 : random.below(4));
            subtotal += prices[size_t(l)] * quantities[size_t(l)];
        }
        const qint64 shipping = subtotal >= 5000 ? 0 : 495;
        const qint64 taxes = subtotal / 10;
        const qint64 orderTotal = subtotal + shipping + taxes;
        const qint64 refunded = fullRefund ? orderTotal : partialRefund ? orderTotal / 4 : 0;
        const QByteArray email =
            guest ? QByteArray() : "customer" + QByteArray::number(customerNumber) + "@example.com";
        const QByteArray name = guest
            ? QByteArray()
            : QByteArray(kFirstNames[customerNumber % 18]) + ' ' + kLastNames[(customerNumber / 18) % 15];

        if (written && shopify) {
            const QByteArray created = placed.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1() + " +0000";
            const QByteArray status = cancelled ? "voided"
                : fullRefund                    ? "refunded"
                : partialRefund                 ? "partially_refunded"
                                                : "paid";
            for (int l = 0; l < lines; ++l) {
                buffer += "#" + QByteArray::number(1001 + i) + ',';
                if (l == 0) {
                    buffer += email + ',' + status + ',' + m_params.currency.toLatin1() + ',' + money(subtotal) + ','
                        + money(shipping) + ',' + money(taxes) + ',' + money(orderTotal) + ',' + created + ','
                        + (cancelled ? created : QByteArray()) + ',';
                } else {
                    buffer += email + ",,,,,,,,,";
                }
                buffer += QByteArray::number(quantities[size_t(l)]) + ",\"" + kProducts[(i + l) % 10] + "\","
                    + money(prices[size_t(l)]) + ',' + (l == 0 ? '"' + name + '"' : QByteArray()) + ','
                    + (l == 0 ? money(refunded) : QByteArray()) + ','
                    + (l == 0 ? QByteArray::number(5000000 + i) : QByteArray()) + '\n';
                ++m_rows;
            }
        } else if (written) {
            // Transaction lines have no refund column: a refund is a credit note
            // ("C" invoice) on the same day, and a cancelled order one in full.
            const QByteArray date = placed.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
            const QByteArray customerId = guest ? QByteArray() : QByteArray::number(customerNumber);
            auto writeLines = [&](const QByteArray &invoice, int sign, int lineCount) {
                for (int l = 0; l < lineCount; ++l) {
                    buffer += invoice + ",SKU" + QByteArray::number(10000 + (i + l) % 5000) + ",\""
                        + kProducts[(i + l) % 10] + "\"," + QByteArray::number(sign * quantities[size_t(l)]) + ','
                        + date + ',' + money(prices[size_t(l)]) + ',' + customerId + ",United Kingdom\n";
                    ++m_rows;
                }
            };
            writeLines(QByteArray::number(500000 + i), 1, lines);
            if (cancelled || fullRefund)
                writeLines("C" + QByteArray::number(500000 + i), -1, lines);
            else if (partialRefund)
                writeLines("C" + QByteArray::number(500000 + i), -1, 1);
        }
        if (buffer.size() > (1 << 20) - 4096) {
            if (out->write(buffer) != buffer.size()) {
                m_error = out->errorString();
                return false;
            }
            buffer.clear();
            if (cancel && cancel->load())
                return false;
        }
    }
    if (out->write(buffer) != buffer.size()) {
        m_error = out->errorString();
        return false;
    }
    return true;
}

} // namespace Patronage
