#include "core/report/CustomerList.h"

#include <QCollator>

#include <algorithm>

namespace Patronage {

namespace {

bool isNumber(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

QByteArrayView withoutLeadingZeros(QByteArrayView digits)
{
    qsizetype zeros = 0;
    while (zeros + 1 < digits.size() && digits[zeros] == '0')
        ++zeros;
    return digits.sliced(zeros);
}

} // namespace

CustomerList::CustomerList(std::vector<CustomerSnapshot> snapshots, std::shared_ptr<const CustomerDirectory> directory,
                           Extras extras)
    : m_directory(std::move(directory))
{
    // Highest revenue first, then by key; the extras follow their snapshots.
    std::vector<qint32> order(snapshots.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = qint32(i);
    const CustomerDirectory &names = *m_directory;
    std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
        const CustomerSnapshot &sa = snapshots[size_t(a)];
        const CustomerSnapshot &sb = snapshots[size_t(b)];
        if (sa.revenue != sb.revenue)
            return sa.revenue > sb.revenue;
        return names.less(sa.customer, sb.customer, CustomerDirectory::Column::Key);
    });
    const auto permuted = [&order](auto &values) {
        if (!values)
            return;
        std::remove_reference_t<decltype(*values)> sorted;
        sorted.reserve(order.size());
        for (const qint32 i : order)
            sorted.push_back((*values)[size_t(i)]);
        *values = std::move(sorted);
    };
    auto rows = std::make_shared<Rows>();
    rows->snapshots.reserve(order.size());
    for (const qint32 i : order)
        rows->snapshots.push_back(snapshots[size_t(i)]);
    permuted(extras.movements);
    permuted(extras.rfm);
    permuted(extras.nextGroups);
    rows->extras = std::move(extras);
    m_rows = std::move(rows);
}

const QList<CustomerFigureInfo> &CustomerList::figures() const
{
    return CustomerFigures::columns(hasMovements(), hasNextGroups());
}

CustomerRow CustomerList::row(qsizetype row) const
{
    const CustomerSnapshot &s = snapshot(row);
    CustomerRow result{s,
                       m_directory->storeIdOf(s.customer),
                       m_directory->key(s.customer),
                       m_directory->email(s.customer),
                       m_directory->name(s.customer),
                       std::nullopt,
                       std::nullopt,
                       std::nullopt,
                       std::nullopt};
    if (const Predict::CustomerPrediction *p = prediction(row))
        result.prediction = *p;
    if (const Movement *m = movement(row))
        result.movement = *m;
    if (const RfmScore *r = rfm(row))
        result.rfm = *r;
    if (const LoyaltyGroup *g = nextGroup(row))
        result.nextGroup = *g;
    return result;
}

CustomerList CustomerList::withPredictions(const Predict::CustomerValues &values) const
{
    if (!values.model().hasPrediction())
        return CustomerList(m_rows, m_order, m_directory, nullptr);
    auto predictions = std::make_shared<Predictions>();
    predictions->reserve(all().size());
    for (const CustomerSnapshot &s : all()) {
        const Predict::CustomerPrediction *p = values.find(s.customer);
        // Every base customer bought by the month's end, the as-of day: none is missing.
        predictions->push_back(p ? *p : Predict::CustomerPrediction{s.customer});
    }
    return CustomerList(m_rows, m_order, m_directory, std::move(predictions));
}

CustomerList CustomerList::matching(const CustomerDirectory::Search &search) const
{
    if (search.isEmpty() || isEmpty())
        return *this;
    const CustomerDirectory &names = *m_directory;
    return where([&](const CustomerSnapshot &s) { return names.matches(s.customer, search); });
}

CustomerList CustomerList::sortedBy(CustomerFigure figure, bool descending) const
{
    if (isEmpty())
        return *this; // an empty list (of no store yet) has no directory either
    auto order = std::make_shared<std::vector<qint32>>(size_t(size()));
    for (qsizetype i = 0; i < size(); ++i)
        (*order)[size_t(i)] = m_order ? (*m_order)[size_t(i)] : qint32(i);
    const std::vector<CustomerSnapshot> &snapshots = all();
    const CustomerDirectory &names = *m_directory;
    // Descending keeps ties in the list's order too.
    const auto directed = [descending](auto less) {
        return [descending, less](qint32 a, qint32 b) { return descending ? less(b, a) : less(a, b); };
    };
    auto sortBy = [&](auto less) { std::stable_sort(order->begin(), order->end(), directed(less)); };
    switch (figure) {
    case CustomerFigure::Key:
        // Numeric ids sort as numbers (9 before 10), before any key that is not a number.
        sortBy([&](qint32 a, qint32 b) {
            const qint32 ca = snapshots[size_t(a)].customer;
            const qint32 cb = snapshots[size_t(b)].customer;
            const QByteArrayView ka = names.utf8(ca, CustomerDirectory::Column::Key);
            const QByteArrayView kb = names.utf8(cb, CustomerDirectory::Column::Key);
            const bool na = isNumber(ka);
            const bool nb = isNumber(kb);
            if (na != nb)
                return na;
            if (na) {
                const QByteArrayView va = withoutLeadingZeros(ka);
                const QByteArrayView vb = withoutLeadingZeros(kb);
                if (va.size() != vb.size())
                    return va.size() < vb.size();
                if (const int byDigits = va.compare(vb); byDigits != 0)
                    return byDigits < 0;
            }
            return names.less(ca, cb, CustomerDirectory::Column::Key);
        });
        break;
    case CustomerFigure::Email:
        sortBy([&](qint32 a, qint32 b) {
            return names.less(snapshots[size_t(a)].customer, snapshots[size_t(b)].customer,
                              CustomerDirectory::Column::Email);
        });
        break;
    case CustomerFigure::Name: {
        // Names sort as people read them (the locale's collation): each row's sort key made once.
        const QCollator collator;
        std::vector<QCollatorSortKey> keys;
        keys.reserve(order->size());
        for (const qint32 i : *order)
            keys.push_back(collator.sortKey(names.name(snapshots[size_t(i)].customer)));
        std::vector<qint32> positions(order->size());
        for (size_t p = 0; p < positions.size(); ++p)
            positions[p] = qint32(p);
        std::stable_sort(positions.begin(), positions.end(), directed([&keys](qint32 a, qint32 b) {
                             return keys[size_t(a)].compare(keys[size_t(b)]) < 0;
                         }));
        std::vector<qint32> sorted(order->size());
        for (size_t p = 0; p < positions.size(); ++p)
            sorted[p] = (*order)[size_t(positions[p])];
        *order = std::move(sorted);
        break;
    }
    default:
        if (CustomerFigures::isPrediction(figure)) {
            if (m_predictions) {
                const Predictions &predictions = *m_predictions;
                sortBy([&](qint32 a, qint32 b) {
                    return CustomerFigures::predictionValue(predictions[size_t(a)], figure)
                        < CustomerFigures::predictionValue(predictions[size_t(b)], figure);
                });
            }
            break;
        }
        if (CustomerFigures::isExtra(figure)) {
            const Extras &extras = m_rows->extras;
            const auto value = [&](qint32 i) {
                const auto at = [i](const auto &values) { return values ? &(*values)[size_t(i)] : nullptr; };
                return CustomerFigures::extraNumber(figure, at(extras.movements), at(extras.rfm),
                                                    at(extras.nextGroups));
            };
            sortBy([&](qint32 a, qint32 b) { return value(a) < value(b); });
            break;
        }
        sortBy([&](qint32 a, qint32 b) {
            return CustomerFigures::number(snapshots[size_t(a)], figure)
                < CustomerFigures::number(snapshots[size_t(b)], figure);
        });
    }
    return CustomerList(m_rows, std::move(order), m_directory, m_predictions);
}

} // namespace Patronage
