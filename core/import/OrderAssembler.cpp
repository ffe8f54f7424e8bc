#include "core/import/OrderAssembler.h"

#include <QCryptographicHash>

namespace Patronage {

namespace {

// "17850.0" (a spreadsheet's float) is customer 17850.
QString normaliseNumericId(QString id)
{
    const qsizetype point = id.indexOf(QLatin1Char('.'));
    if (point > 0) {
        bool zeros = true;
        for (qsizetype i = point + 1; i < id.size() && zeros; ++i)
            zeros = id.at(i) == QLatin1Char('0');
        bool digits = true;
        for (qsizetype i = 0; i < point && digits; ++i)
            digits = id.at(i).isDigit();
        if (zeros && digits)
            id.truncate(point);
    }
    return id;
}

} // namespace

QString InputError::describe(const QString &path) const
{
    QString location = path;
    if (line > 0)
        location += QLatin1Char(':') + QString::number(line);
    if (line > 0 && column > 0)
        location += QLatin1Char(':') + QString::number(column);
    return location + QStringLiteral(": ") + message;
}

OrderAssembler::OrderAssembler(Settings settings, HeaderIndex header, Sink sink, ImportReport &report)
    : m_settings(std::move(settings))
    , m_header(std::move(header))
    , m_sink(std::move(sink))
    , m_report(report)
{
}

QByteArrayView OrderAssembler::cell(const CsvRecord &record, Field field) const
{
    const int column = m_settings.layout.column(field);
    return column < 0 ? QByteArrayView() : record.field(column).trimmed();
}

bool OrderAssembler::fail(const CsvRecord &record, Field field, const QString &message)
{
    m_error.line = record.line();
    m_error.column = m_settings.layout.column(field) + 1;
    m_error.message = message;
    return false;
}

void OrderAssembler::skip(const CsvRecord &record, Field field, const QString &reason)
{
    ++m_report.rowsSkipped;
    if (m_report.skipped.size() < ImportReport::kMaxSkippedListed) {
        const int column = m_settings.layout.column(field);
        m_report.skipped.append({record.line(), column + 1, record.text(column), reason});
    }
}

void OrderAssembler::noteCustomerConflict(const CsvRecord &record)
{
    const QString customer = customerKeyFor(record);
    if (customer == m_pending.order.customerKey)
        return;
    ++m_report.rowsNoted;
    if (m_report.notes.size() < ImportReport::kMaxSkippedListed) {
        const Field field = m_settings.layout.has(Field::Customer) ? Field::Customer : Field::Email;
        m_report.notes.append({record.line(), m_settings.layout.column(field) + 1, customer,
                               QStringLiteral("order %1 starts on line %2 with customer \"%3\": the row is counted "
                                              "in that order, for that customer")
                                   .arg(m_pending.order.orderKey)
                                   .arg(m_pending.order.line)
                                   .arg(m_pending.order.customerKey)});
    }
}

bool OrderAssembler::readAmount(const CsvRecord &record, Field field, bool required, qint64 *micros)
{
    const QByteArrayView text = cell(record, field);
    if (text.isEmpty()) {
        *micros = 0;
        if (!required)
            return true;
        return fail(record, field,
                    QStringLiteral("the %1 in column \"%2\" is empty: every order needs one; "
                                   "fix the export or leave the row out")
                        .arg(fieldName(field), m_header.nameAt(m_settings.layout.column(field))));
    }
    const auto value = parseAmountMicros(text, m_settings.decimal);
    if (!value) {
        return fail(record, field,
                    QStringLiteral("cannot read the amount \"%1\" in column \"%2\" (decimal %3): write amounts as "
                                   "numbers such as 1234.56 or 1.234,56")
                        .arg(record.text(m_settings.layout.column(field)),
                             m_header.nameAt(m_settings.layout.column(field)),
                             m_settings.decimal == DecimalSymbol::Comma ? QStringLiteral("comma")
                                                                         : QStringLiteral("point")));
    }
    *micros = *value;
    return true;
}

bool OrderAssembler::readDate(const CsvRecord &record, WallClockTime *time)
{
    const auto value = m_settings.dates.parse(cell(record, Field::Date));
    if (!value) {
        return fail(record, Field::Date,
                    QStringLiteral("cannot read the date \"%1\" in column \"%2\" as %3: %4")
                        .arg(record.text(m_settings.layout.column(Field::Date)),
                             m_header.nameAt(m_settings.layout.column(Field::Date)), m_settings.dates.describe(),
                             m_settings.dateFormatHint));
    }
    *time = *value;
    return true;
}

bool OrderAssembler::checkCurrency(const CsvRecord &record)
{
    const QString code = record.text(m_settings.layout.column(Field::Currency)).toUpper();
    if (code.isEmpty())
        return true;
    if (m_settings.currency.isEmpty()) {
        m_settings.currency = code;
        return true;
    }
    if (code == m_settings.currency)
        return true;
    return fail(record, Field::Currency,
                QStringLiteral("amounts are in %1 but the store holds %2: a store holds one currency, so import "
                               "this file into a store of its own")
                    .arg(code, m_settings.currency));
}

QString OrderAssembler::customerKeyFor(const CsvRecord &record) const
{
    const FormatLayout &layout = m_settings.layout;
    QString id = record.text(layout.column(Field::Customer));
    if (layout.zeroCustomerIdIsNone && id == QLatin1String("0"))
        id.clear();
    if (!id.isEmpty())
        return layout.numericCustomerIds ? normaliseNumericId(id) : id;
    return record.text(layout.column(Field::Email)).toLower();
}

QString OrderAssembler::contentKey(const CsvRecord &record)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Field field : {Field::Customer, Field::Email, Field::Date, Field::Total, Field::Quantity,
                              Field::UnitPrice}) {
        hash.addData(cell(record, field));
        hash.addData(QByteArrayView("\x1f", 1));
    }
    const QByteArray digest = hash.result().left(12);
    const int occurrence = ++m_contentOccurrences[digest];
    return QStringLiteral("row-%1-%2").arg(QString::fromLatin1(digest.toHex())).arg(occurrence);
}

