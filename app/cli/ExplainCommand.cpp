#include <QRegularExpression>

#include "app/cli/CliCommand.h"
#include "core/error/SafeText.h"
#include "core/report/Explanation.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/CustomerRepository.h"

namespace Patronage::Cli {

int runExplain(const QStringList &arguments)
{
    const QString command = QStringLiteral("explain");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption customer(QStringLiteral("customer"), QStringLiteral("The customer's key."),
                                      QStringLiteral("KEY"));
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("The month (YYYY-MM)."),
                                   QStringLiteral("YYYY-MM"));
    parser.addOptions({db, customer, month});
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Explains why a customer is in its group and life cycle at a month, with its "
                                     "own figures and the month's cut-offs."),
                      &exitCode)) {
        return exitCode;
    }
    MonthIndex when = 0;
    if (!parser.isSet(db) || !parser.isSet(customer) || !parser.isSet(month))
        return usageError(command, QStringLiteral("--db, --customer and --month are required"));
    if (!monthOption(parser, month, command, &when, &exitCode))
        return exitCode;
    const std::optional<ReportStore> opened = openForReport(command, parser.value(db), &exitCode);
    if (!opened)
        return exitCode;
    const Result<std::optional<CustomerIdentity>> found =
        CustomerRepository(*opened->store).findByKey(parser.value(customer).trimmed());
    if (!found)
        return refused(command, found.error());
    if (!*found) {
        err() << "patronage-cli explain: no customer with the key '" << parser.value(customer) << "'\n";
        return InputRefused;
    }
    const QString email = (*found)->email;
    const QString name = (*found)->name;
    const std::optional<SegmentInput> input = opened->inputFrom(command, when, &exitCode);
    if (!input)
        return exitCode;
    const OrderHistory &history = *input->history;
    const SegmentationParams &params = opened->snapshot.params;
    const qint32 wanted = history.customerOfStoreId((*found)->storeId);
    std::optional<CustomerSnapshot> snapshot;
    MonthResult monthResult;
    SegmentEngine(*input, params)
        .snapshots(
            {when},
            [&](MonthIndex, const CustomerSnapshot &s) {
                if (s.customer == wanted)
                    snapshot = s;
            },
            [&](const MonthResult &r) { monthResult = r; });

    // Names and e-mails come from the data: nothing of them acts on the terminal.
    QString text = QStringLiteral("customer ") + parser.value(customer);
    const QStringList known = QStringList{name, email}.filter(QRegularExpression(QStringLiteral(".")));
    if (!known.isEmpty())
        text += QStringLiteral(" (") + known.join(QStringLiteral(", ")) + QLatin1Char(')');
    text += QStringLiteral(" at ") + monthText(when) + QStringLiteral(", method ") + methodName(params.method)
        + (params.windowMonths ? QStringLiteral(", window %1 months").arg(params.windowMonths)
                               : QStringLiteral(", all history"));
    out() << withoutControlCharacters(text) << "\n";
    for (const QString &line : explainCustomer(snapshot, monthResult, params, opened->snapshot.currency))
        out() << "  " << withoutControlCharacters(line) << "\n";
    return Done;
}

} // namespace Patronage::Cli
