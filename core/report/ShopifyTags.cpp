#include "core/report/ShopifyTags.h"

#include <QFile>
#include <QIODevice>
#include <QSet>

#include <algorithm>
#include <string_view>

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

constexpr int kEmailColumn = 2;
constexpr int kTagsColumn = 14;
static_assert(std::string_view(kImportColumns[kEmailColumn]) == "Email"
              && std::string_view(kImportColumns[kTagsColumn]) == "Tags");

bool hasPatronageTag(const QString &tags)
{
    const QStringList parts = tags.split(QLatin1Char(','));
    return std::any_of(parts.begin(), parts.end(), [](const QString &tag) { return isPatronageTag(tag.trimmed()); });
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
    const QStringList tags = mergedTags(exported->at(kTagsColumn), tagsOf(row, currency));
    if (tags.size() > kMaxTags)
        return Outcome::TooManyTags;
    *cells = *exported;
    (*cells)[kTagsColumn] = tags.join(QStringLiteral(", "));
    return Outcome::Tagged;
}

// Goes through what write() writes, handing each row to \a put (null: only counting).
Written run(const CustomerList &list, const CustomersExport &customers, const Currency &currency, ListScope scope,
            const std::function<bool(const QStringList &)> &put, bool *ok)
{
    Written written;
    QSet<QString> done; // Shopify matches on the e-mail: each once
    QStringList cells;
    for (qsizetype i = 0; *ok && i < list.size(); ++i) {
        const CustomerRow row = list.row(i);
        const QString key = emailKey(row.email);
        if (!key.isEmpty() && done.contains(key))
            continue;
        switch (tagged(row, customers, currency, &cells)) {
        case Outcome::Tagged:
            done.insert(key);
            *ok = !put || put(cells);
            ++written.tagged;
            break;
        case Outcome::NotInExport: ++written.notInExport; break;
        case Outcome::TooManyTags: ++written.tooManyTags; break;
        }
    }
    // Patronage's tags on customers who are not the month's (or not in this list) are last month's.
    for (const qsizetype index : customers.rowsWithPatronageTags()) {
        const QStringList &exported = customers.row(index);
        if (!*ok || done.contains(emailKey(exported.at(kEmailColumn))))
            continue;
        ++written.others;
        if (scope == ListScope::WholeMonth && put) {
            cells = exported;
            cells[kTagsColumn] = mergedTags(exported.at(kTagsColumn), {}).join(QStringLiteral(", "));
            *ok = put(cells);
        }
    }
    return written;
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

QSet<QString> emailsOf(const CustomerList &list)
{
    QSet<QString> emails;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString key = emailKey(list.row(i).email);
        if (!key.isEmpty())
            emails.insert(key);
    }
    return emails;
}

Result<CustomersExport> CustomersExport::read(const QString &path, const Wanted &wanted)
{
    const SniffResult dialect = CsvSniffer::sniffFile(path);
    if (!dialect)
        return Error(dialect.error()).inFile(path);
    // As Shopify writes it: a spreadsheet that saved it again may have changed what it holds.
    if (dialect->separator != ',' || dialect->encoding != TextEncoding::Utf8)
        return Error(ErrorCode::NotShopifyCustomersExport).inFile(path);
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
    const int fieldCount = record.size();
    QHash<QString, int> exportColumns;
    for (int c = 0; c < fieldCount; ++c) {
        const QString name = decodeText(record.field(c), dialect->encoding).trimmed();
        if (exportColumns.contains(name))
            return Error(ErrorCode::DuplicateColumn).withValue(name).inFile(path).at(1, c + 1);
        exportColumns.insert(name, c);
    }
    // Every column of the import must be in the export: a column left empty would blank the
    // customer's field when Shopify overwrites them.
    QList<int> columns;
    QStringList missing;
    for (const QString &column : importHeader()) {
        columns.append(exportColumns.value(column, -1));
        if (columns.last() < 0)
            missing.append(column);
    }
    if (!missing.isEmpty()) {
        Error error(ErrorCode::NotShopifyCustomersExport);
        error.names = missing;
        return error.inFile(path).at(1);
    }
    CustomersExport customers;
    customers.m_path = path;
    QSet<QString> seen;
    while (reader.readRecord(record)) {
        if (record.size() != fieldCount) {
            Error error(ErrorCode::ColumnCountDiffers);
            error.number = record.size();
            error.detail = QString::number(fieldCount);
            return error.inFile(path).at(record.line());
        }
        const QString key = emailKey(decodeText(record.field(columns.at(kEmailColumn)), dialect->encoding));
        if (key.isEmpty() || seen.contains(key))
            continue; // Shopify matches on the e-mail: a row without one, or a second one, is left as it is
        seen.insert(key);
        const QString tags = decodeText(record.field(columns.at(kTagsColumn)), dialect->encoding);
        const bool tagged = hasPatronageTag(tags);
        if (wanted && !wanted(key) && !tagged)
            continue;
        QStringList cells;
        cells.reserve(columns.size());
        for (const int column : columns)
            cells.append(decodeText(record.field(column), dialect->encoding));
        if (tagged)
            customers.m_withPatronageTags.push_back(qsizetype(customers.m_rows.size()));
        customers.m_byEmail.insert(key, qsizetype(customers.m_rows.size()));
        customers.m_rows.push_back(std::move(cells));
    }
    if (reader.hasError())
        return Error(reader.error()).inFile(path);
    customers.m_customers = seen.size();
    return customers;
}

const QStringList *CustomersExport::rowOf(const QString &email) const
{
    const auto found = m_byEmail.constFind(emailKey(email));
    return found == m_byEmail.constEnd() ? nullptr : &m_rows[size_t(*found)];
}

Written count(const CustomerList &list, const CustomersExport &customers, const Currency &currency, ListScope scope)
{
    bool ok = true;
    return run(list, customers, currency, scope, {}, &ok);
}

Result<Written> write(const CustomerList &list, const CustomersExport &customers, const Currency &currency,
                      ListScope scope, QIODevice *device)
{
    // The cells go back to Shopify as its export wrote them: a phone "+44 20 ..." must not gain the
    // quote that keeps a spreadsheet from reading a formula.
    const auto put = [device](const QStringList &cells) {
        const QByteArray line = csvLine(cells, CellText::Verbatim).toUtf8();
        return device->write(line) == line.size();
    };
    bool ok = put(importHeader());
    const Written written = run(list, customers, currency, scope, put, &ok);
    if (!ok)
        return Error(ErrorCode::OutputWriteFailed).withDetail(device->errorString());
    return written;
}

} // namespace Patronage::ShopifyTags
