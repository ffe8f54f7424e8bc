#pragma once

#include "core/money/Money.h"
#include "core/report/CustomerFigures.h"
#include "core/report/CustomerList.h"
#include "core/report/ReportTable.h"

namespace Patronage {

class ReportWriter;

/// How a customer list is written: Patronage's own columns, or what a mail or ad tool imports.
enum class ExportStyle { Plain, Klaviyo, Mailchimp, Hashed };
bool parseExportStyle(const QString &name, ExportStyle *style);
QString exportStyleName(ExportStyle style); ///< "klaviyo", as on the command line

/// A customer list written in a style, row by row.
namespace CustomerExport {

/// The style's columns for a list of \a figures (CustomerList::figures()), and which of
/// them hold numbers: a comparison's earlier group and the next group of those one order
/// away are columns in Patronage's own style and properties for Klaviyo and Mailchimp.
QStringList header(ExportStyle style, const QList<CustomerFigureInfo> &figures = CustomerFigures::all());
QList<bool> numericColumns(ExportStyle style, const QList<CustomerFigureInfo> &figures = CustomerFigures::all());
/// A row's cells in \a style; false when the style leaves the row out (the
/// mail and ad tools need an e-mail address).
bool cells(const CustomerRow &row, ExportStyle style, const Currency &currency, QStringList *cells);
/// How many of \a list's rows \a style writes.
qsizetype count(const CustomerList &list, ExportStyle style);
/// Writes \a list in \a style; false when a write failed.
bool write(const CustomerList &list, ExportStyle style, const Currency &currency, ReportWriter &writer);

} // namespace CustomerExport

} // namespace Patronage
