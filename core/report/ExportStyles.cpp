#include "core/report/ExportStyles.h"

#include <QCryptographicHash>

#include <algorithm>

#include "core/report/CustomerFigures.h"
#include "core/report/ReportWriter.h"

namespace Patronage {

namespace {

struct StyleName {
    ExportStyle style;
    const char *name;
};
constexpr StyleName kStyles[] = {{ExportStyle::Plain, "plain"},
                                 {ExportStyle::Klaviyo, "klaviyo"},
                                 {ExportStyle::Mailchimp, "mailchimp"},
                                 {ExportStyle::Hashed, "hashed"}};

// Splits "Anna Berg" into first and last name for mail tools.
std::pair<QString, QString> splitName(const QString &name)
{
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    if (space < 0)
        return {name, QString()};
    return {name.left(space), name.mid(space + 1)};
}

bool hasEmail(const CustomerRow &row)
{
    return !row.email.trimmed().isEmpty();
}

} // namespace

bool parseExportStyle(const QString &name, ExportStyle *style)
{
    for (const StyleName &entry : kStyles) {
        if (name == QLatin1String(entry.name)) {
            *style = entry.style;
            return true;
        }
    }
    return false;
}

QString exportStyleName(ExportStyle style)
{
    for (const StyleName &entry : kStyles) {
        if (entry.style == style)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

namespace CustomerExport {

namespace {

// Klaviyo's list import: Email plus profile properties, one column each.
constexpr std::pair<const char *, CustomerFigure> kKlaviyoProperties[] = {
    {"Patronage Group", CustomerFigure::Group},
    {"Patronage Life Cycle", CustomerFigure::LifeCycle},
    {"Patronage Orders", CustomerFigure::Orders},
    {"Patronage Revenue", CustomerFigure::Revenue},
    {"Patronage Predicted Value", CustomerFigure::PredictedValue},
    {"Patronage Churn Risk", CustomerFigure::ChurnRisk},
    {"Patronage RFM Group", CustomerFigure::RfmGroup}};

// Mailchimp's audience fields (merge fields): text, but for the predicted value, a number.
constexpr std::pair<const char *, CustomerFigure> kMailchimpFields[] = {
    {"Patronage Group", CustomerFigure::Group},
    {"Patronage Life Cycle", CustomerFigure::LifeCycle},
    {"Patronage Churn Risk", CustomerFigure::ChurnRisk},
    {"Patronage RFM Group", CustomerFigure::RfmGroup},
    {"Patronage Predicted Value", CustomerFigure::PredictedValue}};

// The mail tools' columns for what some lists hold (a Klaviyo property, a Mailchimp field).
constexpr std::pair<const char *, CustomerFigure> kListProperties[] = {
    {"Patronage Earlier Group", CustomerFigure::EarlierGroup}, {"Patronage Next Group", CustomerFigure::NextGroup}};

bool holds(const QList<CustomerFigureInfo> &figures, CustomerFigure figure)
{
    return std::any_of(figures.begin(), figures.end(),
                       [figure](const CustomerFigureInfo &f) { return f.figure == figure; });
}

// The figures of the list a row comes from.
const QList<CustomerFigureInfo> &rowFigures(const CustomerRow &row)
{
    return CustomerFigures::columns(row.movement.has_value(), row.nextGroup.has_value());
}

} // namespace

QStringList header(ExportStyle style, const QList<CustomerFigureInfo> &figures)
{
    using namespace CustomerFigures;
    QStringList header;
    const auto listProperties = [&] {
        for (const auto &[title, figure] : kListProperties) {
            if (holds(figures, figure))
                header.append(QString::fromLatin1(title));
        }
    };
    switch (style) {
    case ExportStyle::Plain:
        for (const CustomerFigureInfo &figure : figures)
            header.append(QString::fromLatin1(figure.csvHeader));
        break;
    case ExportStyle::Klaviyo:
        header = {QStringLiteral("Email"), QStringLiteral("First Name"), QStringLiteral("Last Name")};
        for (const auto &[title, figure] : kKlaviyoProperties)
            header.append(QString::fromLatin1(title));
        listProperties();
        break;
    case ExportStyle::Mailchimp:
        // Mailchimp's audience import adds tags and never removes one, so a group or life cycle
        // that changes would pile up as contradictory tags. Each is an audience field instead,
        // which an import with "Update any existing contacts" overwrites.
        header = {QStringLiteral("Email Address"), QStringLiteral("First Name"), QStringLiteral("Last Name")};
        for (const auto &[title, figure] : kMailchimpFields)
            header.append(QString::fromLatin1(title));
        listProperties();
        break;
    case ExportStyle::Hashed: header = {QStringLiteral("email_sha256")}; break;
    }
    return header;
}

QList<bool> numericColumns(ExportStyle style, const QList<CustomerFigureInfo> &figures)
{
    using namespace CustomerFigures;
    QList<bool> numeric;
    if (style == ExportStyle::Plain) {
        for (const CustomerFigureInfo &figure : figures) {
            numeric.append(figure.kind == FigureKind::Count || figure.kind == FigureKind::Money
                           || figure.kind == FigureKind::Days || figure.kind == FigureKind::Probability
                           || figure.kind == FigureKind::Expected || figure.kind == FigureKind::PredictedMoney
                           || figure.kind == FigureKind::Score);
        }
    }
    return numeric;
}

bool cells(const CustomerRow &row, ExportStyle style, const Currency &currency, QStringList *cells)
{
    using namespace CustomerFigures;
    cells->clear();
    if (style != ExportStyle::Plain && !hasEmail(row))
        return false;
    const auto listCells = [&] {
        for (const auto &[title, figure] : kListProperties) {
            if (holds(rowFigures(row), figure))
                cells->append(machineText(row, figure, currency));
        }
    };
    switch (style) {
    case ExportStyle::Plain:
        for (const CustomerFigureInfo &figure : rowFigures(row))
            cells->append(machineText(row, figure.figure, currency));
        break;
    case ExportStyle::Klaviyo: {
        const auto [first, last] = splitName(row.name);
        *cells = {row.email, first, last};
        for (const auto &[title, figure] : kKlaviyoProperties)
            cells->append(machineText(row, figure, currency));
        listCells();
        break;
    }
    case ExportStyle::Mailchimp: {
        const auto [first, last] = splitName(row.name);
        *cells = {row.email, first, last};
        for (const auto &[title, figure] : kMailchimpFields)
            cells->append(machineText(row, figure, currency));
        listCells();
        break;
    }
    case ExportStyle::Hashed: {
        // Ad platforms match audiences on SHA-256 of the trimmed, lower-case e-mail.
        const QByteArray email = row.email.trimmed().toLower().toUtf8();
        *cells = {QString::fromLatin1(QCryptographicHash::hash(email, QCryptographicHash::Sha256).toHex())};
        break;
    }
    }
    return true;
}

qsizetype count(const CustomerList &list, ExportStyle style)
{
    if (style == ExportStyle::Plain || list.isEmpty())
        return list.size();
    qsizetype written = 0;
    const CustomerDirectory &directory = *list.directory();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const qint32 customer = list.snapshot(i).customer;
        const QByteArrayView email = directory.utf8(customer, CustomerDirectory::Column::Email).trimmed();
        // As hasEmail() counts: Unicode spaces only, in the rare address that is not ASCII.
        const bool ascii = std::all_of(email.begin(), email.end(), [](char c) { return quint8(c) < 0x80; });
        written += email.isEmpty() ? 0 : ascii ? 1 : !directory.email(customer).trimmed().isEmpty();
    }
    return written;
}

bool write(const CustomerList &list, ExportStyle style, const Currency &currency, ReportWriter &writer)
{
    QStringList row;
    if (writer.needsMeasuring()) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (cells(list.row(i), style, currency, &row))
                writer.measure(row);
        }
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (cells(list.row(i), style, currency, &row))
            writer.write(row);
    }
    return writer.finish();
}

} // namespace CustomerExport

} // namespace Patronage
