#pragma once

#include <QDialog>

#include "core/money/Money.h"
#include "core/report/CustomerRow.h"
#include "core/report/ExportStyles.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace Patronage {

/// Writes a customer list to CSV, plain or for a mail or ad tool, after
/// showing how many customers it will hold (Save is off when none would be),
/// then says where it went. The style is remembered; files are written atomically.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(CustomerList list, const Currency &currency, const QString &suggestedName, QWidget *parent = nullptr);

    /// Writes \a list in \a style to \a path, whole or not at all; false with \a error on failure.
    static bool write(const CustomerList &list, ExportStyle style, const Currency &currency, const QString &path,
                      QString *error);
    bool exportTo(const QString &path, ExportStyle style, QString *error) const
    {
        return write(m_list, style, m_currency, path, error);
    }
    ExportStyle style() const;

private:
    void updateCount();
    void chooseFileAndExport();

    CustomerList m_list;
    Currency m_currency;
    QString m_suggestedName;
    QComboBox *m_style;
    QLabel *m_count;
    QLabel *m_hint; ///< how the chosen tool takes the file
    QPushButton *m_save;
    qsizetype m_written = 0; ///< customers the chosen style writes (updateCount)
};

} // namespace Patronage
