#include "ui/dashboard/charts/ChartPanel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QTextOption>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

#include "core/error/SafeText.h"

namespace Patronage {

namespace {
constexpr auto kFolderKey = "charts/saveFolder";
}

ChartPanel::ChartPanel(const QString &title, QChart *chart, QWidget *parent)
    : QFrame(parent)
    , m_titleText(title)
    , m_title(new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this))
    , m_header(new QHBoxLayout)
    , m_view(new QChartView(chart, this))
    , m_legend(new QLabel(this))
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
    layout->addWidget(m_legend);
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignCenter);
    m_legend->setTextFormat(Qt::RichText);
    chart->legend()->setVisible(false);

    const QList<QAbstractSeries *> series = chart->series();
    auto *bars = series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(series.first());
    if (bars) {
        // Bar sets come and take their colours when the model fills them.
        connect(bars, &QAbstractBarSeries::barsetsAdded, this, [this, bars](const QList<QBarSet *> &sets) {
            for (QBarSet *set : sets)
                connect(set, &QBarSet::colorChanged, this, &ChartPanel::updateLegend);
            updateLegend();
        });
        for (QBarSet *set : bars->barSets())
            connect(set, &QBarSet::colorChanged, this, &ChartPanel::updateLegend);
        connect(bars, &QAbstractBarSeries::hovered, this, [this, bars](bool on, int row, QBarSet *set) {
            Q_EMIT barHovered(on, row, int(bars->barSets().indexOf(set)), set->at(row));
        });
        connect(bars, &QAbstractBarSeries::clicked, this,
                [this, bars](int row, QBarSet *set) { Q_EMIT barClicked(row, int(bars->barSets().indexOf(set))); });
    }
    updateLegend();
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

QString ChartPanel::legendHtml() const
{
    return m_legend->isHidden() ? QString() : m_legend->text();
}

QImage ChartPanel::chartImage(qreal scale) const
{
    const QSize size = (QSizeF(m_view->size()) * scale).toSize();
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_view->render(&painter, QRectF(QPointF(), size), m_view->viewport()->rect());
    painter.end();
    return image;
}

void ChartPanel::setLegendVisible(bool visible)
{
    m_legend->setVisible(visible);
}

void ChartPanel::updateLegend()
{
    // Non-breaking spaces inside an entry, plain ones between: a long legend wraps between names.
    const auto entry = [](const QColor &color, const QString &symbol, const QString &name) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
            .arg(color.name(), symbol, name.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    };
    QStringList entries;
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                entries.append(entry(set->color(), QStringLiteral("\u25A0"), set->label()));
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            const bool dashed = line->pen().style() != Qt::SolidLine;
            const QString symbol = dashed ? QStringLiteral("\u254C\u254C")
                : line->pointsVisible()   ? QStringLiteral("\u2501\u25CF\u2501")
                                          : QStringLiteral("\u2501\u2501");
            entries.append(entry(line->pen().color(), symbol, line->name()));
        }
    }
    m_legend->setText(entries.join(QStringLiteral(" &nbsp; ")));
}

void ChartPanel::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(m_header->count() - 1, widget);
}

QString ChartPanel::suggestedFileName(const QString &extension) const
{
    return asFileName(m_titleText) + QLatin1Char('.') + extension;
}

bool ChartPanel::saveTo(const QString &path) const
{
    // Drawn larger than on screen (vector drawing: labels stay sharp), the title above.
    const QSize onScreen = m_view->size();
    const double scale = std::max(1.0, 1200.0 / std::max(1, onScreen.width()));
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3 * scale);
    const int titleHeight = QFontMetrics(titleFont).height() * 2;
    const int width = qRound(onScreen.width() * scale);
    const int chartHeight = qRound(onScreen.height() * scale);
    QTextDocument legend;
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * scale);
    legend.setDefaultFont(legendFont);
    legend.setDefaultTextOption(QTextOption(Qt::AlignCenter));
    legend.setHtml(!m_legend->isHidden() ? m_legend->text() : QString());
    legend.setTextWidth(width);
    const QSize size(width, titleHeight + chartHeight + qRound(legend.size().height()));
    const auto draw = [&](QPainter &painter) {
        painter.fillRect(QRect(QPoint(), size), Qt::white);
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        painter.drawText(QRect(0, 0, size.width(), titleHeight), Qt::AlignCenter, m_titleText);
        m_view->render(&painter, QRectF(0, titleHeight, width, chartHeight), m_view->viewport()->rect());
        painter.translate(0, titleHeight + chartHeight);
        legend.drawContents(&painter);
    };
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(), size));
        generator.setTitle(m_titleText);
        QPainter painter;
        if (!painter.begin(&generator))
            return false;
        draw(painter);
        return painter.end() && QFileInfo(path).size() > 0;
    }
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    draw(painter);
    painter.end();
    return image.save(path, "PNG");
}

void ChartPanel::chooseFileAndSave()
{
    QSettings settings;
    const QString folder =
        settings.value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    const QString png = tr("PNG picture (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"),
                                                QDir(folder).filePath(suggestedFileName(QStringLiteral("png"))),
                                                png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    if (!saveTo(path))
        QMessageBox::warning(this, tr("Chart not saved"),
                             tr("Could not write %1: check that the folder exists and that you may write there.")
                                 .arg(QDir::toNativeSeparators(path)));
}

void ChartPanel::showBarToolTip(int row, const QString &text)
{
    // The month's whole column of the plot: the tip goes when the pointer leaves it.
    QChart *c = chart();
    const QPointF left = c->mapToPosition(QPointF(row - 0.5, 0));
    const QPointF right = c->mapToPosition(QPointF(row + 0.5, 0));
    const QRectF plot = c->plotArea();
    const QRectF column(QPointF(left.x(), plot.top()), QPointF(right.x(), plot.bottom()));
    const QRect inView = m_view->mapFromScene(c->mapToScene(column)).boundingRect();
    QToolTip::showText(QCursor::pos(), text, m_view, inView, 30000);
}

} // namespace Patronage
