#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

#include "core/error/Result.h"
#include "core/money/Money.h"
#include "core/report/CustomerList.h"

class QIODevice;

namespace Patronage {

/// Segments back into Shopify: the shop's own customers export (Customers › Export)
/// written again in Shopify's customer import layout, each listed customer's tags
/// holding this month's Patronage tags in place of last month's.
///
/// Shopify's customer import overwrites a customer that has the same e-mail when
/// "Overwrite existing customers" is ticked; its API documents that setting a
/// customer's tags replaces the tags they had. So every field is written as the
/// shop's export has it (nothing is blanked), and Tags holds the customer's own tags
/// (all but Patronage's) and the new Patronage tags.
namespace ShopifyTags {

/// Shopify's customer import columns, as its template has them.
QStringList importHeader();
/// Which tags Patronage writes: "Patronage Group: VIP", "Patronage Life Cycle: Active",
/// "Patronage RFM: Champions", and "Patronage Churn Risk: High" when there is a prediction.
QStringList tagsOf(const CustomerRow &row, const Currency &currency);
/// Whether \a tag is one Patronage writes (and so replaces).
bool isPatronageTag(const QString &tag);
/// \a existing (Shopify's comma-separated Tags) without Patronage's, then \a added.
QStringList mergedTags(const QString &existing, const QStringList &added);

/// A customer may hold this many tags (Shopify's limit).
constexpr int kMaxTags = 250;

/// A Shopify customers export, read whole: its customers' import cells by e-mail.
class CustomersExport
{
public:
    /// Reads \a path; refuses (naming the file, the line and what to do) a file that is not
    /// Shopify's customers export in its current layout.
    static Result<CustomersExport> read(const QString &path);

    qsizetype size() const { return qsizetype(m_rows.size()); }
    QString path() const { return m_path; }
    /// The import cells (importHeader()'s order) of the customer with \a email, or null.
    const QStringList *rowOf(const QString &email) const;

private:
    QString m_path;
    std::vector<QStringList> m_rows;
    QHash<QString, qsizetype> m_byEmail; ///< trimmed, lower-case e-mail -> row (the first one)
};

/// What writing the tags file did with a list's customers.
struct Written {
    qsizetype tagged = 0;      ///< rows written
    qsizetype notInExport = 0; ///< listed customers without an e-mail in the export
    qsizetype tooManyTags = 0; ///< left out: their own tags and Patronage's would pass kMaxTags
};

/// What write() would do, without writing.
Written count(const CustomerList &list, const CustomersExport &customers, const Currency &currency);
/// Writes the import file of \a list's customers that are in \a customers to \a device;
/// an error when the device fails.
Result<Written> write(const CustomerList &list, const CustomersExport &customers, const Currency &currency,
                      QIODevice *device);

} // namespace ShopifyTags

} // namespace Patronage
