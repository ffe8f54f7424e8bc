#include "ui/dashboard/DashboardCharts.h"

#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/MonthTableModel.h"
#include "ui/dashboard/charts/ChartPanel.h"
#include "ui/dashboard/charts/MonthCharts.h"

// The texts keep the dashboard's translation context: they are its charts.
namespace Patronage {

DashboardCharts makeDashboardCharts(MonthTableModel *model, QWidget *parent)
{
    using MonthCharts::stackedBars;
    const int month = MonthTableModel::Month;
    const QList<QColor> colors = MonthCharts::groupColors();
    // Dashed: the cut-offs; solid with dots: each group's mean orders. On a log scale a VIP
    // mean of 150 orders leaves the cut-offs of 3 and 5 readable.
    // Drawn in this order: the cut-offs last, over a mean that equals them.
    const QList<MonthCharts::Line> driftLines = {
        {MonthTableModel::MeanOrders + int(LoyaltyGroup::LoyalCustomer), DashboardPage::tr("Loyal mean"), colors[1],
         false},
        {MonthTableModel::MeanOrders + int(LoyaltyGroup::FrequentBuyer), DashboardPage::tr("Frequent mean"), colors[2],
         false},
        {MonthTableModel::MeanOrders + int(LoyaltyGroup::Vip), DashboardPage::tr("VIP mean"), colors[3], false},
        {MonthTableModel::FrequentFrom, DashboardPage::tr("Frequent Buyer cut-off"), colors[2].darker(130), true},
        {MonthTableModel::VipFrom, DashboardPage::tr("VIP cut-off"), colors[3].darker(130), true}};
    return {
        new ChartPanel(DashboardPage::tr("Customers by group"),
                       stackedBars(model, month, MonthTableModel::GroupCustomers, kGroupCount, colors, false,
                                   DashboardPage::tr("customers")),
                       parent),
        new ChartPanel(DashboardPage::tr("Revenue share by group"),
                       stackedBars(model, month, MonthTableModel::CumulativeShare, kGroupCount, colors, true,
                                   DashboardPage::tr("share of revenue")),
                       parent),
        new ChartPanel(DashboardPage::tr("Cut-offs and group means (orders per customer)"),
                       MonthCharts::lines(model, month, driftLines, DashboardPage::tr("orders")), parent),
        new ChartPanel(DashboardPage::tr("Life cycle"),
                       stackedBars(model, month, MonthTableModel::LifeCycleCustomers, kLifeCycleCount,
                                   MonthCharts::lifeCycleColors(), false, DashboardPage::tr("customers")),
                       parent),
    };
}

} // namespace Patronage
