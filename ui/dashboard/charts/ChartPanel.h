#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;

namespace Patronage {

/// A titled chart with a Save button (PNG or SVG); extra controls go in its header.
class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    ChartPanel(const QString &title, QChart *chart, QWidget *parent = nullptr);

    QChart *chart() const;
    void addHeaderWidget(QWidget *widget);
    /// Saves the chart as PNG or SVG, by the file's extension.
    bool saveTo(const QString &path) const;

private:
    void chooseFileAndSave();

    QLabel *m_title;
    QHBoxLayout *m_header;
    QChartView *m_view;
};

} // namespace Patronage
