#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QImage;
class QHBoxLayout;
class QLabel;

namespace Patronage {

/// A titled chart with a Save button (PNG or SVG); extra controls go in its
/// header. Its bars say when they are hovered and clicked, in terms of the
/// model the chart reads: the row, and which of the bar sets; a bar's tooltip
/// stays while the pointer is on the bar's month.
class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    ChartPanel(const QString &title, QChart *chart, QWidget *parent = nullptr);

    QChart *chart() const;
    QString title() const { return m_titleText; }
    /// The legend as rich text (coloured symbols and names), as shown under the chart.
    QString legendHtml() const;
    /// The chart alone, drawn \a scale times its size on screen (vector drawing: sharp when printed).
    QImage chartImage(qreal scale) const;
    void addHeaderWidget(QWidget *widget);
    void setLegendVisible(bool visible);
    /// Saves the chart with its title as PNG or SVG, by the file's extension,
    /// at least 1,200 pixels wide whatever its size on screen.
    bool saveTo(const QString &path) const;
    /// The name Save proposes: the title and \a extension ("Customers by group.png").
    QString suggestedFileName(const QString &extension) const;
    /// Shows \a text beside the pointer for as long as it stays on month \a row.
    void showBarToolTip(int row, const QString &text);

Q_SIGNALS:
    void barHovered(bool on, int row, int barSet, double value);
    void barClicked(int row, int barSet);

private:
    void chooseFileAndSave();
    /// The legend under the chart, built from its series: it wraps rather than cuts names.
    void updateLegend();

    QString m_titleText;
    QLabel *m_title;
    QHBoxLayout *m_header;
    QChartView *m_view;
    QLabel *m_legend;
};

} // namespace Patronage
