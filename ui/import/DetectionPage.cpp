#include "ui/import/DetectionPage.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "core/import/ImportPreview.h"
#include "core/jobs/Job.h"
#include "ui/AppText.h"
#include "ui/import/ImportWizard.h"
#include "ui/import/PreviewModel.h"

namespace Patronage {

namespace {

constexpr ImportFormat kFormats[] = {ImportFormat::Auto,      ImportFormat::Shopify, ImportFormat::WooCommerce,
                                     ImportFormat::WebToffee, ImportFormat::Magento, ImportFormat::TransactionLines,
                                     ImportFormat::Generic};
constexpr Field kMappable[] = {Field::Order,    Field::Customer,  Field::Email,    Field::Name,
                               Field::Date,     Field::Total,     Field::Refunded, Field::OrderStatus,
                               Field::Quantity, Field::UnitPrice, Field::Currency};

} // namespace

DetectionPage::DetectionPage(QWidget *parent)
    : QWizardPage(parent)
    , m_file(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_separator(new QComboBox(this))
    , m_dateFormat(new QLineEdit(this))
    , m_currency(new QLineEdit(this))
    , m_detected(new QLabel(this))
    , m_mappingBox(new QGroupBox(tr("Columns"), this))
    , m_error(new QLabel(this))
    , m_model(new PreviewModel(this))
    , m_table(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    setTitle(tr("Is this read right?"));
    setSubTitle(tr("Check the dates and amounts below before importing. Change what was detected if it is wrong."));
    for (const ImportFormat format : kFormats)
        m_format->addItem(formatDisplayName(format), int(format));
    m_format->setItemText(0, tr("Detect from the columns"));
    m_format->setObjectName(QStringLiteral("format"));
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Detect"), -1);
    for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Windows1252})
        m_encoding->addItem(encodingName(encoding), int(encoding));
    m_separator->setObjectName(QStringLiteral("separator"));
    m_separator->addItem(tr("Detect"), -1);
    for (const char separator : {',', ';', '\t', '|'})
        m_separator->addItem(separatorName(separator), int(separator));
    m_dateFormat->setObjectName(QStringLiteral("dateFormat"));
    m_dateFormat->setPlaceholderText(tr("detected; or for example dd/MM/yyyy HH:mm"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setMaxLength(3);
    m_error->setObjectName(QStringLiteral("previewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("preview"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Text encoding:"), m_encoding);
    form->addRow(tr("Separator:"), m_separator);
    form->addRow(tr("Date format:"), m_dateFormat);
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(tr("Detected:"), m_detected);
    // However long the format's name and the file's details, the line wraps rather than cuts.
    m_detected->setObjectName(QStringLiteral("detected"));
    m_detected->setWordWrap(true);
    m_detected->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *mappingLayout = new QFormLayout(m_mappingBox);
    for (const Field field : kMappable) {
        auto *combo = new QComboBox(m_mappingBox);
        combo->setObjectName(QStringLiteral("map_") + fieldName(field));
        mappingLayout->addRow(tr("%1:").arg(fieldTitle(field)), combo);
        m_mapping.insert(int(field), combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &DetectionPage::schedulePreview);
    }
    m_mappingBox->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_mappingBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &DetectionPage::runPreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_mappingBox->setVisible(ImportFormat(m_format->currentData().toInt()) == ImportFormat::Generic);
        schedulePreview();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &DetectionPage::schedulePreview);
    connect(m_separator, &QComboBox::currentIndexChanged, this, &DetectionPage::schedulePreview);
    connect(m_dateFormat, &QLineEdit::textChanged, this, &DetectionPage::schedulePreview);
    connect(m_currency, &QLineEdit::textChanged, this, &DetectionPage::schedulePreview);
}

void DetectionPage::initializePage()
{
    auto *wizard = qobject_cast<ImportWizard *>(this->wizard());
    const QStringList files = wizard->files();
    m_file->setText(files.size() == 1 ? QFileInfo(files.first()).fileName()
                                      : tr("%1 (and %n more: read the same way)", nullptr, int(files.size() - 1))
                                            .arg(QFileInfo(files.first()).fileName()));
    m_currency->setPlaceholderText(wizard->storeCurrency().isEmpty() ? tr("from the file") : wizard->storeCurrency());
    runPreview();
}

void DetectionPage::schedulePreview()
{
    m_debounce->start();
}

ImportOptions DetectionPage::options() const
{
    ImportOptions options;
    options.format = ImportFormat(m_format->currentData().toInt());
    options.dateFormat = m_dateFormat->text().trimmed();
    options.currency = m_currency->text().trimmed();
    if (m_encoding->currentData().toInt() >= 0)
        options.encoding = TextEncoding(m_encoding->currentData().toInt());
    if (m_separator->currentData().toInt() >= 0)
        options.separator = char(m_separator->currentData().toInt());
    if (options.format == ImportFormat::Generic) {
        for (auto it = m_mapping.constBegin(); it != m_mapping.constEnd(); ++it) {
            if (it.value()->currentIndex() > 0)
                options.mapping.insert(Field(it.key()), it.value()->currentText());
        }
    }
    return options;
}

void DetectionPage::runPreview()
{
    auto *wizard = qobject_cast<ImportWizard *>(this->wizard());
    if (!wizard || wizard->files().isEmpty())
        return;
    if (m_preview)
        m_preview->cancel();
    m_previewOk = false;
    Q_EMIT completeChanged();
    auto *task = Task<ImportPreview>::start(
        this, [file = wizard->files().first(), options = options(), currency = wizard->storeCurrency()](JobContext &) {
            return Result<ImportPreview>(previewImport(file, options, currency));
        });
    m_preview = task;
    connect(task, &Job::succeeded, this, [this, task] { showPreview(task->result()); });
}

void DetectionPage::showPreview(const ImportPreview &preview)
{
    if (preview.headers != m_headers && !preview.headers.isEmpty())
        fillMapping(preview.headers);
    const ImportReport &d = preview.detected;
    m_previewOk = preview.ok();
    m_error->setText(preview.ok() ? QString() : appProblem(d.error));
    m_error->setVisible(!preview.ok());
    const bool needsMapping = d.error.code == ErrorCode::UnknownFormat || d.error.code == ErrorCode::MissingColumn
        || d.error.code == ErrorCode::MissingCustomerColumn;
    if (!preview.ok() && ImportFormat(m_format->currentData().toInt()) == ImportFormat::Auto && needsMapping) {
        // Not a known export: offer the mapping straight away.
        m_format->setCurrentIndex(m_format->findData(int(ImportFormat::Generic)));
    }
    if (preview.ok()) {
        m_detected->setText(tr("%1 · %2 · %3-separated · dates %4 · decimal %5 · %6")
                                .arg(formatDisplayName(d.format), encodingName(d.dialect.encoding),
                                     separatorName(d.dialect.separator), d.dateLayout, d.decimalSymbol,
                                     preview.currency.isEmpty() ? tr("no currency named") : preview.currency));
    } else {
        m_detected->setText(tr("—"));
    }
    m_model->setOrders(preview.orders, Currency::fromCode(preview.currency));
    m_table->resizeColumnsToContents();
    Q_EMIT completeChanged();
}

// Columns for a generic file: the remembered choice for this header layout,
// else a column whose name says what it holds.
void DetectionPage::fillMapping(const QStringList &headers)
{
    m_headers = headers;
    QSettings settings;
    const QVariantMap remembered = settings.value(QStringLiteral("import/mappings/") + headerKey()).toMap();
    for (auto it = m_mapping.constBegin(); it != m_mapping.constEnd(); ++it) {
        QComboBox *combo = it.value();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(none)"));
        combo->addItems(headers);
        const QString field = fieldName(Field(it.key()));
        QString choice = remembered.value(field).toString();
        if (choice.isEmpty()) {
            if (const qsizetype column = guessColumn(Field(it.key()), headers); column >= 0)
                choice = headers.at(column);
        }
        combo->setCurrentIndex(std::max(0, int(combo->findText(choice))));
    }
}

QString DetectionPage::headerKey() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(m_headers.join(QLatin1Char('\x1f')).toUtf8(), QCryptographicHash::Sha1).toHex());
}

bool DetectionPage::isComplete() const
{
    return m_previewOk;
}

bool DetectionPage::validatePage()
{
    if (ImportFormat(m_format->currentData().toInt()) == ImportFormat::Generic) {
        QVariantMap mapping;
        for (auto it = m_mapping.constBegin(); it != m_mapping.constEnd(); ++it) {
            if (it.value()->currentIndex() > 0)
                mapping.insert(fieldName(Field(it.key())), it.value()->currentText());
        }
        QSettings().setValue(QStringLiteral("import/mappings/") + headerKey(), mapping);
    }
    return true;
}

} // namespace Patronage
