#include "ui/dashboard/charts/MonthCharts.h"

#include <QAbstractAxis>
#include <QAbstractItemModel>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPercentBarSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <cmath>

#include "ui/dashboard/charts/ChartPanel.h"

namespace Patronage::MonthCharts {

namespace {

QStringList monthLabels(const QAbstractItemModel *model, int labelColumn)
{
    QStringList labels;
    for (int row = 0; row < model->rowCount(); ++row)
        labels.append(model->index(row, labelColumn).data().toString());
    return labels;
}

// The month as a tooltip names it: its tooltip text when it has one (a partial month: "2011-12 (to 9 Dec)").
QString monthTitle(const QAbstractItemModel *model, int row, int labelColumn)
{
    const QModelIndex index = model->index(row, labelColumn);
    const QVariant tip = index.data(Qt::ToolTipRole);
    return tip.isValid() ? tip.toString() : index.data().toString();
}

// Many months: small labels, upright, so none is cut short.
void fitMonthLabels(QAbstractAxis *axis, int count)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(count > 14 ? 7.5 : 8.5);
    axis->setLabelsFont(font);
    axis->setLabelsAngle(count > 6 ? -90 : 0);
}

// Names every step-th month (about a dozen in all) at its bar or point; the axis spans the
// bars' width.
void setMonthTicks(QCategoryAxis *axis, const QStringList &labels)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    const int step = std::max(1, int(labels.size() + 11) / 12);
    for (int row = 0; row < labels.size(); row += step)
        axis->append(labels[row], row);
    axis->setRange(-0.5, std::max(0.5, double(labels.size()) - 0.5));
    fitMonthLabels(axis, int(labels.size()));
}

void styleChart(QChart *chart)
{
    chart->setLocalizeNumbers(true); // "5,000" and "5.000", as the user's locale writes them
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
}

QAbstractBarSeries *barSeries(QChart *chart)
{
    return chart->series().isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(chart->series().first());
}

} // namespace

QList<QColor> groupColors()
{
    // Told apart by people with the common colour-vision deficiencies too.
    return {QColor(0xBAB0AC), QColor(0x4E79A7), QColor(0xF28E2B), QColor(0xB6244F)};
}

QList<QColor> lifeCycleColors()
{
    return {QColor(0x59A14F), QColor(0x76B7B2), QColor(0xEDC948), QColor(0x9C755F)};
}

QChart *stackedBars(QAbstractItemModel *model, int labelColumn, int firstColumn, int setCount,
                    const QList<QColor> &colors, bool percent, const QString &valueTitle)
{
    auto *chart = new QChart;
    styleChart(chart);
    QAbstractBarSeries *series = percent ? static_cast<QAbstractBarSeries *>(new QPercentBarSeries)
                                         : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    series->setBarWidth(0.85);
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(firstColumn);
    mapper->setLastBarSetColumn(firstColumn + setCount - 1);
    mapper->setSeries(series);
    mapper->setModel(model);
    chart->addSeries(series);

    // Bars stand at 0, 1, ... on a value axis whose labels name every step-th month: a bar
    // category axis would cut every label to "⋮" once the months are many or the chart narrow.
    auto *months = new QCategoryAxis(chart);
    months->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    months->setGridLineVisible(false);
    auto *values = new QValueAxis(chart);
    values->setTitleText(valueTitle);
    values->setLabelFormat(percent ? QStringLiteral("%.0f%") : QStringLiteral("%.0f"));
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(months);
    series->attachAxis(values);
    auto update = [=] {
        const QStringList labels = monthLabels(model, labelColumn);
        setMonthTicks(months, labels);
        const QList<QBarSet *> sets = series->barSets();
        for (int i = 0; i < sets.size() && i < colors.size(); ++i) {
            sets[i]->setColor(colors[i]);
            sets[i]->setBorderColor(colors[i].darker(115));
        }
        if (!percent) {
            double top = 0;
            for (int row = 0; row < model->rowCount(); ++row) {
                double sum = 0;
                for (int c = 0; c < setCount; ++c)
                    sum += model->index(row, mapper->firstBarSetColumn() + c).data().toDouble();
                top = std::max(top, sum);
            }
            values->setRange(0, top > 0 ? top * 1.05 : 1);
            values->applyNiceNumbers();
        }
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, chart, update);
    update();
    return chart;
}

void showColumns(ChartPanel *panel, int firstColumn, int setCount)
{
    QAbstractBarSeries *series = barSeries(panel->chart());
    if (auto *mapper = series ? series->findChild<QVBarModelMapper *>() : nullptr) {
        mapper->setFirstBarSetColumn(firstColumn);
        mapper->setLastBarSetColumn(firstColumn + setCount - 1);
    }
}

QChart *lines(QAbstractItemModel *model, int labelColumn, const QList<Line> &lines, const QString &valueTitle)
{
    auto *chart = new QChart;
    styleChart(chart);
    auto *months = new QCategoryAxis(chart);
    months->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    auto *values = new QLogValueAxis(chart);
    values->setBase(2);
    // Powers of two: whole orders. (Qt's localized labels drop a "%g" format: no labels at all.)
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(valueTitle);
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);

    QList<QLineSeries *> series;
    for (const Line &line : lines) {
        auto *s = new QLineSeries(chart);
        s->setName(line.name);
        s->setPen(QPen(line.color, 2, line.dashed ? Qt::DashLine : Qt::SolidLine));
        s->setPointsVisible(!line.dashed);
        s->setMarkerSize(5);
        chart->addSeries(s);
        s->attachAxis(months);
        s->attachAxis(values);
        // The exact value under the pointer.
        QObject::connect(s, &QLineSeries::hovered, chart,
                         [model, s, labelColumn, column = line.column](const QPointF &point, bool on) {
                             if (!on) {
                                 QToolTip::hideText();
                                 return;
                             }
                             const int row = qRound(point.x());
                             const QVariant value = model->index(row, column).data();
                             if (!value.isValid())
                                 return;
                             QToolTip::showText(QCursor::pos(),
                                                QStringLiteral("%1, %2: %3")
                                                    .arg(s->name(), monthTitle(model, row, labelColumn),
                                                         QLocale().toString(value.toDouble(), 'f', 2)));
                         });
        series.append(s);
    }
    // Months where a cell is empty have no point: the line skips them.
    auto update = [=] {
        double top = 1;
        double bottom = 1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QList<QPointF> points;
            for (int row = 0; row < model->rowCount(); ++row) {
                const QVariant value = model->index(row, lines[i].column).data();
                // A log axis has no 0: a value under 1/8 (none is, in orders per customer) is left out.
                if (value.isValid() && value.toDouble() >= 0.125) {
                    points.append(QPointF(row, value.toDouble()));
                    top = std::max(top, value.toDouble());
                    bottom = std::min(bottom, value.toDouble());
                }
            }
            series[i]->replace(points);
        }
        setMonthTicks(months, monthLabels(model, labelColumn));
        // Whole powers of two at both ends: the labels read 1, 2, 4, 8, ...
        values->setRange(std::exp2(std::floor(std::log2(bottom))), std::exp2(std::ceil(std::log2(top * 1.05))));
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, chart, update);
    update();
    return chart;
}

} // namespace Patronage::MonthCharts