bool OrderAssembler::startOrder(const CsvRecord &record, const QString &key)
{
    const FormatLayout &layout = m_settings.layout;
    if (cell(record, Field::Date).isEmpty()) {
        skip(record, Field::Date, QStringLiteral("no date: the row is not an order"));
        return true;
    }
    NormalisedOrder &order = m_pending.order;
    order = NormalisedOrder();
    if (!readDate(record, &order.placedAt) || !checkCurrency(record))
        return false;
    order.orderKey = key;
    order.line = record.line();
    order.customerKey = customerKeyFor(record);
    order.email = record.text(layout.column(Field::Email));
    order.name = record.text(layout.column(Field::Name));
    if (order.name.isEmpty() && layout.has(Field::FirstName)) {
        const QString fullName = record.text(layout.column(Field::FirstName)) + QLatin1Char(' ')
            + record.text(layout.column(Field::LastName));
        order.name = fullName.trimmed();
    }
    const QString status = record.text(layout.column(Field::Status)).toLower();
    const bool cancelled = layout.cancelledStatuses.contains(status)
        || layout.cancelledStatuses.contains(status.mid(status.startsWith(QLatin1String("wc-")) ? 3 : 0))
        || (layout.cancelledAtMeansCancelled && !cell(record, Field::CancelledAt).isEmpty());
    order.state = cancelled ? OrderState::Cancelled : OrderState::Valid;
    order.isCreditNote = layout.creditNotePrefixC && key.startsWith(QLatin1Char('C'), Qt::CaseInsensitive);
    m_pending.grossPicos = 0;
    m_pending.refundedPicos = 0;
    m_pending.active = true;
    return addAmounts(record);
}

bool OrderAssembler::addAmounts(const CsvRecord &record)
{
    if (m_settings.layout.grouping == Grouping::LineItems) {
        qint64 quantity = 0;
        qint64 price = 0;
        if (!readAmount(record, Field::Quantity, true, &quantity) || !readAmount(record, Field::UnitPrice, true, &price))
            return false;
        m_pending.grossPicos += lineTotalPicos(quantity, price);
        if (m_settings.layout.has(Field::Date)) {
            const auto time = m_settings.dates.parse(cell(record, Field::Date));
            if (time && time->secondsSinceEpoch < m_pending.order.placedAt.secondsSinceEpoch)
                m_pending.order.placedAt = *time;
        }
        return true;
    }
    qint64 total = 0;
    qint64 refunded = 0;
    if (!readAmount(record, Field::Total, true, &total) || !readAmount(record, Field::Refunded, false, &refunded))
        return false;
    m_pending.grossPicos += Int128(total) * kPicosPerMicro;
    m_pending.refundedPicos += Int128(refunded) * kPicosPerMicro;
    return true;
}

bool OrderAssembler::emitPending()
{
    if (!m_pending.active)
        return true;
    m_pending.active = false;
    NormalisedOrder &order = m_pending.order;
    order.gross = picosToMinor(m_pending.grossPicos, m_settings.currencyDecimals);
    order.grossResidualPicos = qint64(m_pending.grossPicos - minorToPicos(order.gross, m_settings.currencyDecimals));
    order.refunded = picosToMinor(m_pending.refundedPicos, m_settings.currencyDecimals);
    if (m_settings.layout.negativeTotalIsCreditNote && order.gross < 0)
        order.isCreditNote = true;
    if (!m_sink(order)) {
        m_error = {order.line, 0, QString()};
        return false;
    }
    return true;
}

bool OrderAssembler::addRecord(const CsvRecord &record)
{
    ++m_report.rowsRead;
    const Grouping grouping = m_settings.layout.grouping;
    if (grouping == Grouping::RowPerOrder) {
        if (!startOrder(record, contentKey(record)))
            return false;
        return emitPending();
    }
    // Rows of one order mostly come together: compare raw bytes before decoding.
    const QByteArrayView rawKey = cell(record, Field::Order);
    if (rawKey.isEmpty()) {
        skip(record, Field::Order, QStringLiteral("no order number: the row belongs to no order"));
        return true;
    }
    if (m_pending.active && rawKey == QByteArrayView(m_pending.rawKey)) {
        // Another line of the same order.
        if (grouping == Grouping::FirstRowPerOrder)
            return true;
        noteCustomerConflict(record);
        return addAmounts(record);
    }
    if (!emitPending())
        return false;
    m_pending.rawKey = rawKey.toByteArray();
    return startOrder(record, record.text(m_settings.layout.column(Field::Order)));
}

bool OrderAssembler::finish()
{
    return emitPending();
}

} // namespace Patronage
