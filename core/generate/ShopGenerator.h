#pragma once

#include <QString>

#include <atomic>

class QIODevice;

namespace Patronage {

/// What kind of synthetic shop to write.
struct GeneratorParams {
    enum class Format { Shopify, Lines };
    /// How the orders fall to customers. SmallShop: like a small real shop, a repeat rate
    /// near 30% and a best customer with a few dozen orders in two years of 6,000 orders.
    /// LongTail: a few very loyal customers with hundreds of orders, most customers
    /// repeat (the shape the benchmarks' stores were made with).
    enum class Shape { SmallShop, LongTail };
    qint64 orders = 1000;
    qint64 customers = 0; ///< 0: as the shape has it (SmallShop 7/4 of the orders, LongTail a quarter)
    Shape shape = Shape::SmallShop;
    int months = 24;
    int lastMonths = 0; ///< write only the orders of the last this many months (0: all): the latest export
    Format format = Format::Shopify;
    quint64 seed = 1;
    int startYear = 2023;
    QString currency = QStringLiteral("USD");
};

/// Writes a realistic synthetic shop as CSV: repeat purchases as the shape has them, Pareto-like spend, seasonality,
/// about 3% refunds, 1% cancellations and 5% guest orders. The same parameters always give the same bytes.
class ShopGenerator
{
public:
    explicit ShopGenerator(const GeneratorParams &params)
        : m_params(params)
    { }

    /// Streams the file to \a out; false (with error()) when writing fails.
    bool write(QIODevice *out, const std::atomic_bool *cancel = nullptr);
    QString error() const { return m_error; }
    /// Rows written (line items), once write() is done.
    qint64 rowsWritten() const { return m_rows; }

private:
    GeneratorParams m_params;
    QString m_error;
    qint64 m_rows = 0;
};

} // namespace Patronage
