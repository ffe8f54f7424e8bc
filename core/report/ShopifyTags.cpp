#include "core/report/ShopifyTags.h"

#include <QFile>
#include <QIODevice>

#include "core/csv/CsvReader.h"
#include "core/csv/CsvSniffer.h"
#include "core/csv/TextDecoding.h"
#include "core/report/CustomerFigures.h"
#include "core/report/ReportTable.h"

namespace Patronage::ShopifyTags {

namespace {

// Shopify's customer CSV template, its columns in its order.
constexpr const char *kImportColumns[] = {"First Name",
                                          "Last Name",
                                          "Email",
                                          "Accepts Email Marketing",
                                          "Default Address Company",
                                          "Default Address Address1",
                                          "Default Address Address2",
                                          "Default Address City",
                                          "Default Address Province Code",
                                          "Default Address Country Code",
                                          "Default Address Zip",
                                          "Default Address Phone",
                                          "Phone",
                                          "Accepts SMS Marketing",
                                          "Tags",
                                          "Note",
                                          "Tax Exempt"};

// Each Patronage tag's prefix, and the figure it names.
constexpr std::pair<const char *, CustomerFigure> kTags[] = {{"Patronage Group: ", CustomerFigure::Group},
                                                             {"Patronage Life Cycle: ", CustomerFigure::LifeCycle},
                                                             {"Patronage RFM: ", CustomerFigure::RfmGroup},
                                                             {"Patronage Churn Risk: ", CustomerFigure::ChurnRisk}};

int tagsColumn()
{
    return int(importHeader().indexOf(QStringLiteral("Tags")));
}

QString emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

// The row of \a row's customer with its tags replaced, or nothing (see Written).
enum class Outcome { Tagged, NotInExport, TooManyTags };
Outcome tagged(const CustomerRow &row, const CustomersExport &customers, const Currency &currency, QStringList *cells)
{
    const QStringList *exported = row.email.trimmed().isEmpty() ? nullptr : customers.rowOf(row.email);
    if (!exported)
        return Outcome::NotInExport;
    const QStringList tags = mergedTags(exported->at(tagsColumn()), tagsOf(row, currency));
    if (tags.size() > kMaxTags)
        return Outcome::TooManyTags;
    *cells = *exported;
    (*cells)[tagsColumn()] = tags.join(QStringLiteral(", "));
    return Outcome::Tagged;
}

} // namespace

QStringList importHeader()
{
    QStringList header;
    for (const char *column : kImportColumns)
        header.append(QString::fromLatin1(column));
    return header;
}

QStringList tagsOf(const CustomerRow &row, const Currency &currency)
{
    QStringList tags;
    for (const auto &[prefix, figure] : kTags) {
        const QString value = CustomerFigures::machineText(row, figure, currency);
        if (!value.isEmpty())
            tags.append(QString::fromLatin1(prefix) + value);
    }
    return tags;
}

bool isPatronageTag(const QString &tag)
{
    for (const auto &[prefix, figure] : kTags) {
        if (tag.startsWith(QLatin1String(prefix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QStringList mergedTags(const QString &existing, const QStringList &added)
{
    QStringList tags;
    for (const QString &part : existing.split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !isPatronageTag(tag) && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags + added;
}

Result<CustomersExport> CustomersExport::read(const QString &path)
{
    const SniffResult dialect = CsvSniffer::sniffFile(path);
    if (!dialect)
        return Error(dialect.error()).inFile(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable).withDetail(file.errorString()).inFile(path);
    CsvReader reader(&file, *dialect);
    CsvRecord record;
    if (!reader.readRecord(record)) {
        if (reader.hasError())
            return Error(reader.error()).inFile(path);
        return Error(ErrorCode::NotShopifyCustomersExport).inFile(path);
    }
    // Every column of the import must be in the export: a column left empty would blank the
    // customer's field when Shopify overwrites them.
    QHash<QString, int> exportColumns;
    for (int c = 0; c < record.size(); ++c)
        exportColumns.insert(decodeText(record.field(c), dialect->encoding).trimmed(), c);
    QList<int> columns;
    QStringList missing;
    for (const QString &column : importHeader()) {
        columns.append(exportColumns.value(column, -1));
        if (columns.last() < 0)
            missing.append(column);
    }
    if (!missing.isEmpty()) {
        Error error(ErrorCode::NotShopifyCustomersExport);
        error.file = path;
        error.line = 1;
        error.names = missing;
        return error;
    }
    CustomersExport customers;
    customers.m_path = path;
    const qsizetype email = importHeader().indexOf(QStringLiteral("Email"));
    while (reader.readRecord(record)) {
        QStringList cells;
        cells.reserve(columns.size());
        for (const int column : columns)
            cells.append(column < record.size() ? decodeText(record.field(column), dialect->encoding) : QString());
        const QString key = emailKey(cells.at(email));
        if (key.isEmpty() || customers.m_byEmail.contains(key))
            continue; // Shopify matches on the e-mail: a row without one, or a second one, is left as it is
        customers.m_byEmail.insert(key, qsizetype(customers.m_rows.size()));
        customers.m_rows.push_back(std::move(cells));
    }
    if (reader.hasError())
        return Error(reader.error()).inFile(path);
    return customers;
}

const QStringList *CustomersExport::rowOf(const QString &email) const
{
    const auto found = m_byEmail.constFind(emailKey(email));
    return found == m_byEmail.constEnd() ? nullptr : &m_rows[size_t(*found)];
}

Written count(const CustomerList &list, const CustomersExport &customers, const Currency &currency)
{
    Written written;
    QStringList cells;
    for (qsizetype i = 0; i < list.size(); ++i) {
        switch (tagged(list.row(i), customers, currency, &cells)) {
        case Outcome::Tagged: ++written.tagged; break;
        case Outcome::NotInExport: ++written.notInExport; break;
        case Outcome::TooManyTags: ++written.tooManyTags; break;
        }
    }
    return written;
}

Result<Written> write(const CustomerList &list, const CustomersExport &customers, const Currency &currency,
                      QIODevice *device)
{
    Written written;
    // The cells go back to Shopify as its export wrote them: a phone "+44 20 ..." must not gain the
    // quote that keeps a spreadsheet from reading a formula.
    const auto put = [device](const QStringList &cells) {
        const QByteArray line = csvLine(cells, CellText::Verbatim).toUtf8();
        return device->write(line) == line.size();
    };
    bool ok = put(importHeader());
    QStringList cells;
    for (qsizetype i = 0; ok && i < list.size(); ++i) {
        switch (tagged(list.row(i), customers, currency, &cells)) {
        case Outcome::Tagged:
            ok = put(cells);
            ++written.tagged;
            break;
        case Outcome::NotInExport: ++written.notInExport; break;
        case Outcome::TooManyTags: ++written.tooManyTags; break;
        }
    }
    if (!ok)
        return Error(ErrorCode::OutputWriteFailed).withDetail(device->errorString());
    return written;
}

} // namespace Patronage::ShopifyTags
