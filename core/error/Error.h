#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Patronage {

/// What went wrong, as a code the front ends word for their users. The
/// codes say what the problem is; the wording, and what to do about it
/// (an option on the command line, a control in the app), is composed at
/// the edge (core/error/ErrorText.h).
enum class ErrorCode {
    // The input file as a whole.
    FileUnreadable, ///< detail: the system's words
    FileIsFolder,
    FileNotRegular, ///< a FIFO, a device, a socket
    FileEmpty,
    FileHeaderOnly,
    FileIsXlsx,
    FileIsXls,
    FileIsZip,
    FileIsGzip,
    FileIsUtf16,
    FileIsBinary,
    FileReadFailed, ///< detail: the system's words
    QuoteNeverClosed,
    FieldTooLong,   ///< number: the limit in bytes
    TooManyColumns, ///< number: the limit
    // The file's columns.
    UnknownFormat, ///< names: the header
    WooCommerceAnalytics,
    PrestaShopOrderList,       ///< PrestaShop's Orders > Export: no customer id or e-mail
    NotShopifyCustomersExport, ///< names: the columns of Shopify's customer import the file lacks
    ColumnCountDiffers,        ///< number: the line's fields, detail: the header's
    MissingColumn,             ///< format, field, names: the columns looked for
    MappedColumnMissing,       ///< field, value: the column the user named, names: the header
    MissingMappedField,        ///< field: a generic file needs a column for it; names: the header
    MissingCustomerColumn,     ///< format (WooCommerce or generic)
    DuplicateColumn,           ///< value: the column name written twice
    TextTooLong,               ///< columnName, number: the limit in characters
    // One value of the file.
    UnreadableDate,           ///< value, columnName, detail: the date layout
    AmbiguousDates,           ///< value: a sample, columnName
    UnreadableDateSample,     ///< value, columnName: no layout reads the file's dates
    EmptyAmount,              ///< field, columnName
    UnreadableAmount,         ///< value, columnName, detail: "comma" or "point"
    AmountOutOfRange,         ///< value, columnName, number: the limit in major units
    OffsetOutOfRange,         ///< value, columnName
    DateOutOfRange,           ///< value, columnName
    CurrencyMismatch,         ///< value: the file's currency, detail: the store's
    CurrencyOptionMismatch,   ///< value: the currency asked for, detail: the store's
    UnknownCurrencyCode,      ///< value
    TooManyOrdersForCustomer, ///< value: the customer, number: the limit
    StoreTotalTooLarge,       ///< number: the limit in major units
    ImportCancelled,
    Cancelled, ///< long work stopped on request; nothing was changed
    // The store.
    StoreMissing,
    StoreNotSqlite,
    StoreForeign,
    StoreTooNew,       ///< number: the store's version, detail: the newest this build reads
    StoreNeedsUpgrade, ///< an older or empty store opened read-only
    StoreBusy,
    StoreDiskFull,
    StoreReadOnly,
    StoreWriteFailed,   ///< detail: SQLite's words
    StoreReadFailed,    ///< detail: SQLite's words
    StoreCorrupt,       ///< detail: what is damaged
    StoreSchemaAltered, ///< detail: what differs from Patronage's own schema
    StoreValueInvalid,  ///< detail: table and column, value
    StoreForeignWal,    ///< detail: the -wal file beside the store, value: why it is not this store's
    StoreDamagedWal,    ///< detail: the -wal file, whose committed changes cannot all be read
    StoreNotRegular,    ///< the store's path is a folder, a device or a pipe
    StoreCannotCreate,  ///< detail: the system's words
    // Parameters and requests.
    InvalidParameter,      ///< detail: which parameter, value, number: low, (names[0]: high)
    CustomerNotFound,      ///< value: the key or e-mail asked for
    NothingToForget,       ///< value: the e-mail
    NoOrdersByDate,        ///< value: the as-of date, before the store's first order
    TooFewRepeatCustomers, ///< value: the as-of date, number: customers who bought again by it
    ValueUnpredictable,    ///< value: the as-of date; Gamma-Gamma's mean value is infinite (q <= 1)
    // Files Patronage writes.
    OutputIsStore,     ///< file: the output path
    OutputIsInput,     ///< file: the output path
    OutputNotRegular,  ///< file: the output path
    OutputWriteFailed, ///< detail: the system's words
};

/// A failure with where it happened and what it concerns. Values from the
/// input are kept as a short excerpt (see excerpt()).
struct Error {
    ErrorCode code = ErrorCode::FileUnreadable;
    QString file;    ///< the file concerned (input, store or output)
    qint64 line = 0; ///< 1-based; 0 when no line is meant
    int column = 0;  ///< 1-based; 0 when no single column is meant
    QString value;   ///< the offending value, as an excerpt
    QString columnName;
    int field = -1;  ///< a Field (core/formats/FormatLayout.h) when the error concerns one
    int format = -1; ///< an ImportFormat when the error concerns one
    QStringList names;
    QString detail; ///< code-specific, see ErrorCode
    qint64 number = 0;

    Error() = default;
    explicit Error(ErrorCode c)
        : code(c)
    { }
    Error &at(qint64 l, int c = 0)
    {
        line = l;
        column = c;
        return *this;
    }
    Error &inFile(const QString &path)
    {
        if (file.isEmpty())
            file = path;
        return *this;
    }
    Error &withValue(QStringView v)
    {
        value = excerpt(v);
        return *this;
    }
    Error &withDetail(const QString &d)
    {
        detail = d;
        return *this;
    }
    Error &withNumber(qint64 n)
    {
        number = n;
        return *this;
    }

    /// At most 60 characters of \a text, control characters shown as spaces:
    /// a message never echoes a 200 MB field or a terminal escape.
    static QString excerpt(QStringView text);
};

} // namespace Patronage

Q_DECLARE_METATYPE(Patronage::Error)
