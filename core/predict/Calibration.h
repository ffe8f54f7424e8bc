#pragma once

#include <QtGlobal>

#include <vector>

#include "core/predict/BgNbd.h"
#include "core/predict/GammaGamma.h"
#include "core/segment/OrderHistory.h"

namespace Patronage::Predict {

/// A customer's calibration figures at an as-of day (spec §10), in whole days.
struct CustomerCalibration {
    qint32 customer = 0;    ///< dense index (OrderHistory)
    qint32 x = 0;           ///< repeat purchase days: distinct days with a valid order, less one
    qint32 firstDay = 0;    ///< the first purchase day (days since 1970-01-01)
    qint32 lastDay = 0;     ///< the last purchase day on or before the as-of day
    qint64 repeatValue = 0; ///< minor units: the repeat purchase days' net amounts, added

    /// t_x and T in weeks (days / 7).
    double tx() const { return (lastDay - firstDay) / 7.0; }
    double T(qint64 asOfDay) const { return double(asOfDay - firstDay) / 7.0; }
};

/// The calibration summary of spec §10 at one as-of day: every customer with a
/// valid order on or before it, and the groups of equal figures the two fits
/// read. Made in one pass over the history, whatever its length.
class Calibration
{
public:
    Calibration() = default;
    /// From \a history's customers' valid orders placed on or before \a asOfDay; amounts
    /// have \a currencyDecimals digits of minor units.
    static Calibration at(const OrderHistory &history, qint64 asOfDay, int currencyDecimals);

    qint64 asOfDay() const { return m_asOfDay; }
    int currencyDecimals() const { return m_decimals; }
    /// Minor units in a major one (100 for two decimals).
    double unitsPerMajor() const { return m_unitsPerMajor; }
    /// By ascending customer index.
    const std::vector<CustomerCalibration> &customers() const { return m_customers; }
    /// The customer's figures, or null when they bought nothing by the as-of day.
    const CustomerCalibration *find(qint32 customer) const;
    /// m of spec §10 in major units: the mean value of the repeat purchase days (0 when x = 0).
    double meanRepeatValue(const CustomerCalibration &customer) const;

    /// Customers with the same (x, t_x, T), ascending; groupOf(i) is the group of customers()[i].
    const std::vector<FrequencyGroup> &frequencyGroups() const { return m_frequencyGroups; }
    qint32 groupOf(size_t customerPosition) const { return m_groupOf[customerPosition]; }
    /// Customers with x >= 1 and m > 0, grouped by (x, m).
    std::vector<ValueGroup> valueGroups() const;
    long long repeatCustomers() const;

private:
    friend class CalibrationBuilder;
    qint64 m_asOfDay = 0;
    int m_decimals = 2;
    double m_unitsPerMajor = 100.0;
    std::vector<CustomerCalibration> m_customers;
    std::vector<FrequencyGroup> m_frequencyGroups;
    std::vector<qint32> m_groupOf;
};

/// Makes a calibration from events handed to it one at a time, in date order (from a
/// store's history without holding it: OrderRepository::visitHistory).
class CalibrationBuilder
{
public:
    CalibrationBuilder(qint32 customerCount, qint64 asOfDay, int currencyDecimals);
    /// Valid orders of customers on or before the as-of day count; the rest is left out.
    void add(const OrderHistory::Event &event);
    Calibration finish();

private:
    qint64 m_asOfDay;
    int m_decimals;
    std::vector<CustomerCalibration> m_byCustomer;
};

} // namespace Patronage::Predict
