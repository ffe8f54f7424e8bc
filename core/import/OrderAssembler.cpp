#include "core/import/OrderAssembler.h"

#include <QCryptographicHash>

#include <cstdlib>

#include "core/store/Limits.h"

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

OrderAssembler::OrderAssembler(Settings settings, HeaderIndex header, Sink sink, ImportReport &report)
    : m_settings(std::move(settings))
    , m_header(std::move(header))
    , m_sink(std::move(sink))
    , m_report(report)
{ }

QByteArrayView OrderAssembler::cell(const CsvRecord &record, Field field) const
{
    const int column = m_settings.layout.column(field);
    return column < 0 ? QByteArrayView() : record.field(column).trimmed();
}

bool OrderAssembler::fail(const CsvRecord &record, Field field, Error error)
{
    const int column = m_settings.layout.column(field);
    m_error = std::move(error);
    m_error.line = record.line();
    m_error.column = column + 1;
    m_error.field = int(field);
    if (m_error.columnName.isEmpty())
        m_error.columnName = m_header.nameAt(column);
    return false;
}

void OrderAssembler::skip(const CsvRecord &record, Field field, SkipReason reason)
{
    ++m_report.rowsSkipped;
    if (m_report.skipped.size() < ImportReport::kMaxSkippedListed) {
        const int column = m_settings.layout.column(field);
        m_report.skipped.append({record.line(), column + 1, Error::excerpt(record.text(column)), reason});
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
        m_report.notes.append({record.line(), m_settings.layout.column(field) + 1, Error::excerpt(customer),
                               m_pending.order.orderKey, m_pending.order.line, m_pending.order.customerKey});
    }
}

bool OrderAssembler::readAmount(const CsvRecord &record, Field field, bool required, qint64 *micros)
{
    const QByteArrayView text = cell(record, field);
    if (text.isEmpty()) {
        *micros = 0;
        if (!required)
            return true;
        return fail(record, field, Error(ErrorCode::EmptyAmount));
    }
    const auto value = parseAmountMicros(text, m_settings.decimal);
    if (!value) {
        return fail(record, field,
                    Error(ErrorCode::UnreadableAmount)
                        .withValue(record.text(m_settings.layout.column(field)))
                        .withDetail(m_settings.decimal == DecimalSymbol::Comma ? QStringLiteral("comma")
                                                                               : QStringLiteral("point")));
    }
    *micros = *value;
    return true;
}

bool OrderAssembler::readPackedRefunds(const CsvRecord &record, qint64 *micros)
{
    // "amount:10|reason:Damaged|date:2024-05-03 09:00:00;amount:5.5|reason:|date:…": the reason
    // is free text, so only a part that starts a refund ("amount:") is read as an amount.
    *micros = 0;
    const QByteArrayView text = cell(record, Field::Refunded);
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = text.indexOf(';', at);
        if (end < 0)
            end = text.size();
        const QByteArrayView refund = text.sliced(at, end - at).trimmed();
        at = end + 1;
        if (!refund.startsWith("amount:"))
            continue;
        QByteArrayView amount = refund.sliced(7);
        if (const qsizetype bar = amount.indexOf('|'); bar >= 0)
            amount = amount.first(bar);
        const auto value = parseAmountMicros(amount.trimmed(), m_settings.decimal);
        if (!value) {
            return fail(record, Field::Refunded,
                        Error(ErrorCode::UnreadableAmount)
                            .withValue(QString::fromUtf8(amount))
                            .withDetail(m_settings.decimal == DecimalSymbol::Comma ? QStringLiteral("comma")
                                                                                   : QStringLiteral("point")));
        }
        // However many refunds a hostile file packs in, the sum never overflows (Limits.h
        // then refuses any amount past its limit).
        if (__builtin_add_overflow(*micros, *value, micros))
            return fail(record, Field::Refunded,
                        Error(ErrorCode::AmountOutOfRange)
                            .withValue(QString::fromUtf8(amount))
                            .withNumber(qint64(Limits::kMaxAmountMinor / powerOfTen(m_settings.currency.decimals))));
    }
    return true;
}

