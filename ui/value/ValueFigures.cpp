#include "ui/value/ValueFigures.h"

#include <QLocale>
#include <QStandardItemModel>

#include <climits>
#include <cmath>

#include "ui/AppText.h"
#include "ui/DisplayFormat.h"
#include "ui/value/ValuePage.h"

// The texts keep the Customer Value page's translation context: they are its words.
namespace Patronage::ValueFigures {

namespace {

QStandardItem *numberItem(const QString &text, const QString &toolTip = {})
{
    auto *item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    return item;
}

// The fits' states in plain words (spec §10's converged and boundary).
QString fitInWords(const Predict::ValueModel &model)
{
    QStringList words;
    if (model.frequency.status == Predict::FitStatus::Boundary)
        words << ValuePage::tr("No customer seems to have stopped buying for good yet, so everyone is taken to be "
                               "still a customer and predictions follow each one's own buying rate.");
    switch (model.value.limit) {
    case Predict::GammaGammaModel::Limit::NoSpreadWithinCustomer:
        words << ValuePage::tr("Each repeat customer spends about the same every time: their own average is "
                               "their expected order value.");
        break;
    case Predict::GammaGammaModel::Limit::NoSpreadBetweenCustomers:
        words << ValuePage::tr("Customers spend alike: every one is expected to spend the shop's average.");
        break;
    case Predict::GammaGammaModel::Limit::NoSpread:
        words << ValuePage::tr("Every order has had the same value, and so has every prediction.");
        break;
    case Predict::GammaGammaModel::Limit::None: break;
    }
    return words.join(QLatin1Char(' '));
}

template <typename CellOf>
void fillBreakdown(QStandardItemModel *model, const QStringList &rows, CellOf cellOf, const ValueBreakdown &breakdown,
                   const Currency &currency)
{
    model->clear();
    model->setHorizontalHeaderLabels({ValuePage::tr("Customers"), ValuePage::tr("Predicted value"),
                                      ValuePage::tr("Share"), ValuePage::tr("Per customer")});
    for (int r = 0; r < rows.size(); ++r) {
        const ValueBreakdown::Cell &cell = cellOf(r);
        model->setVerticalHeaderItem(r, new QStandardItem(rows[r]));
        model->setItem(r, 0, numberItem(QLocale().toString(cell.customers)));
        model->setItem(r, 1, numberItem(DisplayFormat::money(cell.predictedMinor(), currency)));
        model->setItem(r, 2, numberItem(DisplayFormat::share(cell.predictedMinor(), breakdown.total.predictedMinor())));
        model->setItem(r, 3,
                       numberItem(cell.customers > 0
                                      ? DisplayFormat::money(cell.predictedMinor() / cell.customers, currency)
                                      : QStringLiteral("–")));
    }
}

} // namespace

QString summary(const ValueAnalysis::ValueOverview &o, const Currency &currency)
{
    if (o.noPrediction)
        return ValuePage::tr("<b>No prediction yet.</b> %1").arg(appProblem(*o.noPrediction).toHtmlEscaped());
    const ValueBreakdown &b = o.breakdown;
    const qint64 high = b.byRisk[size_t(Predict::ChurnRisk::High)].customers;
    return ValuePage::tr("<b>%1 expected from today's %2 in the next 52 weeks</b>, from the orders to %3. %4 of them "
                         "are at high risk of having stopped buying. %5")
        .arg(DisplayFormat::money(b.total.predictedMinor(), currency),
             ValuePage::tr("%Ln customer(s)", nullptr, int(std::min<qint64>(b.total.customers, INT_MAX))),
             DisplayFormat::dayInWords(o.asOfDay), QLocale().toString(high), fitInWords(o.model).toHtmlEscaped());
}

QString backtestInWords(const ValueAnalysis::ValueOverview &o)
{
    if (!o.backtest || o.backtest->weeks.empty())
        return o.backtestError ? appProblem(*o.backtestError)
                               : ValuePage::tr("The shop's history is too short for a back-test.");
    const Predict::BacktestWeek &last = o.backtest->weeks.back();
    const double actual = double(last.actual);
    const double predicted = last.predicted;
    // How far the prediction was off, against what happened (or what was predicted, when nothing happened).
    const double off = actual > 0 ? (predicted - actual) / actual : predicted > 0 ? 1.0 : 0.0;
    const QString verdict = std::fabs(off) <= 0.1
        ? ValuePage::tr("The model was close: its predictions can be trusted for this shop.")
        : off < 0 ? ValuePage::tr("Customers bought more than the model expected (%1 more), as in a busy season: "
                                  "treat its predictions as a floor.")
                        .arg(DisplayFormat::share(qint64(actual - predicted), qint64(predicted)))
                  : ValuePage::tr("Customers bought less than the model expected (%1 less): treat its predictions "
                                  "as a ceiling.")
                        .arg(DisplayFormat::share(qint64(predicted - actual), qint64(predicted)));
    return ValuePage::tr("Fitted on the orders to %1, the model expected %2 repeat purchase days by %3; %4 "
                         "happened. %5")
        .arg(DisplayFormat::date(o.backtest->asOfDay, QLocale::ShortFormat), QLocale().toString(predicted, 'f', 0),
             DisplayFormat::date(o.backtest->toDay, QLocale::ShortFormat), QLocale().toString(last.actual), verdict);
}

void fillByGroup(QStandardItemModel *model, const ValueBreakdown &b, const Currency &currency)
{
    QStringList rows;
    for (LoyaltyGroup g : kAllGroups)
        rows << DisplayFormat::group(g);
    fillBreakdown(
        model, rows, [&](int r) -> const ValueBreakdown::Cell & { return b.byGroup[size_t(r)]; }, b, currency);
}

void fillByLifeCycle(QStandardItemModel *model, const ValueBreakdown &b, const Currency &currency)
{
    QStringList rows;
    for (LifeCycle l : kAllLifeCycles)
        rows << DisplayFormat::lifeCycle(l);
    fillBreakdown(
        model, rows, [&](int r) -> const ValueBreakdown::Cell & { return b.byLifeCycle[size_t(r)]; }, b, currency);
}

void fillRisk(QStandardItemModel *model, const ValueBreakdown &b, const Currency &currency)
{
    model->clear();
    QStringList columns;
    for (Predict::ChurnRisk risk : kRisks)
        columns << ValuePage::tr("%1 risk").arg(DisplayFormat::churnRisk(risk));
    model->setHorizontalHeaderLabels(columns);
    for (int r = 0; r <= kGroupCount; ++r) {
        model->setVerticalHeaderItem(
            r, new QStandardItem(r < kGroupCount ? DisplayFormat::group(LoyaltyGroup(r)) : ValuePage::tr("All")));
        for (size_t c = 0; c < kRisks.size(); ++c) {
            const ValueBreakdown::Cell &cell = r < kGroupCount ? b.byGroupAndRisk[size_t(r)][c] : b.byRisk[c];
            model->setItem(
                r, int(c),
                numberItem(
                    QLocale().toString(cell.customers),
                    ValuePage::tr("Predicted value %1").arg(DisplayFormat::money(cell.predictedMinor(), currency))));
        }
    }
}

} // namespace Patronage::ValueFigures
