#include <QFileInfo>

#include "app/cli/CliCommand.h"
#include "app/cli/CliText.h"
#include "core/import/ImportText.h"
#include "core/import/Importer.h"
#include "core/store/Store.h"

namespace Patronage::Cli {

namespace {

constexpr int kSkippedRowsShown = 20;

void printReport(const ImportReport &report)
{
    out() << report.filePath << ": " << formatDisplayName(report.format) << ", "
          << encodingName(report.dialect.encoding) << ", " << separatorName(report.dialect.separator)
          << "-separated, dates " << report.dateLayout << ", decimal " << report.decimalSymbol;
    if (!report.currency.isEmpty())
        out() << ", " << report.currency;
    out() << "\n";
    auto line = [](const char *label, qint64 value) {
        out() << QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(label), -18).arg(value, 10);
    };
    line("rows read", report.rowsRead);
    line("orders inserted", report.ordersInserted);
    line("orders updated", report.ordersUpdated);
    line("orders unchanged", report.ordersUnchanged);
    line("credit notes", report.creditNotes);
    line("guest orders", report.guestOrders);
    line("rows skipped", report.rowsSkipped);
    for (int i = 0; i < report.skipped.size() && i < kSkippedRowsShown; ++i) {
        const SkippedRow &row = report.skipped.at(i);
        out() << "    line " << row.line << ", column " << row.column << " (\"" << row.value
              << "\"): " << ImportText::skipReason(row.reason) << "\n";
    }
    if (report.rowsSkipped > kSkippedRowsShown)
        out() << "    ... and " << (report.rowsSkipped - kSkippedRowsShown) << " more\n";
    if (report.rowsNoted > 0) {
        line("rows to check", report.rowsNoted);
        for (int i = 0; i < report.notes.size() && i < kSkippedRowsShown; ++i) {
            const RowNote &row = report.notes.at(i);
            out() << "    line " << row.line << ", column " << row.column << " (\"" << row.customer
                  << "\"): " << ImportText::note(row) << "\n";
        }
    }
    if (!report.alreadyImportedAt.isEmpty())
        out() << "  (the same file was imported before, on " << report.alreadyImportedAt
              << ": nothing was counted twice)\n";
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The store file (created if absent)."),
                                QStringLiteral("STORE"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("auto (default), shopify, woocommerce, webtoffee, magento, lines or generic."),
        QStringLiteral("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 QStringLiteral("Name the column for a field: order, customer, email, name, date, "
                                                "total, refunded, status, quantity, unit_price or currency. "
                                                "Repeat for each field. Implies --format generic for files of no "
                                                "known format."),
                                 QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption dateFormat(QStringLiteral("date-format"),
                                        QStringLiteral("The dates' layout in Qt's syntax (dd/MM/yyyy HH:mm), for "
                                                       "files where it cannot be detected."),
                                        QStringLiteral("FORMAT"));
    const QCommandLineOption currency(QStringLiteral("currency"),
                                      QStringLiteral("The store's currency (ISO code), for files that name none."),
                                      QStringLiteral("CODE"));
    parser.addOptions({db, format, map, dateFormat, currency});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Order exports (CSV) to import."),
                                 QStringLiteral("FILE..."));
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Imports order exports into a store. Each file is imported completely or not "
                                     "at all; importing a file again never counts an order twice."),
                      &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(db))
        return usageError(QStringLiteral("import"), QStringLiteral("--db STORE is required"));
    if (parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("import"), QStringLiteral("name at least one FILE to import"));

    ImportOptions options;
    if (!parseFormatName(parser.value(format), &options.format))
        return usageError(QStringLiteral("import"), QStringLiteral("unknown format '%1'").arg(parser.value(format)));
    for (const QString &entry : parser.values(map)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        Field field;
        if (equals <= 0 || !parseFieldName(entry.left(equals), &field)) {
            return usageError(QStringLiteral("import"),
                              QStringLiteral("--map takes FIELD=COLUMN with FIELD one of order, customer, email, "
                                             "name, date, total, refunded, status, quantity, unit_price, currency; "
                                             "got '%1'")
                                  .arg(entry));
        }
        options.mapping.insert(field, entry.mid(equals + 1).trimmed());
    }
    options.dateFormat = parser.value(dateFormat);
    options.currency = parser.value(currency).trimmed();

    int result = Done;
    const bool storeIsNew = !QFileInfo::exists(parser.value(db));
    std::unique_ptr<Store> store =
        openStore(QStringLiteral("import"), parser.value(db), Store::OpenMode::CreateIfMissing, &result);
    if (!store)
        return result;
    Importer importer(*store);
    bool anyImported = false;
    for (const QString &file : parser.positionalArguments()) {
        const ImportReport report = importer.importFile(file, options);
        anyImported = anyImported || report.ok;
        if (!report.ok) {
            err() << cliMessage(report.error) << "\n";
            err() << "  nothing was imported from this file; the store is unchanged by it\n";
            err().flush();
            result = InputRefused;
            continue;
        }
        printReport(report);
        out().flush();
    }
    // A store this command made for files that were all refused is not left behind.
    if (storeIsNew && !anyImported) {
        store.reset();
        Store::discardIfEmpty(parser.value(db));
    }
    return result;
}

} // namespace Patronage::Cli
