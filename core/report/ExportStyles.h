#pragma once

#include <QList>

#include "core/money/Money.h"
#include "core/report/CustomerRow.h"
#include "core/report/ReportTable.h"

namespace Patronage {

/// How a customer list is written: Patronage's own columns, or what a mail or ad tool imports.
enum class ExportStyle { Plain, Klaviyo, Mailchimp, Hashed };
bool parseExportStyle(const QString &name, ExportStyle *style);
QString exportStyleName(ExportStyle style); ///< "klaviyo", as on the command line

/// The list as a table in \a style. The mail and ad tools need an e-mail
/// address: rows without one are left out of those styles.
ReportTable exportTable(const QList<CustomerRow> &rows, ExportStyle style, const Currency &currency);
/// How many of \a rows \a style writes.
qsizetype exportedCount(const QList<CustomerRow> &rows, ExportStyle style);

} // namespace Patronage
