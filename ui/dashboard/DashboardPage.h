#pragma once

#include <QWidget>

#include "core/calendar/Calendar.h"
#include "core/segment/Groups.h"

class QComboBox;
class QLabel;
class QStackedLayout;

namespace Patronage {

class ChartPanel;
class MonthTableModel;
class StoreSession;

/// Month-by-month charts of a month range, and tiles for a selected month.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(StoreSession *session, QWidget *parent = nullptr);

    MonthTableModel *model() const { return m_model; }
    QList<ChartPanel *> charts() const { return m_charts; }
    MonthIndex selectedMonth() const;
    void selectMonth(MonthIndex month);

Q_SIGNALS:
    /// The user clicked a group in a chart: browse its customers at that month.
    void openSegment(Patronage::LoyaltyGroup group, Patronage::MonthIndex month);

private:
    void reload();
    void clear();
    void applyRange();
    void updateTiles();
    void connectBars(ChartPanel *panel, bool groups, bool percent);

    StoreSession *m_session;
    MonthTableModel *m_model;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_month;
    QList<QLabel *> m_tiles;
    QList<ChartPanel *> m_charts;
    QStackedLayout *m_stack;
    QLabel *m_empty;
    QLabel *m_partialNote; ///< under the charts, when the last month shown is partial
};

} // namespace Patronage
