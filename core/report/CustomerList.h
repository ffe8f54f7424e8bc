#pragma once

#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

#include "core/report/CustomerFigures.h"
#include "core/report/CustomerRow.h"
#include "core/store/CustomerDirectory.h"

namespace Patronage {

/// Customers as a list shows them: their figures at one month in list
/// order, with the directory their keys, e-mails and names come from.
/// Compact (a million customers take some 60 bytes each beside the
/// directory) and cheap to copy: filtering or sorting shares the figures
/// and keeps only the order of its rows.
class CustomerList
{
public:
    /// What a list may hold of each customer beside the month's figures: each
    /// present vector has one entry per snapshot.
    struct Extras {
        std::optional<std::vector<Movement>> movements;      ///< a comparison's movers
        std::optional<std::vector<RfmScore>> rfm;            ///< spec §11 at the month
        std::optional<std::vector<LoyaltyGroup>> nextGroups; ///< spec §14: one order away
    };

    CustomerList() = default;
    /// \a snapshots by revenue, highest first, then by key (the order every
    /// list starts in), with their \a extras.
    CustomerList(std::vector<CustomerSnapshot> snapshots, std::shared_ptr<const CustomerDirectory> directory,
                 Extras extras = {});

    qsizetype size() const { return m_order ? qsizetype(m_order->size()) : qsizetype(all().size()); }
    bool isEmpty() const { return size() == 0; }
    const CustomerSnapshot &snapshot(qsizetype row) const { return all()[position(row)]; }
    /// The row with the customer's key, e-mail and name.
    CustomerRow row(qsizetype row) const;
    const std::shared_ptr<const CustomerDirectory> &directory() const { return m_directory; }

    /// The same list with each customer's prediction from \a values (spec §10), or
    /// without any when they do not predict.
    CustomerList withPredictions(const Predict::CustomerValues &values) const;
    bool hasPredictions() const { return m_predictions != nullptr; }
    /// The row's prediction, or null without predictions.
    const Predict::CustomerPrediction *prediction(qsizetype row) const
    {
        return m_predictions ? &(*m_predictions)[position(row)] : nullptr;
    }
    bool hasMovements() const { return m_rows && m_rows->extras.movements; }
    bool hasNextGroups() const { return m_rows && m_rows->extras.nextGroups; }
    /// Where the row's customer moved, their RFM scores, the group one more order takes them
    /// to: null when the list does not hold it.
    const Movement *movement(qsizetype row) const { return extra(&Extras::movements, row); }
    const RfmScore *rfm(qsizetype row) const { return extra(&Extras::rfm, row); }
    const LoyaltyGroup *nextGroup(qsizetype row) const { return extra(&Extras::nextGroups, row); }
    /// The figures the list has (CustomerFigures::columns of what it holds).
    const QList<CustomerFigureInfo> &figures() const;

    /// The rows for which \a keep holds, in this list's order; \a keep takes the
    /// snapshot, or the snapshot and the prediction (null without predictions).
    template <typename Keep> CustomerList where(Keep keep) const
    {
        auto order = std::make_shared<std::vector<qint32>>();
        for (qsizetype i = 0; i < size(); ++i) {
            bool kept;
            if constexpr (std::is_invocable_v<Keep, const CustomerSnapshot &, const Predict::CustomerPrediction *>)
                kept = keep(snapshot(i), prediction(i));
            else
                kept = keep(snapshot(i));
            if (kept)
                order->push_back(qint32(position(i)));
        }
        return CustomerList(m_rows, std::move(order), m_directory, m_predictions);
    }
    /// The rows \a keep(row) holds for (it may look at anything the list holds of the row).
    template <typename Keep> CustomerList whereRow(Keep keep) const
    {
        auto order = std::make_shared<std::vector<qint32>>();
        for (qsizetype i = 0; i < size(); ++i) {
            if (keep(i))
                order->push_back(qint32(position(i)));
        }
        return CustomerList(m_rows, std::move(order), m_directory, m_predictions);
    }
    /// The rows whose key, e-mail or name holds \a search, in any case.
    CustomerList matching(const CustomerDirectory::Search &search) const;
    /// Sorted by \a figure (stable: rows that tie keep this list's order).
    CustomerList sortedBy(CustomerFigure figure, bool descending) const;

private:
    using Predictions = std::vector<Predict::CustomerPrediction>;
    struct Rows {
        std::vector<CustomerSnapshot> snapshots;
        Extras extras;
    };
    CustomerList(std::shared_ptr<const Rows> rows, std::shared_ptr<const std::vector<qint32>> order,
                 std::shared_ptr<const CustomerDirectory> directory, std::shared_ptr<const Predictions> predictions)
        : m_rows(std::move(rows))
        , m_order(std::move(order))
        , m_directory(std::move(directory))
        , m_predictions(std::move(predictions))
    { }
    /// Where row \a row's snapshot (and prediction and extras) is held.
    size_t position(qsizetype row) const { return m_order ? size_t((*m_order)[size_t(row)]) : size_t(row); }
    const std::vector<CustomerSnapshot> &all() const
    {
        static const std::vector<CustomerSnapshot> none;
        return m_rows ? m_rows->snapshots : none;
    }
    template <typename T> const T *extra(std::optional<std::vector<T>> Extras::*member, qsizetype row) const
    {
        if (!m_rows || !(m_rows->extras.*member))
            return nullptr;
        return &(*(m_rows->extras.*member))[position(row)];
    }

    std::shared_ptr<const Rows> m_rows;
    std::shared_ptr<const std::vector<qint32>> m_order; ///< null: every snapshot, in order
    std::shared_ptr<const CustomerDirectory> m_directory;
    std::shared_ptr<const Predictions> m_predictions; ///< null: none; else one per snapshot
};

} // namespace Patronage
