#pragma once

#include <QString>

#include <atomic>

class QIODevice;

namespace Patronage {

/// What kind of synthetic shop to write.
struct GeneratorParams {
    enum class Format { Shopify, Lines };
    qint64 orders = 1000;
    qint64 customers = 0; ///< 0: a quarter of the orders
    int months = 24;
    int lastMonths = 0; ///< write only the orders of the last this many months (0: all): the latest export
    Format format = Format::Shopify;
    quint64 seed = 1;
    int startYear = 2023;
    QString currency = QStringLiteral("USD");
};

/// Writes a realistic synthetic shop as CSV: repeat purchases with a long
/// tail, Pareto-like spend, seasonality, about 3% refunds, 1% cancellations
/// and 5% guest orders. The same parameters always give the same bytes.
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
