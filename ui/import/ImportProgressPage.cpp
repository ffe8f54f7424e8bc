#include "ui/import/ImportProgressPage.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/import/ImportText.h"
#include "core/jobs/ImportJob.h"
#include "ui/AppText.h"
#include "ui/import/ImportWizard.h"

namespace Patronage {

ImportProgressPage::ImportProgressPage(QWidget *parent)
    : QWizardPage(parent)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel Import"), this))
    , m_report(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy Report"), this))
{
    setTitle(tr("Importing"));
    m_progress->setRange(0, 1000);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    m_report->setFont(QFont(QStringLiteral("monospace")));
    m_copy->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressPage::cancel);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_report->toPlainText()); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_copy, 0, Qt::AlignRight);
}

void ImportProgressPage::initializePage()
{
    auto *wizard = qobject_cast<ImportWizard *>(this->wizard());
    m_done = false;
    m_report->clear();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Reading %1…").arg(QFileInfo(wizard->files().first()).fileName()));
    m_job = ImportJob::start(this, wizard->storePath(), wizard->files(), wizard->options());
    connect(m_job, &ImportJob::fileStarted, this, [this, wizard](int file, int count) {
        m_status->setText(tr("Reading %1 (%2 of %3)…")
                              .arg(QFileInfo(wizard->files().value(file)).fileName())
                              .arg(file + 1)
                              .arg(count));
    });
    connect(m_job, &Job::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(double(done) / double(total) * 1000) : 0);
    });
    ImportJob *job = m_job;
    connect(job, &Job::succeeded, this, [this, job] { finish(job->reports()); });
    connect(job, &Job::cancelled, this, [this, job] { finish(job->reports(), true); });
    connect(job, &Job::failed, this, [this](const Error &error) {
        ImportReport failed;
        failed.error = error;
        finish({failed});
    });
    Q_EMIT completeChanged();
}

bool ImportProgressPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportProgressPage::cancel()
{
    if (!isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: the file being read is rolled back…"));
}

void ImportProgressPage::finish(const QList<ImportReport> &reports, bool jobCancelled)
{
    m_done = true;
    m_progress->setValue(1000);
    m_cancel->setEnabled(false);
    m_copy->setEnabled(true);
    const bool anyImported = std::any_of(reports.begin(), reports.end(), [](const ImportReport &r) { return r.ok; });
    // Cancelled before its first file began: nothing was read, nothing to report but that.
    const bool cancelledBeforeStart = jobCancelled && reports.isEmpty();
    const bool cancelled = cancelledBeforeStart
        || std::any_of(reports.begin(), reports.end(), [](const ImportReport &r) { return r.cancelled; });
    m_status->setText(cancelled         ? tr("Cancelled. The store is as it was before the cancelled file.")
                          : anyImported ? tr("Done.")
                                        : tr("Nothing was imported."));
    m_report->setPlainText(cancelledBeforeStart
                               ? tr("The import was cancelled before any file was read: the store is unchanged.")
                               : describe(reports));
    if (anyImported)
        Q_EMIT imported();
    Q_EMIT completeChanged();
}

QString ImportProgressPage::reportText() const
{
    return m_report->toPlainText();
}

bool ImportProgressPage::isComplete() const
{
    return m_done;
}

QString ImportProgressPage::describe(const QList<ImportReport> &reports)
{
    QString text;
    for (const ImportReport &r : reports) {
        text += QFileInfo(r.filePath).fileName() + QLatin1Char('\n');
        if (!r.ok) {
            text += tr("  not imported: %1\n  The store is unchanged by this file.\n\n").arg(appMessage(r.error));
            continue;
        }
        text += tr("  %1 · %2 · dates %3 · decimal %4\n")
                    .arg(formatDisplayName(r.format), encodingName(r.dialect.encoding), r.dateLayout, r.decimalSymbol);
        text += tr("  rows read %1\n  new orders %2\n  updated orders %3\n  unchanged orders %4\n  credit notes %5\n"
                   "  guest orders %6\n  rows skipped %7\n")
                    .arg(r.rowsRead)
                    .arg(r.ordersInserted)
                    .arg(r.ordersUpdated)
                    .arg(r.ordersUnchanged)
                    .arg(r.creditNotes)
                    .arg(r.guestOrders)
                    .arg(r.rowsSkipped);
        for (const SkippedRow &row : r.skipped) {
            text += tr("    skipped line %1, column %2 (\"%3\"): %4\n")
                        .arg(row.line)
                        .arg(row.column)
                        .arg(row.value, ImportText::skipReason(row.reason));
        }
        for (const RowNote &row : r.notes) {
            text += tr("    note on line %1, column %2 (\"%3\"): %4\n")
                        .arg(row.line)
                        .arg(row.column)
                        .arg(row.customer, ImportText::note(row));
        }
        if (!r.alreadyImportedAt.isEmpty())
            text += tr("  This file was imported before (%1): nothing was counted twice.\n").arg(r.alreadyImportedAt);
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace Patronage
