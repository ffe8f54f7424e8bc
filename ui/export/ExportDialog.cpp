#include "ui/export/ExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

#include "core/jobs/Job.h"
#include "core/report/ReportWriter.h"

namespace Patronage {

namespace {
const QString kStyleKey = QStringLiteral("export/style");
} // namespace

ExportDialog::ExportDialog(CustomerList list, const Currency &currency, const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_list(std::move(list))
    , m_currency(currency)
    , m_suggestedName(suggestedName)
    , m_style(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_save(nullptr)
{
    setWindowTitle(tr("Export Customers"));
    m_style->setObjectName(QStringLiteral("exportStyle"));
    m_style->addItem(tr("Patronage columns (CSV)"), int(ExportStyle::Plain));
    m_style->addItem(tr("Klaviyo list import"), int(ExportStyle::Klaviyo));
    m_style->addItem(tr("Mailchimp audience import"), int(ExportStyle::Mailchimp));
    m_style->addItem(tr("Hashed e-mails for ad audiences (SHA-256)"), int(ExportStyle::Hashed));
    m_count->setObjectName(QStringLiteral("exportCount"));
    m_count->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("exportHint"));
    m_hint->setWordWrap(true);
    const int remembered = m_style->findData(QSettings().value(kStyleKey, int(ExportStyle::Plain)).toInt());
    m_style->setCurrentIndex(std::max(0, remembered));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("exportSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_style, &QComboBox::currentIndexChanged, this, &ExportDialog::updateCount);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_style);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    updateCount();
}

ExportStyle ExportDialog::style() const
{
    return ExportStyle(m_style->currentData().toInt());
}

void ExportDialog::updateCount()
{
    // Mail and ad tools need an e-mail address; counting is enough, the file is made on saving.
    m_written = CustomerExport::count(m_list, style());
    const qsizetype written = m_written;
    const qsizetype left = m_list.size() - written;
    QString text = tr("%Ln customer(s) will be written.", nullptr, int(written));
    if (left > 0)
        text += QLatin1Char(' ') + tr("%Ln without an e-mail address are left out.", nullptr, int(left));
    m_count->setText(text);
    switch (style()) {
    case ExportStyle::Plain: m_hint->setText(tr("Every figure Patronage shows of each customer.")); break;
    case ExportStyle::Klaviyo:
        m_hint->setText(tr("Each Patronage column becomes a profile property; next month's import replaces it."));
        break;
    case ExportStyle::Mailchimp:
        m_hint->setText(tr("Group, life cycle, churn risk and RFM group are audience fields, not tags, which "
                           "imports would pile up. Tick \u201cUpdate any existing contacts\u201d when you import: each "
                           "field then replaces last month's value."));
        break;
    case ExportStyle::Hashed:
        m_hint->setText(tr("For a custom audience of an ad platform: no names, no figures."));
        break;
    }
    if (m_save)
        m_save->setEnabled(written > 0);
}

bool ExportDialog::write(const CustomerList &list, ExportStyle style, const Currency &currency, const QString &path,
                         QString *error)
{
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly);
    if (written) {
        ReportWriter writer(&file, ReportTable::Format::Csv, CustomerExport::header(style, list.figures()),
                            CustomerExport::numericColumns(style, list.figures()));
        written = CustomerExport::write(list, style, currency, writer);
    }
    if (!written || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ExportDialog::chooseFileAndExport()
{
    const QString suggested = m_suggestedName + QLatin1Char('-') + exportStyleName(style()) + QStringLiteral(".csv");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Customers"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QSettings().setValue(kStyleKey, int(style()));
    // A list of a million customers takes seconds to write: off the GUI thread.
    setEnabled(false);
    m_count->setText(tr("Writing %1…").arg(path));
    auto *task = Task<bool>::start(
        this, [list = m_list, style = style(), currency = m_currency, path](JobContext &) -> Result<bool> {
            QString error;
            if (!write(list, style, currency, path, &error))
                return Error(ErrorCode::OutputWriteFailed).withDetail(error);
            return true;
        });
    connect(task, &Job::succeeded, this, [this, path, written = m_written] {
        QMessageBox::information(this, tr("Customers exported"),
                                 tr("%Ln customer(s) written to %1.", nullptr, int(written)).arg(path));
        accept();
    });
    connect(task, &Job::failed, this, [this, path](const Error &error) {
        setEnabled(true);
        updateCount();
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error.detail));
    });
}

} // namespace Patronage
