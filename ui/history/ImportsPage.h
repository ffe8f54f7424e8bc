#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace Patronage {

class ImportHistoryModel;
class Job;
class StoreSession;

/// The open store's totals and what was imported when.
class ImportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportsPage(StoreSession *session, QWidget *parent = nullptr);

    /// Reads the totals and the history again, off the GUI thread.
    void refresh();
    ImportHistoryModel *model() const { return m_model; }

Q_SIGNALS:
    void importRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void clear();

    StoreSession *m_session;
    ImportHistoryModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    QPointer<Job> m_refresh;
    bool m_stale = false; ///< asked to refresh while hidden
};

} // namespace Patronage
