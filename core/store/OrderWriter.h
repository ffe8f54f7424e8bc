#pragma once

#include "core/import/ImportReport.h"
#include "core/import/NormalisedOrder.h"
#include "core/store/Statement.h"

#include <QHash>

namespace Patronage {

class Store;
}
struct sqlite3;
namespace Patronage {

/// Writes one import's orders and credit notes, inside the caller's
/// transaction. An order key already stored by an earlier import is replaced
/// (counted as updated, or unchanged when it ends up identical); one seen
/// earlier in the same import is a further part of that order and is added
/// to it exactly (the order's total is rounded once, over all its parts).
class OrderWriter
{
public:
    /// \a mergeRepeats: a key met again in the same file is a further part of
    /// the order (line items); otherwise the later row is the whole order again
    /// and replaces the earlier one.
    OrderWriter(Store &store, qint64 importId, int currencyDecimals, bool mergeRepeats, ImportReport &report);

    bool write(const NormalisedOrder &order);
    /// Settles the updated/unchanged counts once every part is written.
    bool finish();
    QString error() const { return m_error; }
    /// The earliest placed_at (before or after) of anything this import wrote.
    std::optional<qint64> earliestChange() const { return m_earliestChange; }

private:
    std::optional<qint64> customerId(const NormalisedOrder &order);
    bool writeDocument(const NormalisedOrder &order, std::optional<qint64> customer);
    bool mergePart(int kind, qint64 id, qint64 storedAmount, const NormalisedOrder &part);
    bool fail(const Statement &statement);
    void noteChange(qint64 placedAt);

    sqlite3 *m_db;
    qint64 m_importId;
    int m_currencyDecimals;
    bool m_mergeRepeats;
    ImportReport &m_report;
    QString m_error;
    std::optional<qint64> m_earliestChange;
    // A bounded cache of customer ids: memory stays flat on any file size.
    QHash<QString, qint64> m_customerIds;

    Statement m_findCustomer, m_insertCustomer, m_updateCustomer;
    Statement m_find[2], m_insert[2], m_replace[2], m_merge[2], m_remember[2];
    Statement m_findResidual, m_saveResidual;
};

} // namespace Patronage
