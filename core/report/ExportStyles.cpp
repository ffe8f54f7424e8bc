#include "core/report/ExportStyles.h"

#include <QCryptographicHash>

#include <algorithm>

#include "core/report/CustomerFigures.h"

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

qsizetype exportedCount(const QList<CustomerRow> &rows, ExportStyle style)
{
    if (style == ExportStyle::Plain)
        return rows.size();
    return std::count_if(rows.begin(), rows.end(), hasEmail);
}

ReportTable exportTable(const QList<CustomerRow> &rows, ExportStyle style, const Currency &currency)
{
    using namespace CustomerFigures;
    ReportTable table;
    switch (style) {
    case ExportStyle::Plain:
        for (const CustomerFigureInfo &figure : all()) {
            table.header.append(QString::fromLatin1(figure.csvHeader));
            table.numeric.append(figure.kind == FigureKind::Count || figure.kind == FigureKind::Money
                                 || figure.kind == FigureKind::Days);
        }
        for (const CustomerRow &row : rows) {
            QStringList cells;
            for (const CustomerFigureInfo &figure : all())
                cells.append(machineText(row, figure.figure, currency));
            table.addRow(cells);
        }
        return table;
    case ExportStyle::Klaviyo: {
        // Klaviyo's list import: Email plus profile properties, one column each.
        const std::pair<const char *, CustomerFigure> properties[] = {
            {"Patronage Group", CustomerFigure::Group},
            {"Patronage Life Cycle", CustomerFigure::LifeCycle},
            {"Patronage Orders", CustomerFigure::Orders},
            {"Patronage Revenue", CustomerFigure::Revenue}};
        table.header = {QStringLiteral("Email"), QStringLiteral("First Name"), QStringLiteral("Last Name")};
        for (const auto &[header, figure] : properties)
            table.header.append(QString::fromLatin1(header));
        for (const CustomerRow &row : rows) {
            if (!hasEmail(row))
                continue;
            const auto [first, last] = splitName(row.name);
            QStringList cells = {row.email, first, last};
            for (const auto &[header, figure] : properties)
                cells.append(machineText(row, figure, currency));
            table.addRow(cells);
        }
        return table;
    }
    case ExportStyle::Mailchimp:
        // Mailchimp's audience import: tags are one comma-separated column.
        table.header = {QStringLiteral("Email Address"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
                        QStringLiteral("Tags")};
        for (const CustomerRow &row : rows) {
            if (!hasEmail(row))
                continue;
            const auto [first, last] = splitName(row.name);
            table.addRow({row.email, first, last,
                          machineText(row, CustomerFigure::Group, currency) + QLatin1Char(',')
                              + machineText(row, CustomerFigure::LifeCycle, currency)});
        }
        return table;
    case ExportStyle::Hashed:
        // Ad platforms match audiences on SHA-256 of the trimmed, lower-case e-mail.
        table.header = {QStringLiteral("email_sha256")};
        for (const CustomerRow &row : rows) {
            const QString email = row.email.trimmed().toLower();
            if (email.isEmpty())
                continue;
            table.addRow(
                {QString::fromLatin1(QCryptographicHash::hash(email.toUtf8(), QCryptographicHash::Sha256).toHex())});
        }
        return table;
    }
    return table;
}

} // namespace Patronage
