#include "app/cli/CliCommand.h"

#include "core/formats/Currency.h"
#include "core/store/ImportHistory.h"
#include "core/store/Store.h"
#include "core/store/StoreSummary.h"

namespace Patronage::Cli {

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Shows a store's orders, customers, guest orders, credit notes, date range, "
                                     "currency and import history."),
                      &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(db))
        return usageError(QStringLiteral("info"), QStringLiteral("--db STORE is required"));

    QString error;
    std::unique_ptr<Store> store = Store::open(parser.value(db), Store::OpenMode::ReadOnly, &error);
    if (!store) {
        err() << "patronage-cli info: " << error << "\n";
        return InputRefused;
    }
    const StoreSummary s = StoreSummary::read(*store);
    auto row = [](const char *label, const QString &value) {
        out() << QStringLiteral("%1 %2\n").arg(QString::fromLatin1(label), -24).arg(value);
    };
    auto count = [&row](const char *label, qint64 value) { row(label, QString::number(value)); };
    row("store", store->path());
    row("currency", s.currency.isEmpty() ? QStringLiteral("(none named)") : s.currency);
    count("orders", s.orders);
    count("  customer orders", s.customerOrders);
    count("  guest orders", s.guestOrders);
    count("  cancelled orders", s.cancelledOrders);
    count("credit notes", s.creditNotes);
    count("  customer credit notes", s.customerCreditNotes);
    count("  guest credit notes", s.guestCreditNotes);
    count("customers", s.customers);
    count("  with at least one order", s.customersWithOrders);
    row("net revenue", formatMinorUnits(s.netRevenue, s.currencyDecimals));
    row("first order", s.firstOrderAt.isEmpty() ? QStringLiteral("-") : s.firstOrderAt);
    row("last order", s.lastOrderAt.isEmpty() ? QStringLiteral("-") : s.lastOrderAt);

    const QList<ImportRecord> history = ImportHistory(*store).list();
    out() << "\nimport history (" << history.size() << ")\n";
    for (const ImportRecord &r : history) {
        out() << "  " << r.importedAt << "  " << r.fileName << " (" << r.format << ", " << r.fileSize
              << " bytes, blake2b " << r.contentHash.left(12) << "): " << r.rowsRead << " rows, " << r.ordersInserted
              << " inserted, " << r.ordersUpdated << " updated, " << r.ordersUnchanged << " unchanged, "
              << r.creditNotes << " credit notes, " << r.guestOrders << " guest orders, " << r.rowsSkipped
              << " skipped\n";
    }
    return Done;
}

} // namespace Patronage::Cli
