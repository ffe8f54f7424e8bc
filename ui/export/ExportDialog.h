#pragma once

#include <QDialog>

#include "core/money/Money.h"
#include "core/report/CustomerRow.h"
#include "core/report/ExportStyles.h"
#include "core/report/ShopifyTags.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace Patronage {

/// Writes a customer list to CSV, plain, for a mail or ad tool, or as Shopify's
/// customer import with Patronage tags, after showing how many customers it will
/// hold (Save is off when none would be), then says where it went. The style is
/// remembered; files are written atomically.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(CustomerList list, const Currency &currency, const QString &suggestedName, QWidget *parent = nullptr);

    /// Writes \a list in \a style to \a path, whole or not at all; false with \a error on failure.
    static bool write(const CustomerList &list, ExportStyle style, const Currency &currency, const QString &path,
                      QString *error);
    /// Writes the Shopify tags of \a list's customers in \a customers to \a path, whole or not at all.
    static bool writeShopifyTags(const CustomerList &list, const ShopifyTags::CustomersExport &customers,
                                 const Currency &currency, ShopifyTags::ListScope scope, const QString &path,
                                 QString *error);
    bool exportTo(const QString &path, ExportStyle style, QString *error) const
    {
        return write(m_list, style, m_currency, path, error);
    }
    ExportStyle style() const;
    /// Whether the file is Shopify's customer import with Patronage tags (not an ExportStyle:
    /// it is written over the shop's own customers export, which the user chooses).
    bool tagsForShopify() const;
    /// Reads the shop's Shopify customers export for the Shopify tags (off the GUI thread);
    /// shopifyExportRead() follows, and the count says how many customers it tags.
    void useShopifyExport(const QString &path);
    bool hasShopifyExport() const { return m_shopify != nullptr; }
    /// Whether the list is the month's whole list: the Shopify tags then also take Patronage's
    /// tags off the shop's other customers (by default it is a part, and they are only counted).
    void setListScope(ShopifyTags::ListScope scope) { m_scope = scope; }

Q_SIGNALS:
    void shopifyExportRead(bool ok);

private:
    void updateCount();
    void chooseFileAndExport();
    void chooseShopifyExport();

    CustomerList m_list;
    Currency m_currency;
    QString m_suggestedName;
    QComboBox *m_style;
    QLabel *m_count;
    QLabel *m_hint; ///< how the chosen tool takes the file
    QPushButton *m_save;
    QPushButton *m_chooseShopify; ///< shown for the Shopify tags
    QLabel *m_shopifyFile;
    std::shared_ptr<const ShopifyTags::CustomersExport> m_shopify;
    ShopifyTags::Written m_shopifyCount; ///< what the Shopify tags would write of the list
    ShopifyTags::ListScope m_scope = ShopifyTags::ListScope::Part;
    qsizetype m_written = 0; ///< customers the chosen style writes (updateCount)
};

} // namespace Patronage
