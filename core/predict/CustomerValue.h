#pragma once

#include <QString>

#include <optional>
#include <vector>

#include "core/predict/Calibration.h"

namespace Patronage::Predict {

/// Churn risk bands of spec §10, from P(alive).
enum class ChurnRisk { Low, Medium, High };
ChurnRisk churnRiskOf(double probabilityAlive);
/// "Low", "Medium", "High": the CSV reports' words (spec §15), and the CLI's filter's.
const char *churnRiskName(ChurnRisk risk);
std::optional<ChurnRisk> churnRiskFromName(const QString &name);

/// What spec §10 predicts for one customer over the horizon.
struct CustomerPrediction {
    qint32 customer = 0;            ///< dense index (OrderHistory)
    double probabilityAlive = 0.0;  ///< 0 to 1
    double expectedPurchases = 0.0; ///< repeat purchase days in the horizon
    double expectedValue = 0.0;     ///< of a purchase day, major units
    qint64 predictedValue = 0;      ///< minor units, >= 0
    ChurnRisk churnRisk = ChurnRisk::High;
};

/// Both fits at one as-of day; a prediction needs both.
struct ValueModel {
    BgNbdModel frequency;
    GammaGammaModel value;

    bool hasPrediction() const { return frequency.hasPrediction() && value.hasPrediction(); }
    /// Why there is none (None when there is one).
    NoPredictionReason reason() const
    {
        return !frequency.hasPrediction() ? frequency.reason
            : !value.hasPrediction()      ? value.reason
                                          : NoPredictionReason::None;
    }
};

/// The weeks of the default horizon (spec §10).
inline constexpr double kDefaultHorizonWeeks = 52.0;

/// The customer-value prediction of spec §10 at one as-of day: the calibration, the fits
/// and every customer's figures. Deterministic: the same history gives the same bits.
class CustomerValues
{
public:
    CustomerValues() = default;
    /// Calibrates on \a history at \a asOfDay, fits both models and predicts each customer
    /// over \a horizonWeeks. Without a prediction (too few repeat customers, or an infinite
    /// mean value) every customer's figures are 0 and model().reason() says why.
    static CustomerValues predict(const OrderHistory &history, qint64 asOfDay, double horizonWeeks,
                                  int currencyDecimals);
    /// The same from a calibration already made.
    static CustomerValues predict(Calibration calibration, double horizonWeeks);

    const Calibration &calibration() const { return m_calibration; }
    const ValueModel &model() const { return m_model; }
    double horizonWeeks() const { return m_horizonWeeks; }
    /// In the calibration's customer order (ascending customer index).
    const std::vector<CustomerPrediction> &predictions() const { return m_predictions; }
    /// The customer's prediction, or null when they bought nothing by the as-of day.
    const CustomerPrediction *find(qint32 customer) const;

private:
    Calibration m_calibration;
    ValueModel m_model;
    double m_horizonWeeks = kDefaultHorizonWeeks;
    std::vector<CustomerPrediction> m_predictions;
};

/// Fits both models on a calibration (spec §10).
ValueModel fitValueModel(const Calibration &calibration);

/// The back-test of spec §10: cumulative repeat purchase days of the customers calibrated
/// at A, week by week in (A, B], actual and as the model fitted at A predicts.
struct BacktestWeek {
    int week = 0;           ///< 1, 2, ...: days (A + 7(week-1), A + 7 week], the last cut at B
    qint64 actual = 0;      ///< cumulative
    double predicted = 0.0; ///< cumulative
};
struct Backtest {
    qint64 asOfDay = 0;
    qint64 toDay = 0;
    ValueModel model;
    long long customers = 0;       ///< calibrated at A
    long long repeatCustomers = 0; ///< of them, those who bought again by A
    std::vector<BacktestWeek> weeks;
};
/// \a toDay > \a asOfDay; without a BG/NBD fit at A, weeks is empty.
Backtest backtest(const OrderHistory &history, qint64 asOfDay, qint64 toDay, int currencyDecimals);

} // namespace Patronage::Predict
