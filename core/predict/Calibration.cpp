#include "core/predict/Calibration.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <tuple>

#include "core/money/Money.h"
#include "core/segment/OrderHistory.h"

namespace Patronage::Predict {

namespace {
// Days before 1970 are negative: no purchase yet is a day no store can hold.
constexpr qint32 kNoPurchase = std::numeric_limits<qint32>::min();
} // namespace

CalibrationBuilder::CalibrationBuilder(qint32 customerCount, qint64 asOfDay, int currencyDecimals)
    : m_asOfDay(asOfDay)
    , m_decimals(currencyDecimals)
    , m_byCustomer(size_t(std::max(customerCount, 0)))
{
    for (CustomerCalibration &c : m_byCustomer)
        c.firstDay = kNoPurchase;
}

void CalibrationBuilder::add(const OrderHistory::Event &event)
{
    if (event.creditNote || event.customer < 0 || size_t(event.customer) >= m_byCustomer.size())
        return;
    const qint32 day = event.day();
    if (day > m_asOfDay)
        return;
    // Events come in date order, so a customer's purchase days arrive ascending.
    CustomerCalibration &c = m_byCustomer[size_t(event.customer)];
    if (c.firstDay == kNoPurchase) {
        c.customer = event.customer;
        c.firstDay = c.lastDay = day;
        return;
    }
    if (day != c.lastDay) {
        ++c.x;
        c.lastDay = day;
    }
    if (day != c.firstDay)
        c.repeatValue += event.amount; // net amounts: at most the store's bounded total
}

Calibration Calibration::at(const OrderHistory &history, qint64 asOfDay, int currencyDecimals)
{
    CalibrationBuilder builder(history.customerCount(), asOfDay, currencyDecimals);
    for (const OrderHistory::Event &event : history.events()) {
        if (event.day() > asOfDay)
            break;
        builder.add(event);
    }
    return builder.finish();
}

Calibration CalibrationBuilder::finish()
{
    Calibration calibration;
    calibration.m_asOfDay = m_asOfDay;
    calibration.m_decimals = m_decimals;
    calibration.m_unitsPerMajor = double(powerOfTen(m_decimals));
    const qint64 asOfDay = m_asOfDay;
    std::vector<CustomerCalibration> byCustomer = std::move(m_byCustomer);
    for (const CustomerCalibration &c : byCustomer) {
        if (c.firstDay != kNoPurchase)
            calibration.m_customers.push_back(c);
    }

    // Group equal (x, t_x, T): a shop of a million customers has far fewer distinct ones.
    const std::vector<CustomerCalibration> &customers = calibration.m_customers;
    const auto key = [&](size_t i) {
        const CustomerCalibration &c = customers[i];
        return std::tuple(c.x, c.lastDay - c.firstDay, -c.firstDay);
    };
    std::vector<size_t> order(customers.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
    calibration.m_groupOf.assign(customers.size(), 0);
    for (size_t k = 0; k < order.size(); ++k) {
        const size_t i = order[k];
        if (k == 0 || key(i) != key(order[k - 1])) {
            const CustomerCalibration &c = customers[i];
            calibration.m_frequencyGroups.push_back({c.x, c.tx(), c.T(asOfDay), 0});
        }
        ++calibration.m_frequencyGroups.back().count;
        calibration.m_groupOf[i] = qint32(calibration.m_frequencyGroups.size() - 1);
    }
    return calibration;
}

const CustomerCalibration *Calibration::find(qint32 customer) const
{
    const auto found = std::lower_bound(m_customers.begin(), m_customers.end(), customer,
                                        [](const CustomerCalibration &c, qint32 id) { return c.customer < id; });
    return found != m_customers.end() && found->customer == customer ? &*found : nullptr;
}

double Calibration::meanRepeatValue(const CustomerCalibration &customer) const
{
    return customer.x > 0 ? double(customer.repeatValue) / double(customer.x) / m_unitsPerMajor : 0.0;
}

std::vector<ValueGroup> Calibration::valueGroups() const
{
    std::vector<std::pair<qint32, qint64>> keys;
    for (const CustomerCalibration &c : m_customers) {
        if (c.x >= 1 && c.repeatValue > 0)
            keys.emplace_back(c.x, c.repeatValue);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<ValueGroup> groups;
    for (size_t k = 0; k < keys.size(); ++k) {
        if (k == 0 || keys[k] != keys[k - 1])
            groups.push_back({keys[k].first, double(keys[k].second) / double(keys[k].first) / m_unitsPerMajor, 0});
        ++groups.back().count;
    }
    return groups;
}

long long Calibration::repeatCustomers() const
{
    return std::count_if(m_customers.begin(), m_customers.end(), [](const CustomerCalibration &c) { return c.x > 0; });
}

} // namespace Patronage::Predict
