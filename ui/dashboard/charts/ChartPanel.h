#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;

namespace Patronage {

/// A titled chart with a Save button (PNG or SVG); extra controls go in its
/// header. Its bars say when they are hovered and clicked, in terms of the
/// model the chart reads: the row, and which of the bar sets.
class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    ChartPanel(const QString &title, QChart *chart, QWidget *parent = nullptr);

    QChart *chart() const;
    void addHeaderWidget(QWidget *widget);
    void setLegendVisible(bool visible);
    /// Saves the chart as PNG or SVG, by the file's extension.
    bool saveTo(const QString &path) const;

Q_SIGNALS:
    void barHovered(bool on, int row, int barSet, double value);
    void barClicked(int row, int barSet);

private:
    void chooseFileAndSave();

    QLabel *m_title;
    QHBoxLayout *m_header;
    QChartView *m_view;
};

} // namespace Patronage
