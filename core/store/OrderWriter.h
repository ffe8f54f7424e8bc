#pragma once

#include "core/import/ImportReport.h"
#include "core/import/NormalisedOrder.h"
#include "core/store/Statement.h"

#include <QHash>

namespace Patronage {

class Store;

/// Writes one import's orders and credit notes, inside the caller's
/// transaction. An order key already stored by an earlier import is replaced
/// (counted as updated, or unchanged when identical); one seen earlier in the
/// same import is a further part of that order and is added to it.
class OrderWriter
{
public:
    OrderWriter(Store &store, qint64 importId, ImportReport &report);

    bool write(const NormalisedOrder &order);
    QString error() const { return m_error; }

private:
    std::optional<qint64> customerId(const NormalisedOrder &order);
    bool writeOrder(const NormalisedOrder &order, std::optional<qint64> customer);
    bool writeCreditNote(const NormalisedOrder &order, std::optional<qint64> customer);
    bool fail(const Statement &statement);

    qint64 m_importId;
    ImportReport &m_report;
    QString m_error;
    // A bounded cache of customer ids: memory stays flat on any file size.
    QHash<QString, qint64> m_customerIds;

    Statement m_findCustomer, m_insertCustomer, m_updateCustomer;
    Statement m_findOrder, m_insertOrder, m_replaceOrder, m_mergeOrder, m_touchOrder;
    Statement m_findNote, m_insertNote, m_replaceNote, m_mergeNote;
};

} // namespace Patronage
