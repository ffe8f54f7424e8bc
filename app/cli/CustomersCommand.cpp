#include <future>

#include "app/cli/CliCommand.h"
#include "app/cli/CliText.h"
#include "core/analysis/ValueAnalysis.h"
#include "core/report/CustomerFigures.h"
#include "core/report/CustomerQuery.h"
#include "core/report/ExportStyles.h"
#include "core/report/ShopifyTags.h"

namespace Patronage::Cli {

int runCustomers(const QStringList &arguments)
{
    const QString command = QStringLiteral("customers");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("The month (YYYY-MM)."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   QStringLiteral("Only this group (repeatable): \"One Time Buyer\", \"Loyal "
                                                  "Customer\", \"Frequent Buyer\" or VIP."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption lifeCycle(QStringLiteral("life-cycle"),
                                       QStringLiteral("Only this life cycle (repeatable): \"Just Ordered\", Active, "
                                                      "\"Slipping Away\" or Lost."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption movedFrom(QStringLiteral("moved-from"),
                                       QStringLiteral("Only customers who were in this group at --since and are in "
                                                      "another one now."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("The month of --moved-from (YYYY-MM)."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption churnRisk(QStringLiteral("churn-risk"),
                                       QStringLiteral("Only this churn risk (repeatable): Low, Medium or High."),
                                       QStringLiteral("RISK"));
    const QCommandLineOption rfmGroup(QStringLiteral("rfm-group"),
                                      QStringLiteral("Only this RFM group (repeatable): Champions, Loyal, Active, "
                                                     "Promising, New, \"Needs Attention\", \"At Risk\", \"Almost "
                                                     "Lost\", \"Previously Loyal\" or Dormant."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption oneOrderAway(
        QStringLiteral("one-order-away"),
        QStringLiteral("Only customers one more order would move up a group (spec section 14), with a next_group "
                       "column naming the group it would take them to."));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QStringLiteral("Only customers whose key, e-mail or name contains TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Write to FILE (atomically)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption style(QStringLiteral("style"),
                                   QStringLiteral("plain (default), klaviyo or mailchimp (their list imports), "
                                                  "hashed (SHA-256 of the e-mail, for ad audiences), or shopify-tags "
                                                  "(Shopify's customer import with Patronage tags; needs "
                                                  "--shopify-customers)."),
                                   QStringLiteral("STYLE"), QStringLiteral("plain"));
    const QCommandLineOption shopifyCustomers(
        QStringLiteral("shopify-customers"),
        QStringLiteral("With --style shopify-tags: the shop's customers export from Shopify (Customers > Export, "
                       "all customers, CSV), whose rows are written back with each customer's tags."),
        QStringLiteral("FILE"));
    parser.addOptions({db, month, group, lifeCycle, rfmGroup, oneOrderAway, movedFrom, since, churnRisk, search,
                       outFile, style, shopifyCustomers, formatOption()});
    int exitCode = Done;
    QStringList columns;
    for (const CustomerFigureInfo &figure : CustomerFigures::all())
        columns.append(QString::fromLatin1(figure.csvHeader));
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Lists a month's customers with their group, life cycle, orders and revenue, "
                                     "highest revenue first; ready for a mail tool with --style. Columns: %1.")
                          .arg(columns.join(QStringLiteral(", "))),
                      &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(db) || !parser.isSet(month))
        return usageError(command, QStringLiteral("--db and --month are required"));
    CustomerQuery query;
    ReportTable::Format format;
    ExportStyle exportStyle;
    if (!monthOption(parser, month, command, &query.month, &exitCode)
        || !monthOption(parser, since, command, &query.since, &exitCode)
        || !reportFormat(parser, command, &format, &exitCode)) {
        return exitCode;
    }
    // Shopify's tags are written over the shop's own customers export, not from the list alone.
    const bool shopifyTags = parser.value(style) == QLatin1String("shopify-tags");
    if (shopifyTags)
        exportStyle = ExportStyle::Plain;
    else if (!parseExportStyle(parser.value(style), &exportStyle))
        return usageError(command, QStringLiteral("--style takes plain, klaviyo, mailchimp, hashed or shopify-tags"));
    if (shopifyTags != parser.isSet(shopifyCustomers))
        return usageError(command, QStringLiteral("--style shopify-tags and --shopify-customers go together"));
    if (shopifyTags && format != ReportTable::Format::Csv)
        return usageError(command, QStringLiteral("--style shopify-tags writes CSV"));
    for (const QString &name : parser.values(group)) {
        LoyaltyGroup g;
        if (!parseGroupName(name, &g))
            return usageError(command, QStringLiteral("unknown group '%1'").arg(name));
        query.groups.insert(g);
    }
    for (const QString &name : parser.values(lifeCycle)) {
        LifeCycle l;
        if (!parseLifeCycleName(name, &l))
            return usageError(command, QStringLiteral("unknown life cycle '%1'").arg(name));
        query.lifeCycles.insert(l);
    }
    for (const QString &name : parser.values(rfmGroup)) {
        RfmGroup g;
        if (!parseRfmGroupName(name, &g))
            return usageError(command, QStringLiteral("unknown RFM group '%1'").arg(name));
        query.rfmGroups.insert(g);
    }
    query.oneOrderAway = parser.isSet(oneOrderAway);
    if (parser.isSet(movedFrom) != parser.isSet(since))
        return usageError(command, QStringLiteral("--moved-from and --since go together"));
    if (parser.isSet(movedFrom)) {
        LoyaltyGroup g;
        if (!parseGroupName(parser.value(movedFrom), &g))
            return usageError(command, QStringLiteral("unknown group '%1'").arg(parser.value(movedFrom)));
        if (query.since >= query.month)
            return usageError(command, QStringLiteral("--since must be a month before --month"));
        query.movedFrom = g;
    }
    query.search = parser.value(search);
    QSet<Predict::ChurnRisk> risks;
    for (const QString &name : parser.values(churnRisk)) {
        const std::optional<Predict::ChurnRisk> risk = Predict::churnRiskFromName(name);
        if (!risk)
            return usageError(command, QStringLiteral("--churn-risk takes Low, Medium or High, got '%1'").arg(name));
        risks.insert(*risk);
    }

    // Refused before any work: a list is never written over a store or an input.
    const QStringList inputs = {parser.value(db), parser.value(shopifyCustomers)};
    if (parser.isSet(outFile)) {
        if (const Status safe = checkOutputPath(parser.value(outFile), inputs); !safe)
            return refused(command, safe.error());
    }

    std::optional<ReportStore> opened = openForReport(command, parser.value(db), &exitCode);
    if (!opened)
        return exitCode;
    const AnalysisSnapshot &snapshot = opened->snapshot;
    // The predictions (spec §10 at the month's end) read the whole history and fit the model:
    // they are worked out on a second connection and thread while the month's customers are
    // listed. Hashed e-mails carry none, so without a churn-risk filter they need none.
    const bool wantsPredictions = exportStyle != ExportStyle::Hashed || !risks.isEmpty();
    std::future<Result<Predict::CustomerValues>> predicting;
    if (wantsPredictions) {
        predicting = std::async(std::launch::async,
                                [path = parser.value(db), month = query.month, dataDay = snapshot.dataDay,
                                 decimals = snapshot.currency.decimals]() -> Result<Predict::CustomerValues> {
                                    Result<std::unique_ptr<Store>> store = Store::open(path, Store::OpenMode::ReadOnly);
                                    if (!store)
                                        return store.error();
                                    return ValueAnalysis::predictAtMonth(**store, month, dataDay, decimals);
                                });
    }
    const std::optional<SegmentInput> input =
        opened->inputFrom(command, query.movedFrom ? query.since : query.month, &exitCode);
    Result<CustomerList> list =
        input ? findCustomers(*opened->store, *input, snapshot.params, query) : Result<CustomerList>(CustomerList());
    std::optional<Predict::CustomerValues> values;
    if (wantsPredictions) {
        Result<Predict::CustomerValues> predicted = predicting.get();
        if (predicted)
            values = std::move(predicted).value();
        else if (predicted.error().code != ErrorCode::NoOrdersByDate || !risks.isEmpty())
            return refused(command, predicted.error());
    }
    if (!input)
        return exitCode;
    if (!list)
        return refused(command, list.error());
    // A filter by churn risk needs a prediction: without one, say why rather than list nobody.
    if (!risks.isEmpty()) {
        if (const std::optional<Error> none = ValueAnalysis::noPrediction(*values))
            return refused(command, *none);
    }
    if (values)
        *list = list->withPredictions(*values);
    if (!risks.isEmpty()) {
        *list = list->where([&risks](const CustomerSnapshot &, const Predict::CustomerPrediction *p) {
            return p && risks.contains(p->churnRisk);
        });
    }
    if (shopifyTags) {
        // Only the listed customers' rows are kept (and those with Patronage tags to take off).
        const QSet<QString> emails = ShopifyTags::emailsOf(*list);
        const Result<ShopifyTags::CustomersExport> shopify = ShopifyTags::CustomersExport::read(
            parser.value(shopifyCustomers), [&emails](const QString &email) { return emails.contains(email); });
        if (!shopify)
            return refused(command, shopify.error());
        // The month's whole list replaces every customer's tags; a filtered one only its own.
        const bool filtered = !query.groups.isEmpty() || !query.lifeCycles.isEmpty() || !query.rfmGroups.isEmpty()
            || query.oneOrderAway || query.movedFrom || !query.search.isEmpty() || !risks.isEmpty();
        const ShopifyTags::ListScope scope =
            filtered ? ShopifyTags::ListScope::Part : ShopifyTags::ListScope::WholeMonth;
        ShopifyTags::Written written;
        const int result = writeOutput(parser.value(outFile), inputs, [&](QIODevice *device) {
            const Result<ShopifyTags::Written> done =
                ShopifyTags::write(*list, *shopify, snapshot.currency, scope, device);
            if (done)
                written = *done;
            return done.ok();
        });
        if (result == Done) {
            err() << "tagged " << written.tagged << " customers" << (parser.isSet(outFile) ? " in " : "")
                  << parser.value(outFile) << "; " << written.notInExport
                  << " listed customers are not in the Shopify export";
            if (written.tooManyTags > 0)
                err() << "; " << written.tooManyTags << " left out, whose tags would pass Shopify's "
                      << ShopifyTags::kMaxTags;
            if (written.others > 0 && scope == ShopifyTags::ListScope::WholeMonth)
                err() << "; Patronage tags taken off " << written.others << " customers who are not the month's";
            else if (written.others > 0)
                err() << "; " << written.others
                      << " other customers keep older Patronage tags (list the whole month to replace them)";
            err() << "\n";
        }
        return result;
    }
    // Written as the rows are formed: no report is held whole.
    const int result = writeStreamed(
        format, CustomerExport::header(exportStyle, list->figures()),
        CustomerExport::numericColumns(exportStyle, list->figures()), parser.value(outFile), inputs,
        [&](ReportWriter &writer) { return CustomerExport::write(*list, exportStyle, snapshot.currency, writer); });
    if (result == Done && parser.isSet(outFile))
        err() << "wrote " << CustomerExport::count(*list, exportStyle) << " customers to " << parser.value(outFile)
              << "\n";
    return result;
}

} // namespace Patronage::Cli
