#include "app/cli/CliCommand.h"
#include "core/store/ImportRepository.h"
#include "core/store/OrderRepository.h"
#include "core/store/Store.h"

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

    const QString command = QStringLiteral("info");
    std::unique_ptr<Store> store = openStore(command, parser.value(db), Store::OpenMode::ReadOnly, &exitCode);
    if (!store)
        return exitCode;
    // The totals add up what the store holds: every order is checked first.
    if (const Status valid = OrderRepository(*store).validate(); !valid)
        return refused(command, valid.error());
    const Result<StoreSummary> summary = OrderRepository(*store).summary();
    if (!summary)
        return refused(command, summary.error());
    const StoreSummary &s = *summary;
    auto row = [](const char *label, const QString &value) {
        out() << QStringLiteral("%1 %2\n").arg(QString::fromLatin1(label), -24).arg(value);
    };
    auto count = [&row](const char *label, qint64 value) { row(label, QString::number(value)); };
    row("store", store->path());
    row("currency", s.currency.code.isEmpty() ? QStringLiteral("(none named)") : s.currency.code);
    count("orders", s.orders);
    count("  customer orders", s.customerOrders);
    count("  guest orders", s.guestOrders);
    count("  cancelled orders", s.cancelledOrders);
    count("credit notes", s.creditNotes);
    count("  customer credit notes", s.customerCreditNotes);
    count("  guest credit notes", s.guestCreditNotes);
    count("customers", s.customers);
    count("  with at least one order", s.customersWithOrders);
    row("net revenue", Money{s.netRevenue, s.currency}.machineText());
    row("first order", s.firstOrderAt.isEmpty() ? QStringLiteral("-") : s.firstOrderAt);
    row("last order", s.lastOrderAt.isEmpty() ? QStringLiteral("-") : s.lastOrderAt);

    const Result<QList<ImportRecord>> history = ImportRepository(*store).list();
    if (!history)
        return refused(command, history.error());
    out() << "\nimport history (" << history->size() << ")\n";
    for (const ImportRecord &r : *history) {
        out() << "  " << r.importedAt << "  " << r.fileName << " (" << r.format << ", " << r.fileSize
              << " bytes, blake2b " << r.contentHash.left(12) << "): " << r.rowsRead << " rows, " << r.ordersInserted
              << " inserted, " << r.ordersUpdated << " updated, " << r.ordersUnchanged << " unchanged, "
              << r.creditNotes << " credit notes, " << r.guestOrders << " guest orders, " << r.rowsSkipped
              << " skipped\n";
    }
    return Done;
}

} // namespace Patronage::Cli
