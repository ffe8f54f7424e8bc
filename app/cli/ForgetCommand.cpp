#include "app/cli/CliCommand.h"
#include "core/store/CustomerRepository.h"

namespace Patronage::Cli {

int runForget(const QStringList &arguments)
{
    const QString command = QStringLiteral("forget");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("The customer's e-mail address."),
                                   QStringLiteral("ADDRESS"));
    parser.addOptions({db, email});
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Removes a customer's e-mail, name and key from the store, for a deletion "
                                     "request. Their orders stay, anonymous, so the figures do not change."),
                      &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(db) || !parser.isSet(email))
        return usageError(command, QStringLiteral("--db and --email are required"));
    std::unique_ptr<Store> store = openStore(command, parser.value(db), Store::OpenMode::ReadWrite, &exitCode);
    if (!store)
        return exitCode;
    const Result<CustomerRepository::Forgotten> forgotten = CustomerRepository(*store).forget(parser.value(email));
    if (!forgotten)
        return refused(command, forgotten.error());
    if (forgotten->leftover) {
        out() << "the address was still in the store's file, from an erasure that did not finish: it is gone now\n";
        return Done;
    }
    if (forgotten->customers == 0)
        return refused(command, Error(ErrorCode::NothingToForget).withValue(parser.value(email)));
    out() << "forgot " << forgotten->customers << (forgotten->customers == 1 ? " customer" : " customers")
          << ": e-mail, name and key removed; their orders stay, anonymous\n";
    return Done;
}

} // namespace Patronage::Cli
