#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
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
/// The e-mails of \a list's customers as read() wants them (trimmed, lower case).
QSet<QString> emailsOf(const CustomerList &list);

/// A customer may hold this many tags (Shopify's limit).
constexpr int kMaxTags = 250;

/// A Shopify customers export, read into memory: its customers' import cells by e-mail.
class CustomersExport
{
public:
    /// Which rows are kept: those whose e-mail (trimmed, lower case) \a wanted accepts (every
    /// row when it is empty), and those that carry a Patronage tag (to take it off, see write()).
    using Wanted = std::function<bool(const QString &email)>;
    /// Reads \a path; refuses (naming the file, the line and what to do) a file that is not
    /// Shopify's customers export as Shopify writes it: its current columns, each once, in UTF-8
    /// with commas (a file saved again by a spreadsheet may have lost a zip code's zeros), and
    /// every row as long as the header (a short row would blank fields).
    static Result<CustomersExport> read(const QString &path, const Wanted &wanted = {});

    /// The shop's customers in the file (with an e-mail, each once), kept or not.
    qsizetype size() const { return m_customers; }
    QString path() const { return m_path; }
    /// The import cells (importHeader()'s order) of the customer with \a email, or null.
    const QStringList *rowOf(const QString &email) const;
    /// The rows kept that carry a Patronage tag, by index (row()).
    const std::vector<qsizetype> &rowsWithPatronageTags() const { return m_withPatronageTags; }
    const QStringList &row(qsizetype index) const { return m_rows[size_t(index)]; }

private:
    QString m_path;
    qsizetype m_customers = 0;
    std::vector<QStringList> m_rows;
    QHash<QString, qsizetype> m_byEmail; ///< trimmed, lower-case e-mail -> row (the first one)
    std::vector<qsizetype> m_withPatronageTags;
};

/// What writing the tags file does with a list's customers.
struct Written {
    qsizetype tagged = 0;      ///< rows of listed customers
    qsizetype notInExport = 0; ///< listed customers without an e-mail in the export
    qsizetype tooManyTags = 0; ///< left out: their own tags and Patronage's would pass kMaxTags
    /// The export's other customers with Patronage tags: with the whole month's list their
    /// Patronage tags are taken off (no tag of this month is theirs), with a part only counted.
    qsizetype others = 0;
};

/// Whether a list is a month's whole list: its customers are all that Patronage tags.
enum class ListScope { WholeMonth, Part };

/// What write() would write, without writing.
Written count(const CustomerList &list, const CustomersExport &customers, const Currency &currency, ListScope scope);
/// Writes the import file to \a device: a row for each of \a list's customers that is in
/// \a customers (each e-mail once), and for the whole month the export's other customers that
/// carry Patronage tags, without them. An error when the device fails.
Result<Written> write(const CustomerList &list, const CustomersExport &customers, const Currency &currency,
                      ListScope scope, QIODevice *device);

} // namespace ShopifyTags

} // namespace Patronage
