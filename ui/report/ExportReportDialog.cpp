#include "ui/report/ExportReportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "core/error/SafeText.h"
#include "core/jobs/Job.h"
#include "core/report/MonthlyReport.h"
#include "ui/AppText.h"
#include "ui/DisplayFormat.h"
#include "ui/StoreSession.h"
#include "ui/report/MonthlyReportDocument.h"

namespace Patronage {

namespace {
constexpr auto kFolderKey = "report/folder";
constexpr auto kPaperKey = "report/paper";
constexpr auto kShopNamesKey = "report/shopNames"; ///< store path -> the shop's name last written
} // namespace

ExportReportDialog::ExportReportDialog(StoreSession *session, MonthIndex month, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_month(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_shopName(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("Save…"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Export Report"));
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_shopName->setObjectName(QStringLiteral("reportShopName"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (const MonthResult &m : session->months())
        m_month->addItem(DisplayFormat::month(m.month, session->snapshot().dataDay), m.month);
    const int monthIndex = m_month->findData(month);
    m_month->setCurrentIndex(monthIndex >= 0 ? monthIndex : m_month->count() - 1);

    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    const int paper = QSettings().value(kPaperKey, int(MonthlyReportDocument::defaultPageSize())).toInt();
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(paper)));

    const QString remembered = QSettings().value(kShopNamesKey).toMap().value(session->path()).toString();
    m_shopName->setText(remembered.isEmpty() ? MonthlyReportDocument::defaultShopName(session->path()) : remembered);

    auto *form = new QFormLayout;
    form->addRow(tr("Month"), m_month);
    form->addRow(tr("Shop name"), m_shopName);
    form->addRow(tr("Paper (PDF)"), m_paper);
    auto *what = new QLabel(tr("Four pages to hand on: the month's figures and charts, the comparison with a year "
                               "before and who moved most, what customers are worth, and retention. Save as PDF "
                               "to print, or as HTML for a browser or an e-mail."),
                            this);
    what->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_save->setDefault(true);
    m_save->setEnabled(m_month->count() > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    connect(m_save, &QPushButton::clicked, this, &ExportReportDialog::chooseFileAndSave);
    // Close, or Cancel while the figures are worked out.
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        else
            reject();
    });
}

QString ExportReportDialog::status() const
{
    return m_status->text();
}

QString ExportReportDialog::suggestedFileName() const
{
    return asFileName(tr("%1 report %2")
                          .arg(m_shopName->text().trimmed(), monthText(MonthIndex(m_month->currentData().toInt()))))
        .trimmed();
}

void ExportReportDialog::chooseFileAndSave()
{
    const QString folder =
        QSettings().value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString pdf = tr("PDF document (*.pdf)");
    const QString html = tr("Web page (*.html)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
                                                QDir(folder).filePath(suggestedFileName() + QStringLiteral(".pdf")),
                                                pdf + QStringLiteral(";;") + html, &filter);
    if (path.isEmpty())
        return;
    if (!MonthlyReportDocument::isReportPath(path))
        path += filter == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    saveTo(path);
}

void ExportReportDialog::setWorking(bool working)
{
    m_close->setEnabled(true);
    for (QWidget *control : {static_cast<QWidget *>(m_month), static_cast<QWidget *>(m_paper),
                             static_cast<QWidget *>(m_shopName), static_cast<QWidget *>(m_save)})
        control->setEnabled(!working);
    m_close->setText(working ? tr("Cancel") : tr("Close"));
}

void ExportReportDialog::fail(const Error &error)
{
    m_job = nullptr;
    setWorking(false);
    m_status->setText(tr("The report was not saved. %1").arg(appMessage(error)));
    Q_EMIT failed(m_status->text());
}

void ExportReportDialog::write(MonthlyReportDocument::Pages pages, const QString &path)
{
    // Short, and written whole or not at all: it is not offered to cancel.
    m_close->setEnabled(false);
    auto *task = Task<bool>::start(this, [pages = std::move(pages), path](JobContext &) -> Result<bool> {
        if (const Status written = MonthlyReportDocument::write(pages, path); !written)
            return written.error();
        return true;
    });
    m_job = task;
    connect(task, &Job::succeeded, this, [this, path] {
        m_job = nullptr;
        setWorking(false);
        m_status->setText(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
        Q_EMIT saved(path);
    });
    connect(task, &Job::failed, this, &ExportReportDialog::fail);
    connect(task, &Job::cancelled, this, &ExportReportDialog::cancelled);
}

void ExportReportDialog::cancelled()
{
    m_job = nullptr;
    setWorking(false);
    m_status->setText(tr("Cancelled: nothing was saved."));
}

void ExportReportDialog::done(int result)
{
    // Closed (Escape, or the store closing it): the work for it stops.
    if (m_job)
        m_job->cancel();
    QDialog::done(result);
}

void ExportReportDialog::saveTo(const QString &path)
{
    if (m_job || m_month->count() == 0)
        return;
    const MonthIndex month = MonthIndex(m_month->currentData().toInt());
    MonthlyReportDocument::Options options;
    options.shopName = m_shopName->text().trimmed();
    options.pageSize = QPageSize::PageSizeId(m_paper->currentData().toInt());
    QSettings settings;
    settings.setValue(kPaperKey, int(options.pageSize));
    QVariantMap names = settings.value(kShopNamesKey).toMap();
    names.insert(m_session->path(), options.shopName);
    settings.setValue(kShopNamesKey, names);

    setWorking(true);
    m_status->setText(tr("Working out the report of %1…").arg(monthText(month)));
    // The figures off the GUI thread; the charts are drawn on it (widgets), which takes a moment.
    auto *task = Task<MonthlyReport>::start(this, [snapshot = m_session->snapshot(), month](JobContext &job) {
        return MonthlyReports::gather(snapshot, month, job.cancelToken());
    });
    m_job = task;
    connect(task, &Job::succeeded, this, [this, task, path, options, generation = m_session->generation()] {
        m_job = nullptr;
        if (generation != m_session->generation()) {
            setWorking(false);
            m_status->setText(tr("The store changed while the report was worked out: save it again."));
            return;
        }
        // The charts are drawn here (widgets, a few tens of milliseconds); the pages are laid out
        // and written off the GUI thread. The dialog stays busy until the file is written.
        m_status->setText(tr("Drawing the charts and writing %1…").arg(QDir::toNativeSeparators(path)));
        write(MonthlyReportDocument::draw(task->result(), options), path);
    });
    connect(task, &Job::failed, this, &ExportReportDialog::fail);
    connect(task, &Job::cancelled, this, &ExportReportDialog::cancelled);
}

} // namespace Patronage
