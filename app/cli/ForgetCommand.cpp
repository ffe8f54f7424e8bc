#include "app/cli/CliCommand.h"

#include "core/store/ForgetCustomer.h"

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
    QString error;
    std::unique_ptr<Store> store = Store::open(parser.value(db), Store::OpenMode::ReadWrite, &error);
    const int forgotten = store ? forgetCustomer(*store, parser.value(email), &error) : -1;
    if (forgotten < 0) {
        err() << "patronage-cli forget: " << error << "\n";
        return InputRefused;
    }
    if (forgotten == 0) {
        err() << "patronage-cli forget: no customer with the e-mail " << parser.value(email)
              << " in this store: nothing was changed\n";
        return InputRefused;
    }
    out() << "forgot " << forgotten << (forgotten == 1 ? " customer" : " customers")
          << ": e-mail, name and key removed; their orders stay, anonymous\n";
    return Done;
}

} // namespace Patronage::Cli
