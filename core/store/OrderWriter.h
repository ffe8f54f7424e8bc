#pragma once

#include <memory>
#include <optional>

#include "core/error/Result.h"
#include "core/money/Int128.h"
#include "core/store/NormalisedOrder.h"

namespace Patronage {

class Store;

/// Writes one import's orders and credit notes, inside the caller's
/// transaction. An order key already stored by an earlier import is replaced
/// (updated, or unchanged when it ends up identical); one seen earlier in
/// the same import is a further part of that order and is added to it
/// exactly (the order's total is rounded once, over all its parts).
class OrderWriter
{
public:
    /// What one write did.
    enum class Outcome {
        Inserted,   ///< a key the store did not hold
        Replaced,   ///< a key an earlier import wrote: this import's version stands
        MergedPart, ///< a further part of an order this import wrote
        Repeated,   ///< the same whole order again in this import: the later one stands
    };
    /// How the replaced orders compare with what they were, once all parts are in.
    struct Settled {
        qint64 updated = 0;
        qint64 unchanged = 0;
    };

    /// \a mergeRepeats: a key met again in the same file is a further part of
    /// the order (line items); otherwise the later row is the whole order again
    /// and replaces the earlier one.
    OrderWriter(Store &store, qint64 importId, int currencyDecimals, bool mergeRepeats);

    Result<Outcome> write(const NormalisedOrder &order);
    /// Settles the updated/unchanged counts once every part is written.
    Result<Settled> finish();
    /// The earliest placed_at (before or after) of anything this import wrote.
    std::optional<qint64> earliestChange() const { return m_earliestChange; }
    /// The magnitudes of every amount written, added (exactly).
    Int128 writtenMagnitude() const { return m_writtenMagnitude; }

    ~OrderWriter();
    OrderWriter(const OrderWriter &) = delete;
    OrderWriter &operator=(const OrderWriter &) = delete;

private:
    struct Statements;
    std::optional<qint64> customerId(const NormalisedOrder &order);
    Result<Outcome> writeDocument(const NormalisedOrder &order, std::optional<qint64> customer);
    Status mergePart(int kind, qint64 id, qint64 storedAmount, const NormalisedOrder &part);
    void noteChange(qint64 placedAt);

    Store &m_store;
    qint64 m_importId;
    int m_currencyDecimals;
    bool m_mergeRepeats;
    std::optional<Error> m_error;
    std::optional<qint64> m_earliestChange;
    Int128 m_writtenMagnitude = 0;
    std::unique_ptr<Statements> m_sql;
};

} // namespace Patronage
