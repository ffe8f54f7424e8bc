#pragma once

#include <QPoint>
#include <QPointer>
#include <QWidget>

#include "core/calendar/Calendar.h"

class QComboBox;
class QLabel;
class QTableView;

namespace Patronage {

class CustomerTableModel;
class GroupComparisonModel;
class Job;
class MatrixModel;
class StoreSession;

/// Two months side by side: group sizes and revenue shares with their
/// change, the cut-offs at both, and who moved from which group to which.
class ComparePage : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePage(StoreSession *session, QWidget *parent = nullptr);

    MatrixModel *matrix() const { return m_matrix; }
    CustomerTableModel *movers() const { return m_movers; }
    QTableView *matrixView() const { return m_matrixView; }
    void setMonths(MonthIndex from, MonthIndex to);

Q_SIGNALS:
    void matrixReady();
    void matrixFailed(const QString &message);
    void moversReady();

private:
    void reloadMonths();
    void clear();
    void compare();
    /// Lists the customers of the matrix's selected cells.
    void listSelectedCells();
    void listCells(const QList<QPoint> &cells);
    void exportMovers();

    StoreSession *m_session;
    QComboBox *m_from;
    QComboBox *m_to;
    GroupComparisonModel *m_groups;
    QLabel *m_cutoffs;
    MatrixModel *m_matrix;
    QTableView *m_matrixView;
    QLabel *m_moversTitle;
    CustomerTableModel *m_movers;
    QList<QPoint> m_listedCells; ///< (column, row) of the cells whose customers are listed
    QPointer<Job> m_compareJob;
    QPointer<Job> m_moversJob;
};

} // namespace Patronage
