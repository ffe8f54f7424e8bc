#include <QSaveFile>

#include "app/cli/CliCommand.h"
#include "core/generate/ShopGenerator.h"

namespace Patronage::Cli {

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("The CSV file to write."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption orders(QStringLiteral("orders"), QStringLiteral("Number of orders."), QStringLiteral("N"));
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       QStringLiteral("Number of customers who may buy (default: 7/4 of the orders "
                                                      "for small-shop, a quarter for long-tail)."),
                                       QStringLiteral("M"));
    const QCommandLineOption months(QStringLiteral("months"), QStringLiteral("Months of trade (default 24)."),
                                    QStringLiteral("K"), QStringLiteral("24"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("shopify (an orders export, default) or lines (transaction lines)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("shopify"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption lastMonths(
        QStringLiteral("last-months"),
        QStringLiteral("Write only the orders of the last K months: the shop's latest export (default: all)."),
        QStringLiteral("K"));
    const QCommandLineOption shape(
        QStringLiteral("shape"),
        QStringLiteral("small-shop (default: about 30% of customers buy again, the best a few dozen times) or "
                       "long-tail (most buy again, a few hundreds of times)."),
        QStringLiteral("SHAPE"), QStringLiteral("small-shop"));
    parser.addOptions({outFile, orders, customers, months, format, seed, lastMonths, shape});
    int exitCode = Done;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Writes a realistic synthetic shop: repeat purchases as --shape has them, "
                                     "Pareto-like spend, seasonality, about 3% refunds, 1% cancellations and 5% "
                                     "guest orders. The same seed always gives the same file."),
                      &exitCode)) {
        return exitCode;
    }
    const QString command = QStringLiteral("generate");
    if (!parser.isSet(outFile) || !parser.isSet(orders))
        return usageError(command, QStringLiteral("--out FILE and --orders N are required"));

    GeneratorParams params;
    bool ok = true;
    params.orders = parser.value(orders).toLongLong(&ok);
    if (!ok || params.orders < 1)
        return usageError(command, QStringLiteral("--orders takes a positive number"));
    if (parser.isSet(customers)) {
        params.customers = parser.value(customers).toLongLong(&ok);
        if (!ok || params.customers < 1)
            return usageError(command, QStringLiteral("--customers takes a positive number"));
    }
    params.months = parser.value(months).toInt(&ok);
    if (!ok || params.months < 1 || params.months > 600)
        return usageError(command, QStringLiteral("--months takes a number from 1 to 600"));
    if (parser.isSet(lastMonths)) {
        params.lastMonths = parser.value(lastMonths).toInt(&ok);
        if (!ok || params.lastMonths < 1 || params.lastMonths > params.months)
            return usageError(command, QStringLiteral("--last-months takes a number from 1 to --months"));
    }
    params.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(command, QStringLiteral("--seed takes a non-negative number"));
    if (parser.value(format) == QLatin1String("lines"))
        params.format = GeneratorParams::Format::Lines;
    else if (parser.value(format) != QLatin1String("shopify"))
        return usageError(command, QStringLiteral("--format takes shopify or lines"));

    if (parser.value(shape) == QLatin1String("long-tail"))
        params.shape = GeneratorParams::Shape::LongTail;
    else if (parser.value(shape) != QLatin1String("small-shop"))
        return usageError(command, QStringLiteral("--shape takes small-shop or long-tail"));

    if (const Status safe = checkOutputPath(parser.value(outFile), {}); !safe)
        return refused(command, safe.error());
    QSaveFile file(parser.value(outFile));
    if (!file.open(QIODevice::WriteOnly)) {
        err() << "patronage-cli generate: cannot write " << file.fileName() << ": " << file.errorString() << "\n";
        return InputRefused;
    }
    ShopGenerator generator(params);
    if (!generator.write(&file) || !file.commit()) {
        err() << "patronage-cli generate: cannot write " << file.fileName() << ": "
              << (generator.error().isEmpty() ? file.errorString() : generator.error()) << "\n";
        return InputRefused;
    }
    out() << "wrote " << file.fileName() << ": " << params.orders << " orders, " << generator.rowsWritten()
          << " rows\n";
    return Done;
}

} // namespace Patronage::Cli
