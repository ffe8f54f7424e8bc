#pragma once

#include <QPointer>
#include <QWizardPage>

#include "core/import/ImportReport.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Patronage {

class ImportJob;

/// Runs the import with a progress bar and Cancel, then shows the report.
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportProgressPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;
    void cancel();
    QString reportText() const;

    /// The report of a set of imports, as people read it.
    static QString describe(const QList<ImportReport> &reports);

Q_SIGNALS:
    void imported();

private:
    void finish(const QList<ImportReport> &reports, bool jobCancelled = false);

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPlainTextEdit *m_report;
    QPushButton *m_copy;
    QPointer<ImportJob> m_job;
    bool m_done = false;
};

} // namespace Patronage
