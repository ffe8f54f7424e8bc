#include "core/error/ErrorText.h"

#include "core/formats/Fields.h"

namespace Patronage {

namespace {

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    return quoted.join(ErrorText::tr(" or "));
}

} // namespace

QString Remedies::fieldLabel(int field) const
{
    return fieldName(Field(field));
}

QString ErrorText::location(const Error &error)
{
    QString text = error.file;
    if (error.line > 0)
        text += QLatin1Char(':') + QString::number(error.line);
    if (error.line > 0 && error.column > 0)
        text += QLatin1Char(':') + QString::number(error.column);
    return text;
}

QString ErrorText::describe(const Error &error, const Remedies &remedies)
{
    const QString where = location(error);
    const QString what = problem(error, remedies);
    return where.isEmpty() ? what : where + QStringLiteral(": ") + what;
}

QString ErrorText::problem(const Error &e, const Remedies &remedies)
{
    switch (e.code) {
    case ErrorCode::FileUnreadable: return tr("cannot open the file: %1").arg(e.detail);
    case ErrorCode::FileIsFolder: return tr("this is a folder, not a file: choose the export file inside it");
    case ErrorCode::FileNotRegular:
        return tr("this is not a regular file (a pipe, a device or a socket): save the export as a file and "
                  "choose that file");
    case ErrorCode::FileEmpty: return tr("the file is empty: export the orders again and check the export finished");
    case ErrorCode::FileHeaderOnly: return tr("the file has a header but no rows: export the orders again");
    case ErrorCode::FileIsXlsx:
        return tr("this looks like an Excel file (.xlsx), not CSV: open it in your spreadsheet program and save or "
                  "export it as CSV");
    case ErrorCode::FileIsXls:
        return tr("this looks like an Excel file (.xls), not CSV: open it in your spreadsheet program and save or "
                  "export it as CSV");
    case ErrorCode::FileIsZip: return tr("this is a ZIP archive, not CSV: unpack it and import the CSV file inside");
    case ErrorCode::FileIsGzip:
        return tr("this file is compressed (gzip), not CSV: unpack it and import the CSV inside");
    case ErrorCode::FileIsUtf16: return tr("this file is UTF-16 text: save it as CSV in UTF-8 and import it again");
    case ErrorCode::FileIsBinary: return tr("this is a binary file, not CSV text: export the orders as CSV");
    case ErrorCode::FileReadFailed: return tr("could not read the file: %1").arg(e.detail);
    case ErrorCode::QuoteNeverClosed:
        return tr("a quoted field that opens on this line is never closed: check that the file is complete and that "
                  "quotes inside fields are doubled");
    case ErrorCode::FieldTooLong:
        return tr("a field on this line is longer than %1 MB, the longest Patronage reads: check that the file is an "
                  "order export and that its quotes are balanced")
            .arg(e.number / (1024 * 1024));
    case ErrorCode::TooManyColumns:
        return tr("this line has more than %1 columns, the most Patronage reads: check that the file is an order "
                  "export")
            .arg(e.number);
    case ErrorCode::UnknownFormat:
        return tr("the columns do not match a Shopify, WooCommerce, Magento or transaction-line export (the header "
                  "is: %1): %2")
            .arg(e.names.join(QStringLiteral(", ")), remedies.mapColumns());
    case ErrorCode::WooCommerceAnalytics:
        return tr("this is WooCommerce's Analytics > Orders download, which has no customer id or e-mail, so "
                  "customers cannot be told apart: export the orders with an order export plugin (for example "
                  "\"Advanced Order Export For WooCommerce\") including \"Customer User ID\" or \"Email (Billing)\", "
                  "and import that file");
    case ErrorCode::PrestaShopOrderList:
        return tr("this is PrestaShop's Orders > Export list, which has no customer id or e-mail (its Customer "
                  "column is an initial and a last name, shared by many people), so customers cannot be told "
                  "apart: export the orders with the customer's e-mail or id (for example with a query in "
                  "Advanced Parameters > Database > SQL Manager) and import that file");
    case ErrorCode::NotShopifyCustomersExport:
        return e.names.isEmpty()
            ? tr("this is not Shopify's customers export as Shopify writes it (UTF-8 text with commas; a file a "
                 "spreadsheet saved again may have changed zip codes or phone numbers): export your customers from "
                 "Shopify (Customers > Export, all customers, as CSV) and choose that file without opening it in a "
                 "spreadsheet")
            : tr("this is not Shopify's customers export as Shopify writes it today (it has no %1 column): export "
                 "your customers from Shopify again (Customers > Export, all customers, as CSV) and choose that "
                 "file")
                  .arg(quotedList(e.names));
    case ErrorCode::ColumnCountDiffers:
        return tr("this line has %1 fields where the header has %2: check that the file is complete, or export it "
                  "again")
            .arg(e.number)
            .arg(e.detail);
    case ErrorCode::MissingColumn:
        return tr("the %1 needs a column %2 for the %3, and the file has none: export again with that column, or %4")
            .arg(formatDisplayName(ImportFormat(e.format)), quotedList(e.names),
                 (e.field >= 0 ? remedies.fieldLabel(e.field) : QString()), remedies.nameColumn(e.field));
    case ErrorCode::MappedColumnMissing:
        return tr("the column \"%1\" mapped to %2 is not in the file's header (%3)")
            .arg(e.value, (e.field >= 0 ? remedies.fieldLabel(e.field) : QString()),
                 e.names.join(QStringLiteral(", ")));
    case ErrorCode::MissingMappedField:
        return tr("the file has no column named for the %1: %2 (the file's columns are: %3)")
            .arg((e.field >= 0 ? remedies.fieldLabel(e.field) : QString()), remedies.nameColumn(e.field),
                 e.names.join(QStringLiteral(", ")));
    case ErrorCode::MissingCustomerColumn:
        if (ImportFormat(e.format) == ImportFormat::WooCommerce) {
            return tr("the WooCommerce export has neither \"Customer User ID\" nor \"Email (Billing)\": add one of "
                      "them to the export's columns, or %1")
                .arg(remedies.nameColumn(int(Field::Email)));
        }
        return tr("map a customer column: %1 (or, for the e-mail, %2); without one every order would be a guest order")
            .arg(remedies.nameColumn(int(Field::Customer)), remedies.nameColumn(int(Field::Email)));
    case ErrorCode::DuplicateColumn:
        return tr("the header names the column \"%1\" twice, so it is not clear which one holds the figures: rename "
                  "or remove one of them and import again")
            .arg(e.value);
    case ErrorCode::TextTooLong:
        return tr("the value in column \"%1\" is longer than %2 characters, the most Patronage keeps for an order "
                  "number, customer, e-mail or name: check that the column holds what it should")
            .arg(e.columnName)
            .arg(e.number);
    case ErrorCode::UnreadableDate:
        return tr("cannot read the date \"%1\" in column \"%2\" as %3: %4")
            .arg(e.value, e.columnName, e.detail, remedies.giveDateLayout());
    case ErrorCode::UnreadableDateSample:
        return tr("cannot read the date \"%1\" in column \"%2\": %3")
            .arg(e.value, e.columnName, remedies.giveDateLayout());
    case ErrorCode::AmbiguousDates:
        return tr("the dates in column \"%1\" (such as \"%2\") could be day/month/year or month/day/year: %3")
            .arg(e.columnName, e.value, remedies.chooseDateOrder());
    case ErrorCode::EmptyAmount:
        return tr("the %1 in column \"%2\" is empty: every order needs one; fix the export or leave the row out")
            .arg((e.field >= 0 ? remedies.fieldLabel(e.field) : QString()), e.columnName);
    case ErrorCode::UnreadableAmount:
        return tr("cannot read the amount \"%1\" in column \"%2\" (decimal %3): write amounts as numbers such as "
                  "1234.56 or 1.234,56")
            .arg(e.value, e.columnName, e.detail);
    case ErrorCode::AmountOutOfRange:
        return tr("the amount \"%1\" in column \"%2\" is larger than %3, the largest amount Patronage takes: check "
                  "the column holds amounts")
            .arg(e.value, e.columnName, QString::number(e.number));
    case ErrorCode::OffsetOutOfRange:
        return tr("the UTC offset in \"%1\" in column \"%2\" is not between -14:00 and +14:00: check the dates")
            .arg(e.value, e.columnName);
    case ErrorCode::DateOutOfRange:
        return tr("the date \"%1\" in column \"%2\" is not between 1900 and 2200: check the dates")
            .arg(e.value, e.columnName);
    case ErrorCode::CurrencyMismatch:
        return tr("amounts are in %1 but the store holds %2: a store holds one currency, so import this file into a "
                  "store of its own")
            .arg(e.value, e.detail);
    case ErrorCode::CurrencyOptionMismatch:
        return tr("%1 was given but the store holds %2: a store holds one currency, so import into a store of its own")
            .arg(remedies.currencyRequest(e.value), e.detail);
    case ErrorCode::UnknownCurrencyCode:
        return tr("\"%1\" is not an ISO 4217 currency code: give a three-letter code such as EUR, USD or GBP")
            .arg(e.value);
    case ErrorCode::TooManyOrdersForCustomer:
        return tr("the customer \"%1\" would have more than %2 orders, the most Patronage keeps for one customer: "
                  "check the customer column")
            .arg(e.value, QString::number(e.number));
    case ErrorCode::StoreTotalTooLarge:
        return tr("the store's orders would add up to more than %1, the largest total Patronage keeps exactly: "
                  "check the amounts, or split the shop into stores")
            .arg(QString::number(e.number));
    case ErrorCode::ImportCancelled: return tr("import cancelled: nothing was changed");
    case ErrorCode::Cancelled: return tr("cancelled: nothing was changed");
    case ErrorCode::StoreMissing: return tr("no such store: import a file first to create it");
    case ErrorCode::StoreNotSqlite:
        return tr("not a Patronage store (it is not an SQLite database): choose a .patronage file, or a new file "
                  "name to create a store");
    case ErrorCode::StoreForeign:
        return tr("an SQLite database but not a Patronage store: it was left untouched; choose a .patronage file, or "
                  "a new file name");
    case ErrorCode::StoreTooNew:
        return tr("written by a newer Patronage (store version %1; this Patronage reads up to version %2): it was "
                  "left untouched; update Patronage to open it")
            .arg(e.number)
            .arg(e.detail);
    case ErrorCode::StoreNeedsUpgrade: return tr("an older or empty store: open it for writing once to upgrade it");
    case ErrorCode::StoreBusy:
        return tr("the store is busy: another Patronage is writing to it; try again when it has finished");
    case ErrorCode::StoreDiskFull: return tr("the disk is full: free some space and try again");
    case ErrorCode::StoreReadOnly:
        return tr("the store cannot be written (a read-only disk, or a file you may not change): copy it somewhere "
                  "writable and try again");
    case ErrorCode::StoreWriteFailed:
        return tr("the store could not be written (%1): check the disk has space and works").arg(e.detail);
    case ErrorCode::StoreReadFailed:
        return tr("the store could not be read (%1): check the disk works, or open a backup of the store")
            .arg(e.detail);
    case ErrorCode::StoreCorrupt:
        return tr("the store is damaged (%1): nothing was changed; open a backup of the store, or import the shop's "
                  "exports into a new store")
            .arg(e.detail);
    case ErrorCode::StoreSchemaAltered:
        return tr("the store was changed by another program (%1): Patronage does not use it, so nothing in it can "
                  "run; import the shop's exports into a new store")
            .arg(e.detail);
    case ErrorCode::StoreValueInvalid:
        return tr("the store holds a value Patronage never writes (%1): it was not used; import the shop's exports "
                  "into a new store")
            .arg(e.detail);
    case ErrorCode::StoreForeignWal:
        return tr("the file %1 beside the store does not belong to it (%2), so it was left alone and the store was "
                  "not opened: move that file away (it may hold another store's unsaved changes) and open the store "
                  "again")
            .arg(e.detail, e.value);
    case ErrorCode::StoreDamagedWal:
        return tr("the file %1 beside the store, which holds its latest changes, is damaged: the store was not opened, "
                  "so nothing was lost; move that file away to open the store as it was before those changes, or "
                  "open a backup")
            .arg(e.detail);
    case ErrorCode::StoreNotRegular:
        return tr("this is not a store file but a folder, a device or a pipe: choose a .patronage file");
    case ErrorCode::StoreCannotCreate: return tr("cannot create the store: %1").arg(e.detail);
    case ErrorCode::InvalidParameter: return e.detail;
    case ErrorCode::CustomerNotFound: return tr("no customer with the key or e-mail \"%1\" in this store").arg(e.value);
    case ErrorCode::NothingToForget:
        return tr("no customer with the e-mail %1 in this store: nothing was changed").arg(e.value);
    case ErrorCode::NoOrdersByDate: return tr("no customer ordered on or before %1: choose a later date").arg(e.value);
    case ErrorCode::TooFewRepeatCustomers:
        // No plural form: the command line has no translations to say it with.
        return tr("not enough repeat purchases to predict: customers who bought again by %1: %2; at least 10 are "
                  "needed")
            .arg(e.value, QString::number(e.number));
    case ErrorCode::ValueUnpredictable:
        return tr("the value of a purchase cannot be predicted from the orders to %1: their values vary too "
                  "widely for the mean to be known")
            .arg(e.value);
    case ErrorCode::OutputIsStore:
        return tr("this is a Patronage store: a list is never written over a store; choose another file name");
    case ErrorCode::OutputIsInput:
        return tr("this is a file the command reads: choose another file name for what it writes");
    case ErrorCode::OutputNotRegular:
        return tr("this is not a regular file (a folder, a device or a pipe): choose a file name to write to");
    case ErrorCode::OutputWriteFailed: return tr("cannot write: %1").arg(e.detail);
    }
    return {};
}

} // namespace Patronage
