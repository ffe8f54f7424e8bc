#include "ui/dashboard/charts/ChartPanel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace Patronage {

ChartPanel::ChartPanel(const QString &title, QChart *chart, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this))
    , m_header(new QHBoxLayout)
    , m_view(new QChartView(chart, this))
{
    setFrameShape(QFrame::StyledPanel);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    auto *save = new QPushButton(tr("Save…"), this);
    save->setToolTip(tr("Save this chart as a PNG or SVG picture"));
    connect(save, &QPushButton::clicked, this, &ChartPanel::chooseFileAndSave);
    m_header->addWidget(m_title);
    m_header->addStretch();
    m_header->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(m_header);
    layout->addWidget(m_view, 1);

    const QList<QAbstractSeries *> series = chart->series();
    auto *bars = series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(series.first());
    if (bars) {
        connect(bars, &QAbstractBarSeries::hovered, this, [this, bars](bool on, int row, QBarSet *set) {
            Q_EMIT barHovered(on, row, int(bars->barSets().indexOf(set)), set->at(row));
        });
        connect(bars, &QAbstractBarSeries::clicked, this,
                [this, bars](int row, QBarSet *set) { Q_EMIT barClicked(row, int(bars->barSets().indexOf(set))); });
    }
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setLegendVisible(bool visible)
{
    chart()->legend()->setVisible(visible);
}

void ChartPanel::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(m_header->count() - 1, widget);
}

bool ChartPanel::saveTo(const QString &path) const
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(m_view->size());
        generator.setViewBox(m_view->rect());
        generator.setTitle(m_title->text());
        QPainter painter;
        if (!painter.begin(&generator))
            return false;
        m_view->render(&painter);
        return painter.end();
    }
    return m_view->grab().save(path);
}

void ChartPanel::chooseFileAndSave()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Chart"), QString(), tr("PNG picture (*.png);;SVG drawing (*.svg)"));
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace Patronage
