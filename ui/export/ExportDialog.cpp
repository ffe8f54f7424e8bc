#include "ui/export/ExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

#include "core/jobs/Job.h"
#include "core/report/ReportWriter.h"
#include "ui/AppText.h"

namespace Patronage {

namespace {
const QString kStyleKey = QStringLiteral("export/style");
const QString kShopifyFolderKey = QStringLiteral("export/shopifyFolder");
constexpr int kShopifyTags = -1; ///< the style box's entry for the Shopify tags
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
    , m_chooseShopify(new QPushButton(tr("Choose Your Shopify Customers Export…"), this))
    , m_shopifyFile(new QLabel(this))
{
    setWindowTitle(tr("Export Customers"));
    m_style->setObjectName(QStringLiteral("exportStyle"));
    m_style->addItem(tr("Patronage columns (CSV)"), int(ExportStyle::Plain));
    m_style->addItem(tr("Klaviyo list import"), int(ExportStyle::Klaviyo));
    m_style->addItem(tr("Mailchimp audience import"), int(ExportStyle::Mailchimp));
    m_style->addItem(tr("Hashed e-mails for ad audiences (SHA-256)"), int(ExportStyle::Hashed));
    m_style->addItem(tr("Shopify customer tags"), kShopifyTags);
    m_chooseShopify->setObjectName(QStringLiteral("chooseShopifyExport"));
    m_shopifyFile->setObjectName(QStringLiteral("shopifyExportFile"));
    m_shopifyFile->setWordWrap(true);
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
    connect(m_chooseShopify, &QPushButton::clicked, this, &ExportDialog::chooseShopifyExport);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_style);
    form->addRow(QString(), m_chooseShopify);
    form->addRow(QString(), m_shopifyFile);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    updateCount();
}

ExportStyle ExportDialog::style() const
{
    return tagsForShopify() ? ExportStyle::Plain : ExportStyle(m_style->currentData().toInt());
}

bool ExportDialog::tagsForShopify() const
{
    return m_style->currentData().toInt() == kShopifyTags;
}

void ExportDialog::chooseShopifyExport()
{
    const QString folder =
        QSettings()
            .value(kShopifyFolderKey, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
            .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Your Shopify Customers Export"), folder,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kShopifyFolderKey, QFileInfo(path).absolutePath());
    useShopifyExport(path);
}

void ExportDialog::useShopifyExport(const QString &path)
{
    struct Read {
        std::shared_ptr<const ShopifyTags::CustomersExport> customers;
        ShopifyTags::Written count;
    };
    m_shopifyFile->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    m_chooseShopify->setEnabled(false);
    m_shopify = nullptr; // Save waits for this file
    updateCount();
    // A shop's export and a list of many customers take a moment: off the GUI thread.
    auto *task = Task<Read>::start(
        this, [path, list = m_list, currency = m_currency, scope = m_scope](JobContext &) -> Result<Read> {
            const QSet<QString> emails = ShopifyTags::emailsOf(list);
            Result<ShopifyTags::CustomersExport> read = ShopifyTags::CustomersExport::read(
                path, [&emails](const QString &email) { return emails.contains(email); });
            if (!read)
                return read.error();
            auto customers = std::make_shared<const ShopifyTags::CustomersExport>(std::move(read).value());
            return Read{customers, ShopifyTags::count(list, *customers, currency, scope)};
        });
    connect(task, &Job::succeeded, this, [this, task, path] {
        m_shopify = task->result().customers;
        m_shopifyCount = task->result().count;
        m_shopifyFile->setText(tr("%1: %Ln customer(s) of your shop.", nullptr, int(m_shopify->size()))
                                   .arg(QDir::toNativeSeparators(path)));
        m_chooseShopify->setEnabled(true);
        updateCount();
        Q_EMIT shopifyExportRead(true);
    });
    connect(task, &Job::failed, this, [this](const Error &error) {
        m_shopify = nullptr;
        m_shopifyFile->setText(appMessage(error));
        m_chooseShopify->setEnabled(true);
        updateCount();
        Q_EMIT shopifyExportRead(false);
    });
}

void ExportDialog::updateCount()
{
    m_chooseShopify->setVisible(tagsForShopify());
    m_shopifyFile->setVisible(tagsForShopify());
    if (tagsForShopify()) {
        m_hint->setText(tr("Shopify's customer import, with each customer's group, life cycle, RFM group and "
                           "churn risk as tags beside the shop's own. Export your customers from Shopify "
                           "(Customers › Export, all customers, CSV) and choose that file: every other field is "
                           "written as Shopify exported it. Import the file in Shopify with “Overwrite "
                           "existing customers” ticked: last month's Patronage tags are replaced."));
        m_written = m_shopify ? m_shopifyCount.tagged : 0;
        if (!m_shopify) {
            m_count->setText(tr("Choose your Shopify customers export first."));
        } else {
            QString text = tr("%Ln customer(s) will be tagged.", nullptr, int(m_written));
            if (m_shopifyCount.notInExport > 0)
                text += QLatin1Char(' ')
                    + tr("%Ln listed customer(s) are not in your Shopify export and are left out.", nullptr,
                         int(m_shopifyCount.notInExport));
            if (m_shopifyCount.tooManyTags > 0)
                text += QLatin1Char(' ')
                    + tr("%Ln would have more than Shopify's 250 tags and are left out.", nullptr,
                         int(m_shopifyCount.tooManyTags));
            if (m_shopifyCount.others > 0 && m_scope == ShopifyTags::ListScope::WholeMonth)
                text += QLatin1Char(' ')
                    + tr("%Ln other customer(s) of your shop lose their older Patronage tags.", nullptr,
                         int(m_shopifyCount.others));
            else if (m_shopifyCount.others > 0)
                text += QLatin1Char(' ')
                    + tr("%Ln other customer(s) of your shop keep older Patronage tags: export the month's whole "
                         "list, without filters, to replace theirs.",
                         nullptr, int(m_shopifyCount.others));
            m_count->setText(text);
        }
        if (m_save)
            m_save->setEnabled(m_written > 0);
        return;
    }
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

bool ExportDialog::writeShopifyTags(const CustomerList &list, const ShopifyTags::CustomersExport &customers,
                                    const Currency &currency, ShopifyTags::ListScope scope, const QString &path,
                                    QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const Result<ShopifyTags::Written> written = ShopifyTags::write(list, customers, currency, scope, &file);
    if (!written || !file.commit()) {
        *error = written ? file.errorString() : written.error().detail;
        return false;
    }
    return true;
}

void ExportDialog::chooseFileAndExport()
{
    const QString styleName = tagsForShopify() ? QStringLiteral("shopify-tags") : exportStyleName(style());
    const QString suggested = m_suggestedName + QLatin1Char('-') + styleName + QStringLiteral(".csv");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Customers"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QSettings().setValue(kStyleKey, m_style->currentData().toInt());
    // A list of a million customers takes seconds to write: off the GUI thread.
    setEnabled(false);
    m_count->setText(tr("Writing %1…").arg(path));
    auto *task = Task<bool>::start(this,
                                   [list = m_list, style = style(), currency = m_currency, path, scope = m_scope,
                                    shopify = tagsForShopify() ? m_shopify : nullptr](JobContext &) -> Result<bool> {
                                       QString error;
                                       const bool written = shopify
                                           ? writeShopifyTags(list, *shopify, currency, scope, path, &error)
                                           : write(list, style, currency, path, &error);
                                       if (!written)
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
