#pragma once

#include <QDialog>
#include <QPointer>

#include "core/calendar/Calendar.h"
#include "ui/report/MonthlyReportDocument.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Patronage {

class Job;
class StoreSession;

/// File › Export Report…: the monthly report of a month of the open store, as
/// PDF (A4 or US Letter) or HTML, with the shop's name on every page. The
/// figures are worked out off the GUI thread (Cancel stops it), then the
/// charts are drawn and the file written whole or not at all.
class ExportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportReportDialog(StoreSession *session, MonthIndex month, QWidget *parent = nullptr);

    /// Writes the report to \a path (.pdf or .html); saved() or failed() tells how it went.
    void saveTo(const QString &path);
    bool isWorking() const { return !m_job.isNull(); }
    QString status() const;

Q_SIGNALS:
    void saved(const QString &path);
    void failed(const QString &message);

protected:
    void done(int result) override;

private:
    void cancelled();
    void chooseFileAndSave();
    void setWorking(bool working);
    /// Writes the drawn pages off the GUI thread.
    void write(MonthlyReportDocument::Pages pages, const QString &path);
    void fail(const Error &error);
    QString suggestedFileName() const;

    StoreSession *m_session;
    QComboBox *m_month;
    QComboBox *m_paper;
    QLineEdit *m_shopName;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_close;
    QPointer<Job> m_job;
};

} // namespace Patronage