bool OrderAssembler::readDate(const CsvRecord &record, WallClockTime *time)
{
    const auto value = m_settings.dates.parse(cell(record, Field::Date));
    if (!value) {
        return fail(record, Field::Date,
                    Error(ErrorCode::UnreadableDate)
                        .withValue(record.text(m_settings.layout.column(Field::Date)))
                        .withDetail(m_settings.dates.describe()));
    }
    if (value->utcOffsetMinutes && std::abs(*value->utcOffsetMinutes) > Limits::kMaxUtcOffsetMinutes) {
        return fail(record, Field::Date,
                    Error(ErrorCode::OffsetOutOfRange).withValue(record.text(m_settings.layout.column(Field::Date))));
    }
    *time = *value;
    return true;
}

bool OrderAssembler::checkCurrency(const CsvRecord &record)
{
    const QString code = record.text(m_settings.layout.column(Field::Currency)).toUpper();
    if (code.isEmpty())
        return true;
    if (!Currency::isIsoCode(code))
        return fail(record, Field::Currency, Error(ErrorCode::UnknownCurrencyCode).withValue(code));
    if (m_settings.currency.code.isEmpty()) {
        m_settings.currency.code = code;
        return true;
    }
    if (code == m_settings.currency.code)
        return true;
    return fail(record, Field::Currency,
                Error(ErrorCode::CurrencyMismatch).withValue(code).withDetail(m_settings.currency.code));
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
    for (const Field field :
         {Field::Customer, Field::Email, Field::Date, Field::Total, Field::Quantity, Field::UnitPrice}) {
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
        skip(record, Field::Date, SkipReason::NoDate);
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
    const std::pair<Field, const QString *> texts[] = {{Field::Order, &order.orderKey},
                                                       {Field::Customer, &order.customerKey},
                                                       {Field::Email, &order.email},
                                                       {Field::Name, &order.name}};
    for (const auto &[field, text] : texts) {
        if (text->size() > Limits::kMaxTextLength) {
            const Field column = field == Field::Customer && !layout.has(Field::Customer) ? Field::Email : field;
            return fail(record, column, Error(ErrorCode::TextTooLong).withNumber(Limits::kMaxTextLength));
        }
    }
    const QString status = record.text(layout.column(Field::OrderStatus)).toLower();
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
        if (!readAmount(record, Field::Quantity, true, &quantity)
            || !readAmount(record, Field::UnitPrice, true, &price))
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
    if (!readAmount(record, Field::Total, true, &total)
        || !(m_settings.layout.packedRefunds ? readPackedRefunds(record, &refunded)
                                             : readAmount(record, Field::Refunded, false, &refunded)))
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
    const int decimals = m_settings.currency.decimals;
    // No amount past the limit, so that no sum of them can overflow (Limits.h).
    const Int128 limit = minorToPicos(Limits::kMaxAmountMinor, decimals);
    for (const Int128 picos : {m_pending.grossPicos, m_pending.refundedPicos}) {
        if (picos > limit || picos < -limit) {
            m_error = Error(ErrorCode::AmountOutOfRange).at(order.line);
            m_error.columnName = m_header.nameAt(m_settings.layout.column(Field::Total));
            m_error.value =
                Money{picos > 0 ? Limits::kMaxAmountMinor : -Limits::kMaxAmountMinor, m_settings.currency}.machineText()
                + QStringLiteral("…");
            m_error.number = qint64(Limits::kMaxAmountMinor / powerOfTen(decimals));
            return false;
        }
    }
    order.gross = picosToMinor(m_pending.grossPicos, decimals);
    order.grossResidualPicos = qint64(m_pending.grossPicos - minorToPicos(order.gross, decimals));
    order.refunded = picosToMinor(m_pending.refundedPicos, decimals);
    if (m_settings.layout.negativeTotalIsCreditNote && order.gross < 0)
        order.isCreditNote = true;
    if (!m_sink(order)) {
        m_stoppedBySink = true;
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
        skip(record, Field::Order, SkipReason::NoOrderNumber);
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
