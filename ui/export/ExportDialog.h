#pragma once

#include <QDialog>

#include "core/money/Money.h"
#include "core/report/CustomerRow.h"
#include "core/report/ExportStyles.h"

class QComboBox;
class QLabel;

namespace Patronage {

/// Writes a customer list to CSV, plain or for a mail or ad tool, after
/// showing how many customers it will hold. Files are written atomically.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(QList<CustomerRow> rows, const Currency &currency, const QString &suggestedName,
                 QWidget *parent = nullptr);

    /// Writes the list in \a style to \a path; false with \a error on failure.
    bool exportTo(const QString &path, ExportStyle style, QString *error) const;
    ExportStyle style() const;

private:
    void updateCount();
    void chooseFileAndExport();

    QList<CustomerRow> m_rows;
    Currency m_currency;
    QString m_suggestedName;
    QComboBox *m_style;
    QLabel *m_count;
};

} // namespace Patronage
